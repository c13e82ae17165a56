import { lazy, memo, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { useSignedInAccount } from '../api/session';
import { useFocus } from '../data/use-focus';
import { LayersPanel } from '../features/layers-panel/components/layers-panel';
import { FiltersPanel } from '../features/filters/components/filters-panel';
import { Timeline } from '../features/filters/components/timeline';
import { MapTooltip } from '../features/map-layers/components/map-tooltip';
import { useMapLayers } from '../features/map-layers/hooks/use-map-layers';
import { useMapPicking } from '../features/map-layers/hooks/use-map-picking';
import { ZoneKey } from '../features/map-layers/components/zone-key';
import { useCameraFollow } from '../features/map-layers/hooks/use-camera-follow';
import { Breadcrumb } from '../features/place/components/breadcrumb';
import { PlacePanel } from '../features/place/components/place-panel';
import { usePlaceChain } from '../features/place/hooks/use-place-chain';
import { ExportViewButton } from '../features/export/components/export-view-button';
import { buildBaseMapStyle, GUANGZHOU_BOUNDS } from '../layers/base-map-style';
import { resolveBaseMapStyle } from '../map/base-map-source';
import { withZoneLabels, zoneLabelPoints } from '../layers/zone-labels';
import { MapView } from '../map/map-view';
import type { MapUiStrings } from '../map/map-ui-strings';
import { useAppStoreApi, useLanguage, useLayerVisibility, usePlace, useSelection, useTheme } from '../store/hooks';
import { writeCamera } from './url-sync';
import { useRuntime, useSessionStatus } from './app-context';
import { useTextScale } from './use-text-scale';

// The branch workspace and the member page (党员身边): loaded at the first branch or member.
const BranchPanels = lazy(() => import('./branch-panels'));
// Loaded when first selected: many sessions never open it.
const DetailsPanel = lazy(() => import('../features/details/components/details-panel').then((m) => ({ default: m.DetailsPanel })));

// MapLibre's worker fetches the GeoJSON, and a worker resolves relative URLs against its own script.
const resolveAssetUrl = (path: string) => new URL(path, document.baseURI).href;

/** The zoom the initial fit to Guangzhou lands near, until the map reports its own. */
const FITTED_ZOOM = 9;

/** The view's export, its picture named after the place (the drill path's last step, as the breadcrumb shows it). */
const PlaceExport = memo(function PlaceExport({ map }: { map: MapLibreMap | null }) {
  const chain = usePlaceChain(usePlace(), useLanguage());
  return <ExportViewButton map={map} placeName={chain.at(-1)?.name ?? ''} />;
});

/** The map mode: the base map and the registry's layers, with the panels around them. */
export function MapScreen() {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const language = useLanguage();
  const place = usePlace();
  const selection = useSelection();
  const signedIn = useSignedInAccount() !== null;
  const signingIn = useSessionStatus() === 'signing-in';
  const runtime = useRuntime();
  const store = useAppStoreApi();
  // Read once: the camera lives in the map, not in React.
  const [initialCamera] = useState(() => store.getState().cameraRequest.camera);
  const [map, setMap] = useState<MapLibreMap | null>(null);

  const textScale = useTextScale();
  const baseMap = useMemo(() => {
    const options = { theme, lang: language, resolveUrl: resolveAssetUrl, textScale };
    // A pmtiles:// source needs the protocol registered first: main.tsx does that before rendering.
    return resolveBaseMapStyle(runtime.config, buildBaseMapStyle(options), { ...options, pmtilesStyle: runtime.pmtilesStyle });
  }, [runtime, theme, language, textScale]);
  // Keyed by i18next's language (it follows the store's once its table is in), not by `t`: the map
  // relabels itself only when the language changes.
  const shownLanguage = i18n.language;
  const uiStrings = useMemo<MapUiStrings>(() => {
    const tl = i18n.getFixedT(shownLanguage);
    return {
      canvas: tl('map.canvasLabel'),
      zoomIn: tl('map.zoomIn'),
      zoomOut: tl('map.zoomOut'),
      resetBearing: tl('map.resetBearing'),
      toggleAttribution: tl('map.toggleAttribution'),
    };
  }, [i18n, shownLanguage]);
  const statusText = useMemo(() => {
    const tl = i18n.getFixedT(shownLanguage);
    return { loading: tl('map.loading'), recovering: tl('map.recovering') };
  }, [i18n, shownLanguage]);
  const onCameraChange = useCallback((camera: Parameters<typeof writeCamera>[0]) => writeCamera(camera), []);

  const mapLayers = useMapLayers({ map, initialZoom: initialCamera?.zoom ?? FITTED_ZOOM, enabled: signedIn });
  // Zone names join the base map's own labels (collision and priority are MapLibre's); a configured
  // style given by URL is drawn as it is.
  const zones = mapLayers.data.zones;
  const zoneLabels = useMemo(() => zoneLabelPoints(zones), [zones]);
  const zonesVisible = useLayerVisibility().gridZones ?? false;
  const mapStyle = useMemo(
    () => (typeof baseMap.style === 'string' ? baseMap.style : withZoneLabels(baseMap.style, zoneLabels, { theme, textScale, visible: zonesVisible })),
    [baseMap, zoneLabels, theme, textScale, zonesVisible],
  );
  const picking = useMapPicking(mapLayers.contexts);
  const { target } = useFocus(mapLayers.data);
  // What a fit must leave free: the panels over the map, as they are laid out now.
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const framePadding = useCallback((): PaddingOptions => {
    const width = map?.getContainer().clientWidth ?? window.innerWidth;
    const padding = {
      top: 24,
      left: (left.current?.offsetWidth ?? 0) + 32,
      right: (right.current?.offsetWidth ?? 0) + 32,
      // The timeline's height, or what it will take once it is there.
      bottom: Math.max(bottom.current?.offsetHeight ?? 0, 140) + 48,
    };
    return width > padding.left + padding.right + 240 ? padding : { top: 24, left: 24, right: 24, bottom: 24 };
  }, [map]);
  const onMapReady = useCameraFollow(map, target, place.level === 'bureau' && selection === null, GUANGZHOU_BOUNDS, framePadding);

  return (
    <>
      <MapView
        mapStyle={mapStyle}
        label={t('map.label')}
        uiStrings={uiStrings}
        statusText={statusText}
        initialCamera={initialCamera}
        fitBounds={GUANGZHOU_BOUNDS}
        framePadding={framePadding}
        layers={mapLayers.layers}
        zoomFades={mapLayers.fades}
        busy={mapLayers.busy || signingIn}
        onCameraChange={onCameraChange}
        onHover={picking.onHover}
        onClick={picking.onClick}
        onMap={setMap}
        onReady={onMapReady}
      />
      <div ref={left} className="app-overlay app-overlay--left">
        <LayersPanel legends={mapLayers.legends} status={mapLayers.status} />
        {signedIn && <FiltersPanel />}
      </div>
      <div ref={right} className="app-overlay app-overlay--right">
        {signedIn && (
          <div className="place-bar">
            <PlaceExport map={map} />
            <Breadcrumb />
          </div>
        )}
        {signedIn &&
          (selection ? (
            <Suspense fallback={null}>
              <DetailsPanel selection={selection} />
            </Suspense>
          ) : place.level === 'branch' || place.level === 'member' ? (
            <Suspense fallback={null}>
              <BranchPanels level={place.level} id={place.id} />
            </Suspense>
          ) : (
            <PlacePanel />
          ))}
        {/* What the zones' colours mean, at a glance (the layers panel's legend has their counts). */}
        <div className="app-overlay__foot">{signedIn && zonesVisible && <ZoneKey legends={mapLayers.legends.gridZones} className="map-key" />}</div>
      </div>
      <div ref={bottom} className="app-overlay app-overlay--bottom">
        {signedIn && <Timeline />}
      </div>
      <MapTooltip hover={picking.hover} />
    </>
  );
}
