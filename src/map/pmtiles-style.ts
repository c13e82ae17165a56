import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_FONTS } from '../layers/base-map-style';
import type { Language, Theme } from '../lib/view-options';

/*
 * The built-in style for an intranet PMTiles archive of the Protomaps basemap layers, in the app's two
 * themes. In a chunk of its own: only a deployment configured with such an archive loads it.
 */

interface PmtilesPalette {
  background: string;
  earth: string;
  water: string;
  park: string;
  minorRoad: string;
  majorRoad: string;
  highway: string;
  boundary: string;
  label: string;
  labelHalo: string;
}

const pmtilesPalettes: Record<Theme, PmtilesPalette> = {
  dark: {
    background: '#050d1a',
    earth: '#0b1728',
    water: '#06223f',
    park: '#0c2030',
    minorRoad: '#17283f',
    majorRoad: '#22395a',
    highway: '#2f5079',
    boundary: '#4cc3ff',
    label: '#a9bbd4',
    labelHalo: '#050d1a',
  },
  light: {
    background: '#dfe6ef',
    earth: '#eef2f7',
    water: '#b8d3ee',
    park: '#dcebdc',
    minorRoad: '#ffffff',
    majorRoad: '#ffffff',
    highway: '#d3d9e0',
    boundary: '#1f5fbf',
    label: '#3d4e66',
    labelHalo: '#ffffff',
  },
};

const PROTOMAPS_ATTRIBUTION = '© OpenStreetMap contributors · Protomaps';

/** Chinese names first (zh-Hans, then zh), English with ?lang=en; the local name otherwise. */
function placeName(lang: Language): ExpressionSpecification {
  return lang === 'en'
    ? ['coalesce', ['get', 'name:en'], ['get', 'name']]
    : ['coalesce', ['get', 'name:zh-Hans'], ['get', 'name:zh'], ['get', 'name']];
}

export interface PmtilesStyleOptions {
  /** `pmtiles://https://…/file.pmtiles` */
  url: string;
  theme: Theme;
  lang: Language;
  textScale?: number | undefined;
}

/**
 * A minimal vector style over the Protomaps basemap layers (earth, water, landuse, roads,
 * boundaries, places), dark or light. No `glyphs` URL and no sprite: labels are drawn from local
 * fonts like the offline base map's, so nothing but the archive is requested.
 */
export function buildPmtilesStyle({ url, theme, lang, textScale = 1 }: PmtilesStyleOptions): StyleSpecification {
  const c = pmtilesPalettes[theme];
  const k = Number.isFinite(textScale) && textScale > 0 ? textScale : 1;
  const kind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
  const roadWidth = (z1: number, w1: number, z2: number, w2: number): ExpressionSpecification => [
    'interpolate',
    ['exponential', 1.6],
    ['zoom'],
    z1,
    w1,
    z2,
    w2,
  ];
  return {
    version: 8,
    name: `dangjian-pmtiles-${theme}`,
    metadata: { 'dangjian:lang': lang },
    sources: {
      protomaps: { type: 'vector', url, attribution: PROTOMAPS_ATTRIBUTION },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': c.background } },
      { id: 'earth', type: 'fill', source: 'protomaps', 'source-layer': 'earth', paint: { 'fill-color': c.earth } },
      {
        id: 'landuse-park',
        type: 'fill',
        source: 'protomaps',
        'source-layer': 'landuse',
        filter: kind('park', 'forest', 'wood', 'nature_reserve', 'grass', 'golf_course'),
        paint: { 'fill-color': c.park, 'fill-opacity': 0.7 },
      },
      { id: 'water', type: 'fill', source: 'protomaps', 'source-layer': 'water', paint: { 'fill-color': c.water } },
      {
        id: 'roads-minor',
        type: 'line',
        source: 'protomaps',
        'source-layer': 'roads',
        minzoom: 12,
        filter: kind('minor_road', 'other'),
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': c.minorRoad, 'line-width': roadWidth(12, 0.5, 18, 8) },
      },
      {
        id: 'roads-major',
        type: 'line',
        source: 'protomaps',
        'source-layer': 'roads',
        filter: kind('major_road'),
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': c.majorRoad, 'line-width': roadWidth(8, 0.5, 18, 14) },
      },
      {
        id: 'roads-highway',
        type: 'line',
        source: 'protomaps',
        'source-layer': 'roads',
        filter: kind('highway'),
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': c.highway, 'line-width': roadWidth(6, 0.8, 18, 18) },
      },
      {
        id: 'boundaries',
        type: 'line',
        source: 'protomaps',
        'source-layer': 'boundaries',
        paint: { 'line-color': c.boundary, 'line-opacity': 0.6, 'line-dasharray': [3, 2], 'line-width': 1 },
      },
      {
        id: 'places',
        type: 'symbol',
        source: 'protomaps',
        'source-layer': 'places',
        filter: kind('locality', 'neighbourhood', 'macrohood', 'region'),
        layout: {
          'text-field': placeName(lang),
          'text-font': BASEMAP_FONTS,
          'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12 * k, 14, 18 * k],
          'text-max-width': 8,
          'text-padding': 2,
        },
        paint: { 'text-color': c.label, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.5 },
      },
    ],
  };
}
