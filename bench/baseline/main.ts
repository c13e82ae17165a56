import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { decodeViolationColumns, dequantize } from '../../src/api/violation-columns';

/*
 * The benchmark's baseline: what a plain MapLibre page does with the same violations. It fetches the
 * binary columns from the same API, turns them into a GeoJSON FeatureCollection, and draws them with
 * a native heatmap + circle layer pair; the time window (from/to in the URL, read again on popstate)
 * is a setFilter on the day property. No external URL: a background, the district outlines, the points.
 *
 * Marks (for bench/run.ts): 'map-ready' on the first 'idle' after the points' source has loaded,
 * 'window-drawn' on the first 'idle' after each window change.
 */

maplibregl.setWorkerUrl(workerUrl);

// The same extent the app fits (src/layers/base-map-style.ts GUANGZHOU_BOUNDS).
const GUANGZHOU_BOUNDS: [number, number, number, number] = [112.958, 22.514, 114.061, 23.934];
const DAY_MS = 86_400_000;
const region = document.getElementById('map') as HTMLElement;

function dayIndex(dayZero: string, isoDate: string | null): number | null {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const t = Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${dayZero}T00:00:00Z`);
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : null;
}

function windowFilter(dayZero: string, maxDay: number): FilterSpecification {
  const params = new URLSearchParams(location.search);
  const from = dayIndex(dayZero, params.get('from')) ?? 0;
  const to = dayIndex(dayZero, params.get('to')) ?? maxDay;
  const day: ExpressionSpecification = ['get', 'day'];
  return ['all', ['>=', day, from], ['<=', day, to]];
}

async function loadViolations(): Promise<{ collection: FeatureCollection<Point>; dayZero: string; maxDay: number }> {
  const session = await fetch('/api/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account: 'bureau-manager' }),
  });
  if (!session.ok) throw new Error(`session: HTTP ${session.status}`);
  const { token } = (await session.json()) as { token: string };
  const response = await fetch('/api/v1/violations/columns', { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`violation columns: HTTP ${response.status}`);
  const columns = decodeViolationColumns(await response.arrayBuffer());
  const [minLon, minLat, maxLon, maxLat] = columns.bbox;
  const features = new Array<Feature<Point>>(columns.count);
  let maxDay = 0;
  for (let i = 0; i < columns.count; i++) {
    const day = columns.day[i] ?? 0;
    if (day > maxDay) maxDay = day;
    features[i] = {
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [dequantize(columns.lon[i] ?? 0, minLon, maxLon), dequantize(columns.lat[i] ?? 0, minLat, maxLat)],
      },
      properties: { day, category: columns.category[i] ?? 0, severity: columns.severity[i] ?? 0 },
    };
  }
  return { collection: { type: 'FeatureCollection', features }, dayZero: columns.dayZero, maxDay };
}

const map = new maplibregl.Map({
  container: region,
  bounds: GUANGZHOU_BOUNDS,
  attributionControl: false,
  style: {
    version: 8,
    sources: {
      districts: { type: 'geojson', data: new URL('/basemap/guangzhou-districts.geojson', location.href).href },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#0b1220' } },
      { id: 'districts', type: 'line', source: 'districts', paint: { 'line-color': '#5b6b8c', 'line-width': 1 } },
    ],
  },
});
map.on('error', (event) => console.error('baseline map:', event.error));

const data = loadViolations();
map.once('load', () => {
  data
    .then(({ collection, dayZero, maxDay }) => {
      map.addSource('violations', { type: 'geojson', data: collection });
      const filter = windowFilter(dayZero, maxDay);
      map.addLayer({
        id: 'violations-heat',
        type: 'heatmap',
        source: 'violations',
        filter,
        paint: {
          'heatmap-radius': 12,
          'heatmap-intensity': 0.6,
          'heatmap-opacity': 0.7,
          'heatmap-color': [
            'interpolate', ['linear'], ['heatmap-density'],
            0, 'rgba(0,0,0,0)', 0.2, '#2c7bb6', 0.4, '#abd9e9', 0.6, '#ffffbf', 0.8, '#fdae61', 1, '#d7191c',
          ],
        },
      });
      map.addLayer({
        id: 'violations-points',
        type: 'circle',
        source: 'violations',
        filter,
        paint: {
          'circle-radius': 2,
          'circle-color': ['match', ['get', 'category'], 0, '#e66101', 1, '#5e3c99', '#1b9e77'],
          'circle-opacity': 0.8,
        },
      });
      const whenDrawn = (name: string) => {
        const onIdle = () => {
          if (!map.isSourceLoaded('violations')) {
            map.once('idle', onIdle);
            return;
          }
          performance.mark(name);
          region.setAttribute('aria-busy', 'false');
        };
        map.once('idle', onIdle);
      };
      whenDrawn('map-ready');
      window.addEventListener('popstate', () => {
        const next = windowFilter(dayZero, maxDay);
        region.setAttribute('aria-busy', 'true');
        map.setFilter('violations-heat', next);
        map.setFilter('violations-points', next);
        whenDrawn('window-drawn');
      });
    })
    .catch((error: unknown) => {
      console.error('baseline: could not load the violations', error);
      performance.mark('baseline-failed', { detail: String(error) });
    });
});
