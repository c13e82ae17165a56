import { useEffect } from 'react';
import type { Place } from '../../../lib/url-state';
import { useDrillTo } from '../../../store/hooks';
import { useTour } from '../hooks/use-tour';
import { useWallMessages } from '../hooks/use-wall-messages';

export interface TourStop {
  place: Place;
  name: string;
}

/**
 * Runs the tour: moves the app to each stop in turn (the map flies there, the panels follow) and shows
 * where the tour is: the stop, the next one, a bar filling up to it, and whether it is paused.
 */
export function TourProgress({ stops, intervalMs, idleMs, enabled }: { stops: readonly TourStop[]; intervalMs: number; idleMs: number; enabled: boolean }) {
  const { t } = useWallMessages();
  const drillTo = useDrillTo();
  const running = enabled && stops.length > 1;
  const tour = useTour({ stops: stops.length, intervalMs, idleMs, enabled: running });
  const stop = running ? stops[tour.index] : undefined;
  useEffect(() => {
    if (stop) drillTo(stop.place);
  }, [stop, drillTo]);

  // Touring, but its stops are still on their way (a district's zones): nothing to say yet, not "off".
  if (!running) return <div className="wall-tour wall-tour--off">{enabled ? '' : t('tour.off')}</div>;
  const next = stops[(tour.index + 1) % stops.length];
  return (
    <div className={tour.paused ? 'wall-tour wall-tour--paused' : 'wall-tour'} data-stop={tour.index}>
      <span className="wall-tour__step">{t('tour.step', { n: tour.index + 1, total: stops.length })}</span>
      <span className="wall-tour__next">
        {tour.paused ? t('tour.paused', { seconds: Math.ceil((tour.resumesInMs ?? 0) / 1000) }) : next ? t('tour.next', { name: next.name }) : ''}
      </span>
      <span
        className="wall-tour__bar"
        role="progressbar"
        aria-label={t('tour.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(tour.progress * 100)}
      >
        <span style={{ transform: `scaleX(${tour.progress})` }} />
      </span>
    </div>
  );
}
