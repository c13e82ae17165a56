import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { AppHeader } from '../features/header/components/app-header';
import { SessionBadge } from '../features/session/components/session-badge';
import { useSession } from '../features/session/hooks/use-session';
import { useMapLayers } from '../features/map-layers/hooks/use-map-layers';
import { useMapPicking } from '../features/map-layers/hooks/use-map-picking';
import { MapTooltip } from '../features/map-layers/components/map-tooltip';
import { LayersPanel } from '../features/layers-panel/components/layers-panel';
import { FiltersPanel } from '../features/filters/components/filters-panel';
import { Timeline } from '../features/filters/components/timeline';
import { useDatasetMeta } from '../api/queries/meta';
import { countByMonth, datasetExtent } from '../lib/time-window';
import { buildBaseMapStyle, GUANGZHOU_BOUNDS } from '../layers/base-map-style';
import { resolveBaseMapStyle, type RuntimeConfig } from '../map/base-map-source';
import { MapView } from '../map/map-view';
import type { MapUiStrings } from '../map/map-ui-strings';
import { writeUrlState, type Camera } from '../lib/url-state';
import { useClearSelection, useLanguage, useSelection, useTheme } from '../store/hooks';
import { useTextScale } from './use-text-scale';
import { useFitToSelection } from './use-fit-selection';

// Loaded when first needed: a wall screen signed in by its URL never shows either.
const DetailsPanel = lazy(() => import('../features/details/components/details-panel').then((m) => ({ default: m.DetailsPanel })));
const AccountPicker = lazy(() => import('../features/session/components/account-picker').then((m) => ({ default: m.AccountPicker })));

// MapLibre's worker fetches the GeoJSON, and a worker resolves relative URLs against its own script.
const resolveAssetUrl = (path: string) => new URL(path, document.baseURI).href;

/** The zoom the initial fit to Guangzhou lands near, until the map reports its own. */
const FITTED_ZOOM = 9;

export interface AppProps {
  initialCamera: Camera | null;
  /** From config.json, read at start: the offline base map, an intranet PMTiles file or a style URL. */
  runtimeConfig: RuntimeConfig;
}

export function App({ initialCamera, runtimeConfig }: AppProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const language = useLanguage();
  const session = useSession();
  const selection = useSelection();
  const clearSelection = useClearSelection();
  const [map, setMap] = useState<MapLibreMap | null>(null);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }, [theme]);

  // Escape clears the selection (unless a form control is using the key).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === 'SELECT' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'search'))) return;
      clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clearSelection]);

  const textScale = useTextScale();
  const baseMap = useMemo(() => {
    const offline = buildBaseMapStyle({ theme, lang: language, resolveUrl: resolveAssetUrl, textScale });
    // A pmtiles:// source needs the protocol registered first: main.tsx does that before rendering.
    return resolveBaseMapStyle(runtimeConfig, offline, { theme, lang: language, resolveUrl: resolveAssetUrl, textScale });
  }, [runtimeConfig, theme, language, textScale]);
  // Keyed by language, not by `t`: the map relabels itself only when the language changes.
  const uiStrings = useMemo<MapUiStrings>(() => {
    const tl = i18n.getFixedT(language);
    return {
      canvas: tl('map.canvasLabel'),
      zoomIn: tl('map.zoomIn'),
      zoomOut: tl('map.zoomOut'),
      resetBearing: tl('map.resetBearing'),
      toggleAttribution: tl('map.toggleAttribution'),
    };
  }, [i18n, language]);
  const statusText = useMemo(() => {
    const tl = i18n.getFixedT(language);
    return { loading: tl('map.loading'), recovering: tl('map.recovering') };
  }, [i18n, language]);
  const onCameraChange = useCallback((camera: Camera) => writeUrlState({ camera }), []);

  const signedIn = session.status === 'signed-in';
  const mapLayers = useMapLayers({
    baseDatum: baseMap.datum,
    signedIn,
    account: session.account,
    map,
    initialZoom: initialCamera?.zoom ?? FITTED_ZOOM,
  });
  const picking = useMapPicking();
  const asOf = useDatasetMeta().data?.asOf;
  const extent = useMemo(() => (asOf ? datasetExtent(asOf) : null), [asOf]);
  const prepared = mapLayers.prepared;
  // The histogram over the timeline: one pass over the day column per download.
  const monthCounts = useMemo(
    () => (prepared && extent ? countByMonth(prepared.days, prepared.dayZero, extent) : undefined),
    [prepared, extent],
  );
  useFitToSelection(map, selection, mapLayers.selectionTarget, initialCamera !== null);

  return (
    <div className="app-shell">
      <AppHeader />
      <main className="app-main">
        <MapView
          mapStyle={baseMap.style}
          label={t('map.label')}
          uiStrings={uiStrings}
          statusText={statusText}
          initialCamera={initialCamera}
          fitBounds={GUANGZHOU_BOUNDS}
          layers={mapLayers.layers}
          busy={mapLayers.busy || session.status === 'signing-in'}
          onCameraChange={onCameraChange}
          onHover={picking.onHover}
          onClick={picking.onClick}
          onMap={setMap}
        />
        <div className="app-overlay app-overlay--left">
          <LayersPanel legends={mapLayers.legends} status={mapLayers.status} />
          {signedIn && <FiltersPanel />}
        </div>
        <div className="app-overlay app-overlay--right">
          {session.account && <SessionBadge account={session.account} onSignOut={session.signOut} />}
          {selection && signedIn && (
            <Suspense fallback={null}>
              <DetailsPanel selection={selection} counts={mapLayers.counts} window={mapLayers.window} />
            </Suspense>
          )}
        </div>
        {signedIn && (
          <div className="app-overlay app-overlay--bottom">
            <Timeline extent={extent} counts={monthCounts} />
          </div>
        )}
        <MapTooltip hover={picking.hover} prepared={mapLayers.prepared} language={language} />
        {session.status === 'signed-out' && (
          <Suspense fallback={null}>
            <AccountPicker onPick={session.signIn} busy={false} error={session.error} />
          </Suspense>
        )}
        {session.status === 'signing-in' && (
          <p className="app-signing-in" role="status">
            {t('session.signingIn')}
          </p>
        )}
      </main>
    </div>
  );
}
