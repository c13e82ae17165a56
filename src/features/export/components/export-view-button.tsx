import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { Button } from '../../../components/button';
import { ErrorState } from '../../../components/states';
import { downloadBlob } from '../../../lib/download';
import { EXPORT_OMIT_ATTRIBUTE } from '../lib/export-omit';
import { viewPngFileName } from '../lib/view-png-name';
import './export.css';

// Why it failed, as a key: the words follow a language switch made after it.
type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; reason: 'noMap' | 'failed' };

/**
 * Saves the screen as it is (the map, its layers and the panels over it) as a PNG named after the
 * place (`placeName`) and the time. `map` is null while there is no map to read (being rebuilt).
 */
export function ExportViewButton({ map, placeName }: { map: MapLibreMap | null; placeName: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const busy = state.kind === 'busy';

  const exportView = async () => {
    if (busy) return;
    if (!map) {
      setState({ kind: 'failed', reason: 'noMap' });
      return;
    }
    setState({ kind: 'busy' });
    try {
      // The capture (and its library) loads on the first click: the first screen does not carry it.
      const { captureView } = await import('../lib/capture-view');
      const blob = await captureView(document.getElementById('root') ?? document.body, map);
      downloadBlob(blob, viewPngFileName(t('app.name'), placeName, Date.now()));
      setState({ kind: 'idle' });
    } catch (error) {
      console.error('export: the view could not be saved as a PNG', error);
      setState({ kind: 'failed', reason: 'failed' });
    }
  };

  const label = busy ? t('export.busy') : t('export.pngLabel');
  return (
    <div className="export-view">
      {/* aria-disabled, not disabled: the button keeps the keyboard focus while it works. Left blank in
          the picture it takes: a busy button is not part of the view. */}
      <Button
        className="export-view__button"
        aria-label={label}
        title={label}
        aria-disabled={busy}
        onClick={() => void exportView()}
        {...{ [EXPORT_OMIT_ATTRIBUTE]: '' }}
      >
        {busy ? t('export.busy') : t('export.png')}
      </Button>
      {state.kind === 'failed' && (
        <div className="export-view__error">
          <ErrorState>{t(`export.${state.reason}`)}</ErrorState>
        </div>
      )}
    </div>
  );
}
