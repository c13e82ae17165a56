import { issueStatuses, severities, violationCategories, workTypes } from '../api/schemas/enums';
import type { IssueStatus, Severity, ViolationCategory, WorkType } from '../api/schemas/enums';
import { isDay, type Day } from './time-window';
import { defaultLanguage, defaultTheme, isTheme, parseLanguage, type Language, type Theme } from './view-options';

/*
 * The URL is where you are. One schema (URL_SCHEMA below: one codec per part) reads all of it and
 * writes all of it:
 *
 *   /<mode>?at=<level>:<id>&sel=<kind>:<id>&c=<lng,lat,zoom[,bearing[,pitch]]>
 *          &from=…&to=…&cat=…&sev=…&st=…&overdue=1&layers=…&lo=<layer>:<option>,…&ind=<indicator>
 *          &lang=en&theme=light
 *          &issue=<id>&state=<statuses>&late=1&sort=-deadline   (the issues workspace)
 *
 * The mode is the path (the app's route table says which exist); `at` is the place on the drill path
 * (absent: the bureau); `sel` an object on the map. Invalid values are ignored (the default stands),
 * defaults are left out so links stay short, and parameters the schema does not know are kept.
 * Which changes push a history entry is history's business (navigationKind).
 *
 * The wall mode (`/wall`) reads a few options of its own (features/wall/lib/wall-options.ts): they are kept
 * in the URL like any parameter the schema does not own, and parsed where the wall starts.
 */

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The drill path: bureau → district bureau (unit) → branch → grid zone → member. */
export const PLACE_LEVELS = ['unit', 'branch', 'zone', 'member'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];
export type Place = { level: 'bureau' } | { level: PlaceLevel; id: string };
export const BUREAU: Place = { level: 'bureau' };

/** What can be selected on the map without moving along the drill path. */
export const SELECTION_KINDS = ['violation', 'feeder', 'substation', 'transformer-district', 'base-station'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export interface Selection {
  kind: SelectionKind;
  id: string;
}

export interface UrlFilters {
  /** null: from the start of the data. */
  from: Day | null;
  /** null: to the end of the data. */
  to: Day | null;
  /** The codes shown, in contract order; all of them by default. An empty list shows nothing. */
  categories: readonly ViolationCategory[];
  severities: readonly Severity[];
  statuses: readonly IssueStatus[];
  workTypes: readonly WorkType[];
  /** Only violations whose issue is past its deadline. */
  overdueOnly: boolean;
}

/** The issues workspace (`/issues`): the open issue and the list's filters and order. */
export interface IssuesView {
  /** The issue whose detail is open (`issue=`); null: none. */
  open: string | null;
  /** The states listed (`state=`); by default the open ones (not closed). */
  states: readonly IssueStatus[];
  /** Only issues past their deadline (`late=1`). */
  lateOnly: boolean;
  /** By deadline, soonest first (`deadline`, the default) or latest first (`-deadline`). */
  sort: IssueSort;
}
export const ISSUE_SORTS = ['deadline', '-deadline'] as const;
export type IssueSort = (typeof ISSUE_SORTS)[number];
const OPEN_STATES = issueStatuses.filter((s) => s !== 'closed');
export const defaultIssuesView = (): IssuesView => ({ open: null, states: OPEN_STATES, lateOnly: false, sort: 'deadline' });

export interface UrlState {
  /** The first path segment; '' is the map. */
  mode: string;
  lang: Language;
  theme: Theme;
  place: Place;
  selection: Selection | null;
  /** null: fit the map to the place (or to Guangzhou). */
  camera: Camera | null;
  filters: UrlFilters;
  /** Visible layer keys (`layers=` lists them; `layers=` empty: none); null: the default set. */
  layers: readonly string[] | null;
  /** One drawing option per layer key, e.g. { violations: 'severity' }; absent: the layer's default. */
  layerOptions: Readonly<Record<string, string>>;
  /** The indicator zones are coloured and ranked by (a catalogue key, checked by the store); null: default. */
  indicator: string | null;
  issues: IssuesView;
}

export const defaultFilters = (): UrlFilters => ({
  from: null,
  to: null,
  categories: [...violationCategories],
  severities: [...severities],
  statuses: [...issueStatuses],
  workTypes: [...workTypes],
  overdueOnly: false,
});

/** How many of the panel's dimensions (category, severity, status, work type, overdue) filter something (the time window aside). */
export const activeFilterCount = (f: Pick<UrlFilters, 'categories' | 'severities' | 'statuses' | 'workTypes' | 'overdueOnly'>): number =>
  Number(f.categories.length < violationCategories.length) +
  Number(f.severities.length < severities.length) +
  Number(f.statuses.length < issueStatuses.length) +
  Number(f.workTypes.length < workTypes.length) +
  Number(f.overdueOnly);

export const defaultUrlState = (): UrlState => ({
  mode: '',
  lang: defaultLanguage,
  theme: defaultTheme,
  place: BUREAU,
  selection: null,
  camera: null,
  filters: defaultFilters(),
  layers: null,
  layerOptions: {},
  indicator: null,
  issues: defaultIssuesView(),
});

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;

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

/** `kind:id` with a known kind and a well-formed id, else null. */
function parseTagged<K extends string>(value: string | null, kinds: readonly K[]): { kind: K; id: string } | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon < 1) return null;
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  return (kinds as readonly string[]).includes(kind) && ID.test(id) ? { kind: kind as K, id } : null;
}

export const parseSelection = (value: string | null): Selection | null => parseTagged(value, SELECTION_KINDS);

export function parsePlace(value: string | null): Place | null {
  const tagged = parseTagged(value, PLACE_LEVELS);
  return tagged ? { level: tagged.kind, id: tagged.id } : null;
}

export const formatPlace = (place: Place): string | null => (place.level === 'bureau' ? null : `${place.level}:${place.id}`);
export const samePlace = (a: Place, b: Place) => formatPlace(a) === formatPlace(b);
export const sameSelection = (a: Selection | null, b: Selection | null) => a?.kind === b?.kind && a?.id === b?.id;

/** The picked codes that exist, deduplicated, in the vocabulary's order. */
export function normaliseCodes<T extends string>(all: readonly T[], picked: Iterable<string>): T[] {
  const set = new Set(picked);
  return all.filter((code) => set.has(code));
}

/** `a,b,c` → the known codes; `''` → none; null (ignore the parameter) when it names none of them. */
function parseCodes<T extends string>(value: string | null, all: readonly T[]): T[] | null {
  if (value === null) return null;
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (parts.length === 0) return [];
  const known = normaliseCodes(all, parts);
  return known.length > 0 ? known : null;
}

const formatCodes = (all: readonly string[], picked: readonly string[]) => {
  const codes = normaliseCodes(all, picked);
  return codes.length === all.length ? null : codes.join(',');
};

function parseFilters(params: URLSearchParams): UrlFilters {
  const d = defaultFilters();
  const day = (key: string) => {
    const value = params.get(key);
    return isDay(value) ? value : null;
  };
  let from = day('from');
  let to = day('to');
  // A window that ends before it starts is not a window: both ends are ignored.
  if (from !== null && to !== null && from > to) [from, to] = [null, null];
  return {
    from,
    to,
    categories: parseCodes(params.get('cat'), violationCategories) ?? d.categories,
    severities: parseCodes(params.get('sev'), severities) ?? d.severities,
    statuses: parseCodes(params.get('st'), issueStatuses) ?? d.statuses,
    workTypes: parseCodes(params.get('wt'), workTypes) ?? d.workTypes,
    overdueOnly: params.get('overdue') === '1',
  };
}

/** `layers=a,b` → ['a', 'b']; `layers=` (none visible) → []; absent or malformed → null. */
export function parseLayerList(value: string | null): string[] | null {
  if (value === null) return null;
  const keys = value.split(',').filter((key) => key !== '');
  return keys.every((key) => KEY.test(key)) ? keys : null;
}

/** `lo=violations:severity,issueHeat:closureByZone` → { violations: 'severity', … }; malformed entries are dropped. */
function parseLayerOptions(value: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of (value ?? '').split(',')) {
    const [key, option] = entry.split(':');
    if (key && option && KEY.test(key) && KEY.test(option)) out[key] = option;
  }
  return out;
}

type Codec<K extends keyof UrlState> = {
  /** The parameters this part owns. */
  params: readonly string[];
  parse(params: URLSearchParams): UrlState[K];
  /** Each owned parameter's value; null: leave it out. */
  format(value: UrlState[K]): Record<string, string | null>;
};

/** The schema: every part of "where you are", with the parameters it owns. */
const URL_SCHEMA: { [K in Exclude<keyof UrlState, 'mode'>]: Codec<K> } = {
  lang: {
    params: ['lang'],
    parse: (p) => parseLanguage(p.get('lang')) ?? defaultLanguage,
    format: (lang) => ({ lang: lang === defaultLanguage ? null : lang }),
  },
  theme: {
    params: ['theme'],
    parse: (p) => {
      const theme = p.get('theme');
      return isTheme(theme) ? theme : defaultTheme;
    },
    format: (theme) => ({ theme: theme === defaultTheme ? null : theme }),
  },
  place: {
    // `sel=zone:…` and `zone=…` are older spellings of a zone (or branch, member) place: old links still work.
    params: ['at', 'zone'],
    parse: (p) => {
      const legacy = parseTagged(p.get('sel'), ['zone', 'branch', 'member'] as const);
      const zone = p.get('zone');
      return (
        parsePlace(p.get('at')) ??
        (legacy ? { level: legacy.kind, id: legacy.id } : null) ??
        (zone ? parsePlace(`zone:${zone}`) : null) ??
        BUREAU
      );
    },
    format: (place) => ({ at: formatPlace(place), zone: null }),
  },
  selection: {
    params: ['sel'],
    parse: (p) => parseSelection(p.get('sel')),
    format: (selection) => ({ sel: selection ? `${selection.kind}:${selection.id}` : null }),
  },
  camera: {
    params: ['c'],
    parse: (p) => parseCamera(p.get('c')),
    format: (camera) => ({ c: camera ? formatCamera(camera) : null }),
  },
  filters: {
    params: ['from', 'to', 'cat', 'sev', 'st', 'wt', 'overdue'],
    parse: parseFilters,
    format: (f) => ({
      from: f.from !== null && isDay(f.from) ? f.from : null,
      to: f.to !== null && isDay(f.to) ? f.to : null,
      cat: formatCodes(violationCategories, f.categories),
      sev: formatCodes(severities, f.severities),
      st: formatCodes(issueStatuses, f.statuses),
      wt: formatCodes(workTypes, f.workTypes),
      overdue: f.overdueOnly ? '1' : null,
    }),
  },
  layers: {
    params: ['layers'],
    parse: (p) => parseLayerList(p.get('layers')),
    format: (layers) => ({ layers: layers ? layers.join(',') : null }),
  },
  layerOptions: {
    params: ['lo'],
    parse: (p) => parseLayerOptions(p.get('lo')),
    format: (options) => {
      const entries = Object.entries(options).filter(([k, v]) => KEY.test(k) && KEY.test(v));
      return { lo: entries.length ? entries.map(([k, v]) => `${k}:${v}`).join(',') : null };
    },
  },
  indicator: {
    params: ['ind'],
    parse: (p) => {
      const key = p.get('ind');
      return key && KEY.test(key) ? key : null;
    },
    format: (indicator) => ({ ind: indicator }),
  },
  issues: {
    params: ['issue', 'state', 'late', 'sort'],
    parse: (p) => {
      const open = p.get('issue');
      const sort = p.get('sort');
      return {
        open: open && ID.test(open) ? open : null,
        states: parseCodes(p.get('state'), issueStatuses) ?? OPEN_STATES,
        lateOnly: p.get('late') === '1',
        sort: (ISSUE_SORTS as readonly (string | null)[]).includes(sort) ? (sort as IssueSort) : 'deadline',
      };
    },
    format: (v) => {
      const states = normaliseCodes(issueStatuses, v.states).join(',');
      return {
        issue: v.open,
        state: states === OPEN_STATES.join(',') ? null : states,
        late: v.lateOnly ? '1' : null,
        sort: v.sort === 'deadline' ? null : v.sort,
      };
    },
  },
};

/** The first path segment below the app's base ('' for the map). */
export function modeOfPath(pathname: string): string {
  const segment = pathname.split('/').filter(Boolean)[0] ?? '';
  return KEY.test(segment.replace(/-/g, '_')) ? segment : '';
}

export function parseUrlState(search: string, pathname = '/'): UrlState {
  const params = new URLSearchParams(search);
  const state = { mode: modeOfPath(pathname) } as Record<string, unknown>;
  for (const [part, codec] of Object.entries(URL_SCHEMA)) state[part] = (codec as Codec<keyof UrlState>).parse(params);
  return state as unknown as UrlState;
}

/** The search string (with `?`, or '' when empty) for `state`, keeping the parameters of `current` it does not own. */
export function formatUrlState(state: Omit<UrlState, 'mode'>, current = ''): string {
  const params = new URLSearchParams(current);
  for (const [part, codec] of Object.entries(URL_SCHEMA)) {
    const values = (codec as Codec<keyof UrlState>).format(state[part as keyof typeof state]);
    for (const name of codec.params) {
      const value = values[name];
      if (value === null || value === undefined) params.delete(name);
      else params.set(name, value);
    }
  }
  const s = params.toString();
  // URLSearchParams escapes ',' and ':', which makes links unreadable; both are safe in a query.
  return s ? `?${s.replace(/%2C/gi, ',').replace(/%3A/gi, ':')}` : '';
}

export function pathOfMode(mode: string): string {
  return mode ? `/${mode}` : '/';
}

/** A history entry is pushed when where you are changes (mode, place, selection, open issue); anything else replaces it. */
export function navigationKind(prev: UrlState, next: UrlState): 'push' | 'replace' {
  // A wall tours by itself for weeks and nobody goes back on it: a history entry per stop would pile up.
  if (prev.mode === 'wall' && next.mode === 'wall') return 'replace';
  return prev.mode !== next.mode ||
    !samePlace(prev.place, next.place) ||
    !sameSelection(prev.selection, next.selection) ||
    prev.issues.open !== next.issues.open
    ? 'push'
    : 'replace';
}
