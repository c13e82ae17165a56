import { AttributionControl, Map as MapLibreMap, NavigationControl, type LngLatBoundsLike, type PaddingOptions, type StyleSpecification } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Camera } from '../lib/url-state';
import { IdleFrameProvider } from './idle-frame-provider';
import './maplibre-worker';

export interface MapInstance {
  map: MapLibreMap;
  overlay: MapLibreOverlay;
  destroy(): void;
}

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification | string;
  camera: Camera | null;
  fitBounds: LngLatBoundsLike;
  /** Room the fit leaves around the bounds (the panels over the map); 32 px all round by default. */
  fitPadding?: PaddingOptions;
  locale: Record<string, string>;
  /** Unattended (the wall): while nothing happens on the map, deck.gl looks four times a second, not sixty. */
  sleepWhenIdle?: boolean;
}

export function cameraOf(map: MapLibreMap): Camera {
  const center = map.getCenter();
  return { lng: center.lng, lat: center.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** One maplibre map with one interleaved deck.gl overlay, empty until it is given the data layers. Throws without WebGL. */
export function createMap(o: CreateMapOptions): MapInstance {
  const cameraOptions = o.camera
    ? { center: [o.camera.lng, o.camera.lat] as [number, number], zoom: o.camera.zoom, bearing: o.camera.bearing, pitch: o.camera.pitch }
    : { bounds: o.fitBounds, fitBoundsOptions: { padding: o.fitPadding ?? 32 } };
  const map = new MapLibreMap({
    container: o.container,
    style: o.style,
    ...cameraOptions,
    minZoom: 5,
    maxZoom: 18,
    locale: o.locale,
    attributionControl: false,
    // Labels fade in over 300 ms by default; a wall screen gains nothing from it and tests wait less.
    fadeDuration: 0,
    // Keeps the cooperative scroll-zoom off: the map fills the screen, there is no page to scroll.
    cooperativeGestures: false,
  });
  map.addControl(new NavigationControl({ visualizePitch: true }), 'bottom-right');
  map.addControl(new AttributionControl({ compact: false }), 'bottom-left');
  // Interleaved: deck.gl draws into MapLibre's own WebGL2 context, between the style's layers.
  // MapLibre draws opaque fills (the district fill) in an opaque pass that writes depth; deck.gl's
  // 2D layers drawn after them would fail the depth test and vanish. Layer order, not depth, decides.
  const overlay = new MapLibreOverlay({
    interleaved: true,
    parameters: { depthCompare: 'always', depthWriteEnabled: false },
    // luma.gl probes every WebGL extension and texture format when it attaches (one round trip to the
    // GPU process each, queued behind MapLibre's first frame: 0.3–0.6 s of a load in software WebGL);
    // unprobed, each is checked the first time a layer asks for it.
    deviceProps: { _initializeFeatures: false },
    // The heat's image texture gets mipmaps, and luma.gl first checks that its format can be rendered to
    // with a framebuffer probe that waits on the GPU process. Asked later, it waits behind the base map's
    // queued frames (1.5 s of main thread in a profiled load); asked here, right after the device's own
    // round trips, the queue is empty and the answer is cached for the device.
    onDeviceInitialized: (device) => void device.isTextureFormatRenderable('rgba8unorm'),
  });
  map.addControl(overlay);
  if (o.sleepWhenIdle) throttleWhileIdle(map, overlay);
  return {
    map,
    overlay,
    destroy() {
      try {
        map.removeControl(overlay);
      } catch {
        // A map whose context is gone can fail here; removing the map below still frees the rest.
      }
      map.remove();
    },
  };
}

/** What can make deck.gl draw or pick: a frame of the map (a move, a style change, deck.gl's own redraw), the pointer. */
const ACTIVITY = ['render', 'mousemove', 'mousedown', 'mouseout', 'touchstart'] as const;

/**
 * Lets deck.gl's loop look four times a second, not sixty, at a map nothing happens on (see IdleFrameProvider).
 * Only where nobody sits at the map: the first frame after a sleep starts cold (paired benchmark runs of a
 * window change at 10⁶: ~15 ms more main thread), which a desk would feel; a tour step's frames are slower.
 */
function throttleWhileIdle(map: MapLibreMap, overlay: MapLibreOverlay): void {
  // deck.gl makes its loop but does not expose it; luma.gl's loop takes a frame provider as a prop.
  const loop = (overlay as unknown as { _deck?: { animationLoop?: { setProps(props: { animationFrameProvider: IdleFrameProvider }): unknown } | null } })._deck?.animationLoop;
  if (!loop) return;
  const frames = new IdleFrameProvider();
  loop.setProps({ animationFrameProvider: frames });
  for (const type of ACTIVITY) map.on(type, frames.wake);
  // New layers are drawn at deck.gl's next look.
  const setProps = overlay.setProps.bind(overlay);
  overlay.setProps = (props) => {
    setProps(props);
    frames.wake();
  };
}
