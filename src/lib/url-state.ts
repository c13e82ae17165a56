import {
  defaultLanguage,
  defaultTheme,
  isTheme,
  parseLanguage,
  type Language,
  type Theme,
} from './view-options';

/*
 * The URL is the source of truth for where you are: read once at start, written back with
 * history.replaceState (no history entry per pan). Defaults are left out so links stay short, and
 * parameters this module does not know are kept as they are.
 */

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface UrlState {
  lang: Language;
  theme: Theme;
  /** null: fit the map to Guangzhou. */
  camera: Camera | null;
  /** What is selected (`sel=<kind>:<id>`, e.g. sel=zone:Z-440112-001), if anything. */
  selection: UrlSelection | null;
  /** The visible map layers (`layers=violations,gridZones`); null: the default set. Keys are checked by the store. */
  layers: readonly string[] | null;
}

export const SELECTION_KINDS = [
  'zone',
  'branch',
  'member',
  'violation',
  'feeder',
  'substation',
  'transformer-district',
  'base-station',
] as const;
export type UrlSelectionKind = (typeof SELECTION_KINDS)[number];
export interface UrlSelection {
  kind: UrlSelectionKind;
  id: string;
}

export const defaultUrlState: UrlState = {
  lang: defaultLanguage,
  theme: defaultTheme,
  camera: null,
  selection: null,
  layers: null,
};

const finite = (s: string | undefined): number | null => {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

/** `c=lng,lat,zoom[,bearing[,pitch]]`. */
export function parseCamera(value: string | null): Camera | null {
  if (!value) return null;
  const parts = value.split(',');
  const lng = finite(parts[0]);
  const lat = finite(parts[1]);
  const zoom = finite(parts[2]);
  if (lng === null || lat === null || zoom === null) return null;
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 24) return null;
  const bearing = finite(parts[3]) ?? 0;
  const pitch = finite(parts[4]) ?? 0;
  return { lng, lat, zoom, bearing, pitch: Math.min(Math.max(pitch, 0), 85) };
}

export function formatCamera(camera: Camera): string {
  // ~1 m at 5 decimals; zoom to 2 decimals is enough to reopen the same view.
  const parts = [camera.lng.toFixed(5), camera.lat.toFixed(5), camera.zoom.toFixed(2)];
  const bearing = Math.round(camera.bearing * 10) / 10;
  const pitch = Math.round(camera.pitch * 10) / 10;
  if (bearing !== 0 || pitch !== 0) parts.push(String(bearing));
  if (pitch !== 0) parts.push(String(pitch));
  return parts.join(',');
}

const SELECTION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

/** `zone:Z-440112-001` → {kind: 'zone', id: 'Z-440112-001'}; anything else → null. */
export function parseSelection(value: string | null): UrlSelection | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon < 1) return null;
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (!(SELECTION_KINDS as readonly string[]).includes(kind) || !SELECTION_ID.test(id)) return null;
  return { kind: kind as UrlSelectionKind, id };
}

export function formatSelection(selection: UrlSelection): string {
  return `${selection.kind}:${selection.id}`;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  // `zone=<id>` is the older spelling of `sel=zone:<id>`; still read so old links keep working.
  const legacyZone = params.get('zone');
  return {
    lang: parseLanguage(params.get('lang')) ?? defaultLanguage,
    theme: isTheme(theme) ? theme : defaultTheme,
    camera: parseCamera(params.get('c')),
    selection: parseSelection(params.get('sel')) ?? (legacyZone ? parseSelection(`zone:${legacyZone}`) : null),
    layers: parseLayerList(params.get('layers')),
  };
}

/** `layers=a,b` → ['a', 'b']; `layers=` (none visible) → []; absent or malformed → null. */
export function parseLayerList(value: string | null): string[] | null {
  if (value === null) return null;
  const keys = value.split(',').filter((key) => key !== '');
  return keys.every((key) => /^[A-Za-z][A-Za-z0-9]{0,40}$/.test(key)) ? keys : null;
}

/** Returns the search string (with `?`, or '' when empty) for `state`, keeping unknown parameters of `current`. */
export function formatUrlState(state: UrlState, current = ''): string {
  const params = new URLSearchParams(current);
  const set = (key: string, value: string | null) => {
    if (value === null) params.delete(key);
    else params.set(key, value);
  };
  set('lang', state.lang === defaultLanguage ? null : state.lang === 'en' ? 'en' : state.lang);
  set('theme', state.theme === defaultTheme ? null : state.theme);
  set('c', state.camera ? formatCamera(state.camera) : null);
  set('sel', state.selection ? formatSelection(state.selection) : null);
  set('layers', state.layers ? state.layers.join(',') : null);
  params.delete('zone');
  const s = params.toString();
  // URLSearchParams escapes ',' which makes camera links unreadable; it is safe in a query.
  return s ? `?${s.replace(/%2C/gi, ',').replace(/%3A/gi, ':')}` : '';
}

export function readUrlState(location: Pick<Location, 'search'> = window.location): UrlState {
  return parseUrlState(location.search);
}

/** Merges `patch` into the URL's state and replaces the current history entry (no reload). */
export function writeUrlState(patch: Partial<UrlState>, win: Window = window): void {
  const { location, history } = win;
  const next = { ...parseUrlState(location.search), ...patch };
  const search = formatUrlState(next, location.search);
  if (search === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}
