import { Breadcrumb } from '../features/place/components/breadcrumb';
import { LevelView } from '../features/analysis/components/level-view';
import { useSignedInAccount } from '../api/session';
import './analysis-screen.css';

/** The analysis mode: the drill path (the map's breadcrumb, the same place) over the level view. */
export function AnalysisScreen() {
  const signedIn = useSignedInAccount() !== null;
  return (
    <div className="analysis-screen">
      {signedIn && (
        <>
          <div className="place-bar place-bar--start">
            <Breadcrumb />
          </div>
          <LevelView />
        </>
      )}
    </div>
  );
}
