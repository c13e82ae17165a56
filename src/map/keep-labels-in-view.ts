import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LabelProperties } from '../layers/base-map-labels';
import { placeLabelsInView, type AreaOutline, type Box, type LabelRoom } from '../layers/labels-in-view';

/** A rectangle of the map in CSS px from its top-left corner. */
export interface PxRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Label = Feature<Point, LabelProperties>;

// The offline base map's sources and label layers (src/layers/base-map-style.ts); another base map has
// no 'labels' source and is left alone.
const LABELS_SOURCE = 'labels';
const OUTLINE_SOURCES = { district: 'districts', city: 'cities' } as const;
const LABEL_LAYERS = { district: 'district-label', city: 'city-label' } as const;
/** The label halo's width (px) on each side, as the style draws it at most. */
const HALO_PX = 2;

/** A district by its adcode, a city by its name: in the labels and in the outlines alike. */
const areaKey = (kind: unknown, properties: Record<string, unknown> | null | undefined) =>
  `${String(kind)}:${String(kind === 'district' ? properties?.adcode : properties?.name)}`;
const isCjk = (ch: string) => /[\u3000-\u9fff\uff00-\uffef]/.test(ch);

/** A layout property that is a number or `['interpolate', ['linear'], ['zoom'], z, v, …]`, at `zoom`. */
export function numberAtZoom(value: unknown, zoom: number, fallback: number): number {
  if (typeof value === 'number') return value;
  if (!Array.isArray(value) || value[0] !== 'interpolate') return fallback;
  const stops = value.slice(3) as number[];
  if (stops.length < 2 || stops.some((v) => typeof v !== 'number')) return fallback;
  if (zoom <= stops[0]!) return stops[1]!;
  for (let i = 2; i < stops.length; i += 2) {
    const [z0, v0, z1, v1] = [stops[i - 2]!, stops[i - 1]!, stops[i]!, stops[i + 1]!];
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return stops[stops.length - 1]!;
}

/** The text a label shows under a `text-field` of `['get', key]` or `['coalesce', ['get', key], …]` (the name otherwise). */
export function labelText(properties: LabelProperties, textField: unknown): string {
  const read = (expression: unknown): string => {
    if (!Array.isArray(expression)) return '';
    if (expression[0] === 'get' && typeof expression[1] === 'string') {
      const value = (properties as unknown as Record<string, unknown>)[expression[1]];
      return typeof value === 'string' ? value : '';
    }
    if (expression[0] === 'coalesce') return expression.slice(1).map(read).find((t) => t !== '') ?? '';
    return '';
  };
  return read(textField) || properties.name;
}

/**
 * Half a label's width and height in px: a CJK character is about 1 em wide, a Latin one 0.6; text wider
 * than `maxWidthEm` breaks into lines of about that width, each 1.2 em high.
 */
export function labelHalfSize(text: string, sizePx: number, letterSpacingEm: number, maxWidthEm = Infinity): { x: number; y: number } {
  const chars = [...text];
  const ems = chars.reduce((sum, ch) => sum + (isCjk(ch) ? 1 : 0.6), 0) + letterSpacingEm * Math.max(0, chars.length - 1);
  const lines = maxWidthEm > 0 ? Math.max(1, Math.ceil(ems / maxWidthEm)) : 1;
  return { x: (Math.min(ems, ems / lines + 1) * sizePx) / 2 + HALO_PX, y: 0.6 * lines * sizePx + HALO_PX };
}

/** Labels the page gives the map as a GeoJSON source of its style (the zones' names), with their areas. */
export interface InlineLabels {
  source: string;
  labels: readonly Feature<Point>[];
  outlineOf: (label: Feature<Point>) => AreaOutline | undefined;
}

export interface LabelsInViewOptions {
  /** Rectangles of the map not covered by anything over it; null: labels where their data puts them. */
  room: () => readonly PxRect[] | null;
  /** The page's own label sources (the base map's district and city labels are found in its style). */
  inline?: () => readonly InlineLabels[];
}

interface LabelSet {
  source: GeoJSONSource;
  labels: readonly Feature<Point>[];
  outlineOf: (label: Feature<Point>) => AreaOutline | undefined;
  /** The symbol layer that draws a label (its size, spacing and text are read from it). */
  layerOf: (label: Feature<Point>) => string | undefined;
}

/**
 * How far from its anchor a label may reach (px): half its size, or, where MapLibre may move it to
 * another side of its anchor to dodge a neighbour (`text-variable-anchor`), its whole size and the offset.
 */
export function labelReach(half: { x: number; y: number }, sizePx: number, variableAnchor: unknown, radialOffsetEm: unknown): { x: number; y: number } {
  if (!Array.isArray(variableAnchor) || variableAnchor.every((a) => a === 'center')) return half;
  const offset = (typeof radialOffsetEm === 'number' ? radialOffsetEm : 0) * sizePx;
  return { x: 2 * half.x + offset, y: 2 * half.y + offset };
}

/** The base map's labels and the outlines they name, once its sources have loaded (null for another base map). */
async function loadBaseMapLabels(map: MapLibreMap, source: GeoJSONSource): Promise<LabelSet | null> {
  const outlineSources = Object.entries(OUTLINE_SOURCES).map(([kind, id]) => [kind, map.getSource<GeoJSONSource>(id)] as const);
  if (outlineSources.some(([, s]) => s?.type !== 'geojson')) return null;
  const [labels, ...outlines] = await Promise.all([source.getData(), ...outlineSources.map(([, s]) => s!.getData())]);
  const byKey = new Map<string, AreaOutline>();
  outlineSources.forEach(([kind], i) => {
    const collection = outlines[i] as FeatureCollection<AreaOutline, Record<string, unknown> | null>;
    for (const f of collection.features ?? []) byKey.set(areaKey(kind, f.properties), f.geometry);
  });
  const isLabel = (f: Feature): f is Label => f.geometry?.type === 'Point' && (f.properties?.kind === 'district' || f.properties?.kind === 'city');
  return {
    source,
    labels: ((labels as FeatureCollection).features ?? []).filter(isLabel),
    outlineOf: (label) => byKey.get(areaKey(label.properties?.kind, label.properties)),
    layerOf: (label) => LABEL_LAYERS[(label.properties as LabelProperties).kind],
  };
}

/**
 * Keeps area labels whole inside `room()` after each camera move: the offline base map's district and
 * city names and the page's own (`inline`), see src/layers/labels-in-view.ts. For a camera that frames
 * places by itself (the wall), not one a person pans: there a label would jump at the end of each pan.
 * `update()` places them again (another style: another language, or the page's sources given anew).
 */
export function keepLabelsInView(map: MapLibreMap, options: LabelsInViewOptions): { update(): void; remove(): void } {
  let removed = false;
  let baseFor: GeoJSONSource | undefined;
  let base: Promise<LabelSet | null> = Promise.resolve(null);
  // What each source was last given, by source id: nothing is sent to the worker when that stays.
  const shown = new Map<string, readonly Feature<Point>[]>();

  /** How a layer draws its labels at this zoom (read once a layer per placement, not once a label). */
  const lookOf = (layer: string) => {
    const zoom = map.getZoom();
    const prop = (name: Parameters<MapLibreMap['getLayoutProperty']>[1]): unknown => map.getLayoutProperty(layer, name);
    return {
      size: numberAtZoom(prop('text-size'), zoom, 16),
      spacing: numberAtZoom(prop('text-letter-spacing'), zoom, 0),
      maxWidth: numberAtZoom(prop('text-max-width'), zoom, 10),
      textField: prop('text-field'),
      variableAnchor: prop('text-variable-anchor'),
      radialOffset: prop('text-radial-offset'),
    };
  };

  const roomFor = (rects: readonly PxRect[] | null, look: ReturnType<typeof lookOf> | null, label: Feature<Point>): LabelRoom => {
    const everywhere: LabelRoom = { boxes: [[-180, -90, 180, 90]], clearance: 0, halfWidth: 0 };
    if (!rects || !look || map.getBearing() !== 0 || map.getPitch() !== 0) return everywhere;
    const { size, spacing, maxWidth, textField, variableAnchor, radialOffset } = look;
    const half = labelHalfSize(labelText(label.properties as LabelProperties, textField), size, spacing, maxWidth);
    const reach = labelReach(half, size, variableAnchor, radialOffset);
    const boxes: Box[] = [];
    let [latPerPx, lngPerPx] = [0, 0];
    for (const r of rects) {
      const [left, top, right, bottom] = [r.left + reach.x, r.top + reach.y, r.right - reach.x, r.bottom - reach.y];
      if (right <= left || bottom <= top) continue;
      const nw = map.unproject([left, top]);
      const se = map.unproject([right, bottom]);
      boxes.push([nw.lng, se.lat, se.lng, nw.lat]);
      latPerPx = (nw.lat - se.lat) / (bottom - top);
      lngPerPx = (se.lng - nw.lng) / (right - left);
    }
    return { boxes, clearance: half.y * latPerPx, halfWidth: half.x * lngPerPx };
  };

  const placeSet = (set: LabelSet, rects: readonly PxRect[] | null) => {
    const id = set.source.id;
    const layer = set.labels.length > 0 ? set.layerOf(set.labels[0]!) : undefined;
    // Not drawn at this zoom: left as they are until they are.
    if (layer && map.getLayer(layer) && map.getZoom() < (map.getLayer(layer)?.minzoom ?? 0)) return;
    const looks = new Map<string, ReturnType<typeof lookOf>>();
    const lookFor = (label: Feature<Point>) => {
      const layerId = set.layerOf(label);
      if (!layerId || !map.getLayer(layerId)) return null;
      let look = looks.get(layerId);
      if (!look) looks.set(layerId, (look = lookOf(layerId)));
      return look;
    };
    const placed = placeLabelsInView(set.labels, set.outlineOf, (label) => roomFor(rects, lookFor(label), label));
    const before = shown.get(id) ?? set.labels;
    const same = before.length === placed.length && placed.every((f, i) => f === before[i] || f.geometry.coordinates.join() === before[i]!.geometry.coordinates.join());
    if (same) return;
    shown.set(id, placed);
    void set.source.setData({ type: 'FeatureCollection', features: placed });
  };

  const place = async () => {
    const source = map.getSource<GeoJSONSource>(LABELS_SOURCE);
    // A style replaced wholesale brings the labels' source anew, with its own points.
    if (source?.type === 'geojson' && source !== baseFor) {
      baseFor = source;
      shown.delete(LABELS_SOURCE);
      base = loadBaseMapLabels(map, source).catch(() => null);
    }
    const rects = options.room();
    for (const set of options.inline?.() ?? []) {
      const inlineSource = map.getSource<GeoJSONSource>(set.source);
      const layer = map.getLayersOrder().find((l) => map.getLayer(l)?.source === set.source && map.getLayer(l)?.type === 'symbol');
      if (inlineSource?.type === 'geojson') placeSet({ ...set, source: inlineSource, layerOf: () => layer }, rects);
    }
    const baseSet = await base;
    if (!removed && baseSet && map.getSource(LABELS_SOURCE) === baseSet.source) placeSet(baseSet, options.room());
  };

  const update = () => void place();
  map.on('moveend', update);
  map.once('idle', update);
  return {
    update() {
      // A style diff gives a page's source its own data again (MapLibre compares it with what it holds).
      for (const set of options.inline?.() ?? []) shown.delete(set.source);
      update();
    },
    remove() {
      removed = true;
      map.off('moveend', update);
      map.off('idle', update);
    },
  };
}
