import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { accountFromSearch, useSignedInAccount } from '../api/session';
import { useDatumConverter } from '../data/use-datum-converter';
import { useFocus } from '../data/use-focus';
import { useMapLayers } from '../features/map-layers/hooks/use-map-layers';
import { useCameraFollow } from '../features/map-layers/hooks/use-camera-follow';
import { ZoneKey } from '../features/map-layers/components/zone-key';
import { KpiBand } from '../features/wall/components/kpi-band';
import { RankingList } from '../features/wall/components/ranking-list';
import { TrendChart } from '../features/wall/components/trend-chart';
import { SevereTicker } from '../features/wall/components/severe-ticker';
import { TourProgress, type TourStop } from '../features/wall/components/tour-progress';
import { StaleBanner, WallClock, WallFreshness, WallNotices } from '../features/wall/components/wall-status';
import { useUnacknowledged } from '../features/wall/hooks/use-acknowledgement';
import { useMapDataRefresh } from '../features/wall/hooks/use-map-data-refresh';
import { useMapPulses } from '../features/wall/hooks/use-map-pulses';
import { useWallData } from '../features/wall/hooks/use-wall-data';
import { useWallMessages } from '../features/wall/hooks/use-wall-messages';
import { useWallTextScale, wallSizeScaleFor } from '../features/wall/hooks/use-wall-text-scale';
import { pulsesOf } from '../features/wall/lib/attention';
import { withDistrictHighlight, withZoneHighlight } from '../features/wall/lib/district-highlight';
import { subjectOf, type WallSubject } from '../features/wall/lib/tour-stops';
import '../features/wall/components/wall.css';
import { buildBaseMapStyle, GUANGZHOU_BOUNDS } from '../layers/base-map-style';
import { ZONE_LABELS_SOURCE, withZoneLabels, zoneLabelPoints } from '../layers/zone-labels';
import { PLACE_OUTLINE_COLORS } from '../layers/palette';
import { outerRings } from '../lib/geometry';
import { parseLayerList, parsePlace, samePlace, type Place } from '../lib/url-state';
import { parseWallOptions } from '../features/wall/lib/wall-options';
import { resolveBaseMapStyle } from '../map/base-map-source';
import { MapView } from '../map/map-view';
import { paddingClearOfCorner, type FrameBounds } from '../map/frame-padding';
import { keepLabelsInView, type LabelsInViewOptions, type PxRect } from '../map/keep-labels-in-view';
import type { MapUiStrings } from '../map/map-ui-strings';
import { yearToDate } from '../lib/time-window';
import { thresholdLegendOf } from '../lib/legend-types';
import { widthCh } from '../lib/text-width';
import { useAppStoreApi, useDrillTo, useIndicator, useLanguage, useLayerVisibility, usePlace, useTheme } from '../store/hooks';
import { useRuntime, useSessionStatus } from './app-context';

/** What a wall draws unless its link says otherwise: zones coloured by the indicator, violations as aggregates at city scale. */
const WALL_LAYERS = ['gridZones', 'violations'];
const resolveAssetUrl = (path: string) => new URL(path, document.baseURI).href;

/**
 * The wall mode (`/wall`): an unattended screen for a control room. The map takes most of it, with
 * the current unit's key figures above it and its children's ranking beside it; it signs in by its
 * link, tours by itself (the bureau and its district bureaus; a district manager's wall, their district
 * bureau and its grid zones), and says how fresh its numbers are. No control needs
 * a mouse and nothing is shown only on hover. Options: see parseWallOptions and the README.
 */
/** The ticker lies over the map's top edge: its height is the part of the map it covers. */
const tickerOf = (mapContainer: HTMLElement | undefined) => mapContainer?.closest('.wall__map')?.querySelector<HTMLElement>('.wall-ticker') ?? null;
const tickerHeightOf = (mapContainer: HTMLElement | undefined) => tickerOf(mapContainer)?.offsetHeight ?? 0;

export function WallScreen() {
  const { t: tApp, i18n } = useTranslation();
  const { t } = useWallMessages();
  const theme = useTheme();
  const language = useLanguage();
  const place = usePlace();
  const indicator = useIndicator();
  const store = useAppStoreApi();
  const runtime = useRuntime();
  const signedInAs = useSignedInAccount();
  const signedIn = signedInAs !== null;
  const sessionStatus = useSessionStatus();
  const [{ options, problems }] = useState(() => parseWallOptions(window.location.search));
  const [map, setMap] = useState<MapLibreMap | null>(null);

  // The wall's own layer set, unless the link names one.
  useEffect(() => {
    if (parseLayerList(new URLSearchParams(window.location.search).get('layers')) === null) {
      store.getState().restoreLayers(WALL_LAYERS, store.getState().layerOptions);
    }
  }, [store]);

  const refreshMs = options.refresh * 1000;
  // A district manager's wall tours their district bureau and its zones; any other, the bureau's.
  const data = useWallData({ homeUnitId: signedInAs?.scope.unitId ?? null, place, indicator, refreshMs, enabled: signedIn });
  const { root, current } = data;
  // The map shows what the figures beside it count: the as-of year to date (the API's reports and rankings
  // without a window), whatever window the link carries (a reload the next day must not pin yesterday's);
  // a new as-of day, or year, moves it along.
  useEffect(() => {
    if (data.asOf) store.getState().changeTimeWindow(yearToDate(data.asOf));
  }, [data.asOf, store]);
  // With the tour off, a district manager's wall rests at their district bureau (a link's `at=` still wins).
  const drillTo = useDrillTo();
  const restAt = options.tour === 'off' && data.home && root && data.home.id !== root.id ? data.home.id : null;
  useEffect(() => {
    if (restAt !== null && store.getState().place.level === 'bureau') drillTo({ level: 'unit', id: restAt });
  }, [restAt, drillTo, store]);
  // With the tour off, a link's place that is no stop of this wall's (a zone on the bureau's wall) would frame the
  // map there beside the first stop's figures: the wall goes to its first stop, once, and says so on screen.
  const [linkedAt] = useState(() => (options.tour === 'off' ? new URLSearchParams(window.location.search).get('at') : null));
  const linked = parsePlace(linkedAt);
  const offTourStop = linked && data.placesKnown && !data.places.some((p) => samePlace(p, linked)) ? (data.places[0] ?? null) : null;
  const leftLink = useRef(false);
  useEffect(() => {
    if (!offTourStop || leftLink.current) return;
    leftLink.current = true;
    drillTo(offTourStop);
  }, [offTourStop, drillTo]);

  // The map, as the map screen draws it, with the wall's label sizes and the tour's district outlined.
  const textScale = useWallTextScale();
  // Its dots, rings and outlines grow with the labels: read from 5 m like them (in between: a wall's map is dense).
  const mapLayers = useMapLayers({ map, initialZoom: 9, enabled: signedIn, sizeScale: wallSizeScaleFor(textScale) });
  useMapDataRefresh(refreshMs, signedIn);
  const zoneNames = useMemo(() => new Map(mapLayers.data.zones.features.map((f) => [f.id, f.properties.name])), [mapLayers.data.zones]);
  // Names on the wall: units in the wall's language; zones have their Chinese names only.
  const nameOf = useCallback(
    (subject: WallSubject | null): string | null => {
      if (!root || !subject) return null;
      if (subject.level === 'zone') return zoneNames.get(subject.id) ?? null;
      const unit = subject.id === root.id ? root : root.children.find((u) => u.id === subject.id);
      return unit ? (language === 'en' ? unit.nameEn : unit.name) : null;
    },
    [root, zoneNames, language],
  );
  const unitName = useCallback((id: string) => nameOf({ level: 'unit', id }), [nameOf]);
  const stops = useMemo<TourStop[]>(
    () => (root ? data.places.map((p: Place) => ({ place: p, name: nameOf(subjectOf(p, root)) ?? '' })) : []),
    [root, data.places, nameOf],
  );
  // The outline of the stop on screen: its zone, or its district bureau (none at the bureau).
  const highlightZone = useMemo(() => (current?.level === 'zone' ? (mapLayers.data.zones.features.find((f) => f.id === current.id) ?? null) : null), [current, mapLayers.data.zones]);
  const highlightAdcode = current?.level === 'unit' ? (root?.children.find((u) => u.id === current.id)?.adcode ?? null) : null;
  const zoneLabels = useMemo(() => zoneLabelPoints(mapLayers.data.zones), [mapLayers.data.zones]);
  const zonesVisible = useLayerVisibility().gridZones ?? false;
  const mapStyle = useMemo(() => {
    const styleOptions = { theme, lang: language, resolveUrl: resolveAssetUrl, textScale };
    const base = resolveBaseMapStyle(runtime.config, buildBaseMapStyle(styleOptions), { ...styleOptions, pmtilesStyle: runtime.pmtilesStyle }).style;
    if (typeof base === 'string') return base;
    const labelled = withZoneLabels(base, zoneLabels, { theme, textScale, visible: zonesVisible });
    const highlight = { colour: PLACE_OUTLINE_COLORS[theme], width: 2.5 * textScale };
    return withZoneHighlight(withDistrictHighlight(labelled, highlightAdcode, highlight), highlightZone, highlight);
  }, [runtime, theme, language, textScale, zoneLabels, zonesVisible, highlightAdcode, highlightZone]);
  const shownLanguage = i18n.language;
  const uiStrings = useMemo<MapUiStrings>(() => {
    const tl = i18n.getFixedT(shownLanguage);
    return { canvas: tl('map.canvasLabel'), zoomIn: tl('map.zoomIn'), zoomOut: tl('map.zoomOut'), resetBearing: tl('map.resetBearing'), toggleAttribution: tl('map.toggleAttribution') };
  }, [i18n, shownLanguage]);
  const statusText = useMemo(() => ({ loading: tApp('map.loading'), recovering: tApp('map.recovering') }), [tApp]);
  const key = useRef<HTMLDivElement>(null);
  // The stop's area as its zones draw it (the bureau: all of them): the key has only to miss the area, not its bounds' empty corner.
  const frameShape = useMemo(() => {
    const { features } = mapLayers.data.zones;
    const own =
      place.level === 'bureau'
        ? features
        : current?.level === 'unit' || current?.level === 'zone'
          ? features.filter((f) => (current.level === 'unit' ? f.properties.unitId : f.id) === current.id)
          : null;
    return own?.flatMap((f) => outerRings(f.geometry));
  }, [place.level, current, mapLayers.data.zones]);
  const framePadding = useCallback(
    (bounds: FrameBounds): PaddingOptions => {
      const el = map?.getContainer();
      const view = { width: el?.clientWidth ?? 800, height: el?.clientHeight ?? 600 };
      const pad = Math.round(Math.min(view.width, view.height) * 0.06);
      // The ticker lies over the map's top edge, the zones' key over its bottom-right corner: the place framed clears both.
      const ticker = tickerHeightOf(el);
      const [box, keyBox] = [el?.getBoundingClientRect(), key.current?.getBoundingClientRect()];
      const keyShown = box && keyBox && keyBox.width > 0 && keyBox.height > 0;
      const corner = keyShown ? { width: box.right - keyBox.left, height: box.bottom - keyBox.top } : { width: 0, height: 0 };
      return paddingClearOfCorner({ top: pad + ticker, bottom: pad, left: pad, right: pad }, view, corner, bounds, frameShape);
    },
    [map, frameShape],
  );
  // Place names stay whole where nothing lies over the map: below the ticker, above the attribution, clear of the key.
  const labelRoom = useCallback((): PxRect[] | null => {
    const el = map?.getContainer();
    if (!el) return null;
    const box = el.getBoundingClientRect();
    const ticker = tickerHeightOf(el);
    const bottom = box.height - (el.querySelector<HTMLElement>('.maplibregl-ctrl-bottom-left')?.offsetHeight ?? 0);
    const keyBox = key.current?.getBoundingClientRect();
    if (!keyBox || keyBox.width === 0 || keyBox.height === 0) return [{ left: 0, top: ticker, right: box.width, bottom }];
    return [
      { left: 0, top: ticker, right: box.width, bottom: Math.min(bottom, keyBox.top - box.top) },
      { left: 0, top: ticker, right: keyBox.left - box.left, bottom },
    ];
  }, [map]);
  const zoneOutlines = useMemo(() => new Map(mapLayers.data.zones.features.map((f) => [f.id, f.geometry])), [mapLayers.data.zones]);
  const labelsInView = useMemo<LabelsInViewOptions>(
    () => ({
      room: labelRoom,
      inline: () => [{ source: ZONE_LABELS_SOURCE, labels: zoneLabels.features, outlineOf: (label) => zoneOutlines.get(String(label.id)) }],
    }),
    [labelRoom, zoneLabels, zoneOutlines],
  );
  const latestLabels = useRef(labelsInView);
  useEffect(() => {
    latestLabels.current = labelsInView;
  }, [labelsInView]);
  const keepLabels = useCallback(
    (m: MapLibreMap) => keepLabelsInView(m, { room: () => latestLabels.current.room(), inline: () => latestLabels.current.inline?.() ?? [] }),
    [],
  );
  const { target } = useFocus(mapLayers.data);
  const onMapReady = useCameraFollow(map, target, place.level === 'bureau', GUANGZHOU_BOUNDS, framePadding);
  // The panels settle after the map is made (figures arrive, fonts load): frame the stop again in the map's final size.
  // So does the key once it has its classes (or another size), and the ticker as its lines come and go (its font
  // arriving, a line of overdue issues): framed under a shorter ticker, the city's north ran under it.
  const framed = useRef<FrameBounds>(GUANGZHOU_BOUNDS);
  useEffect(() => {
    framed.current = target && 'bounds' in target ? target.bounds : GUANGZHOU_BOUNDS;
  }, [target]);
  useEffect(() => {
    if (!map) return;
    const ticker = tickerOf(map.getContainer());
    const sizes = () =>
      [map.getContainer(), key.current, ticker].map((el) => (el ? `${Math.round(el.offsetWidth)}x${Math.round(el.offsetHeight)}` : '')).join(' ');
    const frame = () => map.fitBounds(framed.current, { padding: framePadding(framed.current), duration: 0 });
    // Framed again now too: the map was made, or the place's zones came, with the panels' sizes of that moment
    // (a flight to the next stop is left to land: it frames the stop itself).
    if (!map.isMoving()) frame();
    let last = sizes();
    const observer = new ResizeObserver(() => {
      const now = sizes();
      if (now === last) return;
      last = now;
      frame();
    });
    observer.observe(map.getContainer());
    for (const el of [key.current, ticker]) if (el) observer.observe(el);
    return () => observer.disconnect();
  }, [map, framePadding]);

  const account = accountFromSearch(window.location.search);
  const wallId = options.wall ?? account ?? 'default';
  // What the room has not acknowledged: it pulses in the ticker and on the map.
  const unacknowledged = useUnacknowledged({ severe: data.latestSevere, overdue: data.latestOverdue, wallId, enabled: signedIn, refreshMs });
  const pulses = useMemo(() => pulsesOf(unacknowledged.severe, unacknowledged.overdue), [unacknowledged]);
  const converter = useDatumConverter();
  useMapPulses(map, pulses, converter);
  const signInFailed = sessionStatus === 'signed-out';
  const panels = current ? data.panels(current) : [];
  const heading = nameOf(current) ?? t('bureau');

  return (
    <main className="wall">
      <header className="wall__head">
        <div className="wall__brand">
          <svg className="wall__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 2.5l2.8 6.1 6.7.7-5 4.5 1.4 6.6L12 17.1l-5.9 3.3 1.4-6.6-5-4.5 6.7-.7z" />
          </svg>
          <span>{t('title')}</span>
        </div>
        <h1 className="wall__place">
          {/* --title-ch: the name's width, for a heading set smaller where the name would be cut (English at 1366 px). */}
          <span className="wall__place-name" style={{ '--title-ch': widthCh(heading) } as CSSProperties}>
            {heading}
          </span>
        </h1>
        <WallClock language={language} />
      </header>
      <div className="wall__kpis">
        <KpiBand report={current ? data.reportOf(current) : null} name={heading} language={language} pending={signedIn && (current ? data.pendingOf(current) : true)} />
      </div>
      <div className="wall__map">
        <MapView
          mapStyle={mapStyle}
          label={tApp('map.label')}
          uiStrings={uiStrings}
          statusText={statusText}
          initialCamera={null}
          fitBounds={GUANGZHOU_BOUNDS}
          framePadding={framePadding}
          sleepWhenIdle
          keepLabels={keepLabels}
          layers={mapLayers.layers}
          zoomFades={mapLayers.fades}
          busy={mapLayers.busy || sessionStatus === 'signing-in'}
          onMap={setMap}
        onReady={onMapReady}
        />
        <SevereTicker items={data.latestSevere} unacknowledged={unacknowledged.severe} overdue={unacknowledged.overdue} zoneNames={zoneNames} language={language} />
        <StaleBanner panels={panels} refreshMs={refreshMs} language={language} />
        {/* The zones' key names the indicator as the ranking beside it does. */}
        <div ref={key} className="wall-key">
          {zonesVisible && <ZoneKey legends={mapLayers.legends.gridZones} className="wall-key__key" />}
        </div>
      </div>
      <aside className="wall__side">
        <RankingList
          ranking={current ? data.rankingOf(current) : null}
          indicator={indicator}
          language={language}
          currentId={current?.level === 'zone' ? current.id : null}
          unitName={unitName}
          zoneClasses={zonesVisible ? thresholdLegendOf(mapLayers.legends.gridZones) : null}
        />
        <TrendChart series={data.trend} asOf={data.asOf} language={language} />
      </aside>
      <footer className="wall__foot">
        <TourProgress stops={stops} intervalMs={options.interval * 1000} idleMs={options.idle * 1000} enabled={options.tour === 'districts' && signedIn} />
        <WallFreshness panels={panels} asOf={data.asOf} refreshMs={refreshMs} language={language} />
        <WallNotices problems={problems} offTour={offTourStop && linkedAt && root ? { value: linkedAt, stop: nameOf(subjectOf(offTourStop, root)) ?? '' } : null} signIn={{ account, failed: signInFailed }} />
      </footer>
    </main>
  );
}
