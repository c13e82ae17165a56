import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap, PaddingOptions, StyleSpecification } from 'maplibre-gl';
import type { FrameBounds } from './frame-padding';
import { Layer, type LayersList, type PickingInfo } from '@deck.gl/core';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map-view.css';
import type { Camera } from '../lib/url-state';
import { cameraOf, createMap, type MapInstance } from './create-map';
import { keepLoadedGeoJson } from './keep-loaded-geojson';
import { fadeFactor, type ZoomFade } from '../layers/scale-rules';
import { atZoom } from './layers-at-zoom';
import { relabelMapUi, toMapLibreLocale, type MapUiStrings } from './map-ui-strings';
import { whenIdle } from '../lib/when-idle';
import { revealFirstScreen } from '../lib/first-screen';

/** Labels kept in place on one map: placed again after a style change (another language's widths), removed with the map. */
export interface LabelKeeper {
  update(): void;
  remove(): void;
}

export interface MapViewProps {
  /** The base-map style (kept as data; a new object is applied as a diff). */
  mapStyle: StyleSpecification | string;
  /** Accessible name of the map region: 地图 / Map. */
  label: string;
  uiStrings: MapUiStrings;
  /** Shown to screen readers and sighted users while the map is not drawn. */
  statusText: { loading: string; recovering: string };
  /** Start here; null fits `fitBounds`. Read once: the camera lives in the map, not in React. */
  initialCamera: Camera | null;
  fitBounds: FrameBounds;
  /** The room a fit must leave for the panels over the map (measured when the map is made). */
  framePadding?: (bounds: FrameBounds) => PaddingOptions;
  /** Unattended (the wall): deck.gl's loop sleeps while nothing happens on the map. Read when the map is made. */
  sleepWhenIdle?: boolean;
  /**
   * What keeps the map's labels in place after each move, made with each map (the wall's: keepLabelsInView, which
   * keeps area labels whole where nothing lies over the map). Given by the page, so that the first screen's
   * JavaScript carries it only where a page uses it. Without it labels stay where their data puts them.
   */
  keepLabels?: (map: MapLibreMap) => LabelKeeper;
  /** deck.gl layers drawn in the base map's context. */
  layers?: LayersList;
  /** Layers that fade in or out with the zoom (by id), applied on every frame of a zoom. */
  zoomFades?: readonly ZoomFade[];
  /** True while the data behind `layers` is still loading: the map stays aria-busy. */
  busy?: boolean;
  /** After each camera move ends (not per frame). */
  onCameraChange?: (camera: Camera) => void;
  /** deck.gl picking: the pointer moved over (or off) a pickable object. */
  onHover?: (info: PickingInfo) => void;
  /** A click: what deck.gl picks under it (within CLICK_RADIUS_PX), or null on empty map. */
  onClick?: (info: PickingInfo | null) => void;
  /** The live map (null when it goes away, e.g. while a lost context is recovered): for fit-to-selection, tooltips. */
  onMap?: (map: MapLibreMap | null) => void;
  /** Each time the map becomes ready (style and layers drawn, nothing loading): the first is 'map-ready'. */
  onReady?: () => void;
}

const EMPTY_LAYERS: LayersList = [];
const NO_FADES: readonly ZoomFade[] = [];
/** How far (CSS px) from a click an object may be and still be the one clicked. */
const CLICK_RADIUS_PX = 4;
/** Wait this long after a lost WebGL context before building a new map, doubling on each failure. */
const RECOVERY_DELAY_MS = 1000;
/** The data layers wait for the base map's first complete render, but never longer than this. */
const BASE_MAP_WAIT_MS = 15_000;
const MAX_RECOVERY_DELAY_MS = 60_000;

/** What was on screen at the last complete render: readiness holds only while all of it is current. */
interface Readiness {
  generation: number;
  style: StyleSpecification | string;
  layers: LayersList;
}

function copyLayers(layers: LayersList): LayersList {
  return layers.map((l): LayersList[number] => {
    if (l instanceof Layer) return l.clone({}) as Layer;
    return Array.isArray(l) ? copyLayers(l) : l;
  });
}

function markMapReady() {
  if (performance.getEntriesByName('map-ready', 'mark').length === 0) performance.mark('map-ready');
}

/**
 * The map shell: one MapLibre map with one deck.gl overlay. It is a region that is aria-busy until
 * the current style and the current deck layers have been drawn completely (the map's 'idle' after
 * them) and `busy` (data still loading) is false; the first time that happens it marks 'map-ready'. A lost WebGL context is recovered by building a new map
 * (a new canvas gets a new context) at the last camera.
 */
export function MapView({
  mapStyle,
  label,
  uiStrings,
  statusText,
  initialCamera,
  fitBounds,
  framePadding,
  sleepWhenIdle = false,
  keepLabels,
  layers = EMPTY_LAYERS,
  zoomFades = NO_FADES,
  busy = false,
  onCameraChange,
  onHover,
  onClick,
  onMap,
  onReady,
}: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const instanceRef = useRef<MapInstance | null>(null);
  const cameraRef = useRef<Camera | null>(initialCamera);
  const sleepWhenIdleRef = useRef(sleepWhenIdle);
  const appliedStyleRef = useRef<StyleSpecification | string | null>(null);
  // The latest props, for the map's event handlers and for a rebuild after a context loss.
  const latest = useRef({ mapStyle, uiStrings, fitBounds, framePadding, keepLabels, layers, onCameraChange, onHover, onClick, onMap, onReady });
  useEffect(() => {
    latest.current = { mapStyle, uiStrings, fitBounds, framePadding, keepLabels, layers, onCameraChange, onHover, onClick, onMap, onReady };
  });
  const labelsInViewRef = useRef<LabelKeeper | null>(null);

  // Bumped to rebuild the map after a lost context.
  const [generation, setGeneration] = useState(0);
  const [lostContext, setLostContext] = useState(false);
  // Which style of which map has been drawn completely; readiness is derived from it.
  const [readyFor, setReadyFor] = useState<Readiness | null>(null);
  // The base map first, then the data layers: while its sources and labels arrive MapLibre repaints
  // several times, and in software WebGL each repaint with a million points on it takes seconds.
  // Holds the generation whose base map has been drawn (or waited for long enough).
  const [baseDrawnFor, setBaseDrawnFor] = useState<number | null>(null);
  // The deck layers the overlay has now: what an 'idle' proves drawn.
  const appliedLayersRef = useRef<LayersList>(EMPTY_LAYERS);
  // The generation whose hidden layers (switched off, or faded out at this zoom) deck.gl may build:
  // once the map is ready and the main thread idle, so that the first render waits only for what it
  // shows, and a zoom or a layer switched on later usually finds its layer built.
  const [hiddenFor, setHiddenFor] = useState<number | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { mapStyle: style, uiStrings: strings, fitBounds: bounds, framePadding: padding } = latest.current;
    let instance: MapInstance;
    let recoveryTimer: ReturnType<typeof setTimeout> | undefined;
    const scheduleRebuild = (delay: number) => {
      recoveryTimer = setTimeout(() => setGeneration((g) => g + 1), delay);
    };
    try {
      instance = createMap({
        container,
        style,
        camera: cameraRef.current,
        fitBounds: bounds,
        fitPadding: padding?.(bounds),
        locale: toMapLibreLocale(strings),
        sleepWhenIdle: sleepWhenIdleRef.current,
      });
    } catch (error) {
      // No WebGL right now (e.g. the GPU process is restarting): try again later, backing off.
      console.error('map: could not create a WebGL map', error);
      // Nothing will be drawn soon: show the screen, its status says why.
      revealFirstScreen();
      const delay = Math.min(MAX_RECOVERY_DELAY_MS, RECOVERY_DELAY_MS * 2 ** Math.min(generation, 6));
      const timer = setTimeout(() => {
        setLostContext(true);
        setGeneration((g) => g + 1);
      }, delay);
      return () => clearTimeout(timer);
    }
    instanceRef.current = instance;
    appliedStyleRef.current = style;
    const { map } = instance;
    // Stable handlers that call the latest props: the overlay is configured once per map.
    instance.overlay.setProps({
      onHover: (info: PickingInfo) => latest.current.onHover?.(info),
      getCursor: ({ isHovering }: { isHovering: boolean }) => (isHovering ? 'pointer' : 'grab'),
    });
    // Clicks come from MapLibre, which owns the canvas's gestures: deck.gl's own click recogniser never
    // fired in interleaved mode (hover did), so a click picks explicitly, with a little radius so that a
    // 3-pixel violation point is as easy to click as it is to hover.
    map.on('click', (event) => {
      const info = instance.overlay.pickObject({ x: event.point.x, y: event.point.y, radius: CLICK_RADIUS_PX });
      latest.current.onClick?.(info);
    });

    map.on('idle', () => {
      // 'idle': no transition running and every tile of every source loaded and drawn.
      if (!map.loaded()) return;
      const style = appliedStyleRef.current;
      const drawn = appliedLayersRef.current;
      if (style) {
        setReadyFor((prev) =>
          prev && prev.generation === generation && prev.style === style && prev.layers === drawn
            ? prev
            : { generation, style, layers: drawn },
        );
      }
      setLostContext(false);
    });
    // The initial fit is not a choice anybody made: report only moves after the first full render,
    // so a plain link keeps fitting Guangzhou to whatever screen opens it.
    let settled = false;
    const baseWait = setTimeout(() => setBaseDrawnFor(generation), BASE_MAP_WAIT_MS);
    map.once('idle', () => {
      settled = true;
      clearTimeout(baseWait);
      setBaseDrawnFor(generation);
    });
    map.on('moveend', () => {
      const camera = cameraOf(map);
      cameraRef.current = camera;
      if (settled) latest.current.onCameraChange?.(camera);
    });
    map.on('webglcontextlost', () => {
      // MapLibre could restore itself, but deck.gl's resources in the shared context cannot:
      // rebuild both from scratch.
      cameraRef.current = cameraOf(map);
      revealFirstScreen();
      setLostContext(true);
      setReadyFor(null);
      scheduleRebuild(RECOVERY_DELAY_MS);
    });
    map.on('error', (event) => {
      console.error('map:', event.error);
    });

    const labels = latest.current.keepLabels?.(map) ?? null;
    labelsInViewRef.current = labels;
    latest.current.onMap?.(map);

    return () => {
      labels?.remove();
      labelsInViewRef.current = null;
      clearTimeout(recoveryTimer);
      clearTimeout(baseWait);
      appliedLayersRef.current = EMPTY_LAYERS;
      latest.current.onMap?.(null);
      instanceRef.current = null;
      appliedStyleRef.current = null;
      instance.destroy();
    };
  }, [generation]);

  // A new style (theme or language) is applied as a diff: sources that did not change stay loaded.
  useEffect(() => {
    const instance = instanceRef.current;
    const applied = appliedStyleRef.current;
    if (!instance || applied === mapStyle) return;
    appliedStyleRef.current = mapStyle;
    instance.map.setStyle(mapStyle, { diff: true, transformStyle: keepLoadedGeoJson(applied) });
    // Another language is another width of label.
    labelsInViewRef.current?.update();
  }, [mapStyle, generation]);

  useEffect(() => {
    const instance = instanceRef.current;
    if (instance) relabelMapUi(instance.map, uiStrings);
  }, [uiStrings, generation]);

  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance || baseDrawnFor !== generation) return;
    // A map rebuilt after a lost context has a new deck.gl, which must not be handed layer instances
    // the old one initialised: it gets copies (the same props, so nothing is rebuilt needlessly).
    const base = generation === 0 ? layers : copyLayers(layers);
    const withHidden = hiddenFor === generation;
    let applied: LayersList | null = null;
    let appliedKey = '';
    const apply = () => {
      // Under the style's first label layer: place names stay readable over any data. Read each time:
      // a style being replaced (a diff MapLibre could not apply) briefly has no labels, and layers
      // placed then would go on top of everything for good; 'styledata' brings us back once it has.
      const { map } = instance;
      const beforeId = map.getLayersOrder().find((id) => map.getLayer(id)?.type === 'symbol');
      const style = latest.current.mapStyle;
      if (beforeId === undefined && typeof style !== 'string' && style.layers.some((l) => l.type === 'symbol')) return;
      const zoom = instance.map.getZoom();
      // Only when a fade moved by a visible step (or the labels changed): a zoom frame without one costs nothing.
      const key = `${beforeId ?? ''}|${zoomFades.map((f) => Math.round(fadeFactor(f, zoom) * 50)).join()}`;
      if (applied && key === appliedKey) return;
      appliedKey = key;
      applied = atZoom(base, zoomFades, zoom, beforeId, withHidden);
      instance.overlay.setProps({ layers: applied });
    };
    apply();
    appliedLayersRef.current = layers;
    // New layers are drawn on the next frame; the 'idle' after it marks them complete.
    instance.map.triggerRepaint();
    // deck.gl adds its layers to the style only while MapLibre says the style is loaded, tiles
    // included (isStyleLoaded); it retries on 'styledata', which stops once the style is in. When the
    // first tiles take longer than that (a 4K screen), every try came too early and deck.gl drew its
    // layers over everything, labels included. So once the map is idle after a style change, if none
    // of deck.gl's layers is in the style, they are handed over again (once: no redraw loop).
    let placementPending = true;
    const onStyleData = () => {
      placementPending = true;
      apply();
    };
    const onIdle = () => {
      if (!placementPending || !applied) return;
      placementPending = false;
      const { map } = instance;
      if (!map.getLayersOrder().some((id) => map.getLayer(id)?.type === 'custom')) instance.overlay.setProps({ layers: applied });
    };
    instance.map.on('styledata', onStyleData);
    instance.map.on('idle', onIdle);
    if (zoomFades.length > 0) instance.map.on('zoom', apply);
    return () => {
      instance.map.off('styledata', onStyleData);
      instance.map.off('idle', onIdle);
      instance.map.off('zoom', apply);
    };
  }, [layers, zoomFades, generation, baseDrawnFor, hiddenFor]);

  const baseReady =
    readyFor !== null && readyFor.generation === generation && readyFor.style === mapStyle && readyFor.layers === layers;
  const ready = baseReady && !busy && !lostContext;

  useEffect(() => {
    if (!ready) return;
    markMapReady();
    revealFirstScreen();
    latest.current.onReady?.();
  }, [ready]);

  useEffect(() => {
    if (!ready || hiddenFor === generation) return;
    // No deadline: the build is one long task (seconds at 10⁶ in software WebGL), better not started in the
    // middle of a pan; a layer shown before it is built is built then, as it would have been.
    return whenIdle(() => setHiddenFor(generation));
  }, [ready, hiddenFor, generation]);

  return (
    <div
      className={baseDrawnFor === generation ? 'map-view' : 'map-view map-view--base-pending'}
      role="region"
      aria-label={label}
      aria-busy={ready ? 'false' : 'true'}
    >
      <div ref={containerRef} className="map-view__canvas" />
      {!ready && (
        <div className="map-view__status" role="status">
          {lostContext ? statusText.recovering : statusText.loading}
        </div>
      )}
    </div>
  );
}
