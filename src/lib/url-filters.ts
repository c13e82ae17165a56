import { isDay, type Day } from './time-window';

/*
 * The filters' part of the URL: `from`, `to` (calendar days, both inclusive), `cat`, `sev`, `st`
 * (comma lists of contract codes) and `overdue=1`. Invalid values are ignored (the default stands),
 * defaults are left out, and parameters this module does not own are kept as they are, like
 * url-state.ts does for the view. The code lists come in as a vocabulary (src/lib does not import
 * the API contract): the filters slice passes the contract's enumerations.
 *
 *   ?from=2025-01-01&to=2025-03-31&cat=behaviour,equipment&sev=severe&st=found,assigned&overdue=1
 *
 * An empty list (`cat=`) is a choice too: nothing of that kind is shown.
 */

export interface FilterVocabulary {
  categories: readonly string[];
  severities: readonly string[];
  statuses: readonly string[];
}

type CodeOf<V extends FilterVocabulary, K extends keyof FilterVocabulary> = V[K][number];

export interface UrlFilters<V extends FilterVocabulary = FilterVocabulary> {
  /** null: from the start of the data. */
  from: Day | null;
  /** null: to the end of the data. */
  to: Day | null;
  /** The codes shown, in the vocabulary's order; all of them by default. */
  categories: readonly CodeOf<V, 'categories'>[];
  severities: readonly CodeOf<V, 'severities'>[];
  statuses: readonly CodeOf<V, 'statuses'>[];
  /** Only violations whose issue is past its deadline. */
  overdueOnly: boolean;
}

export const FILTER_URL_KEYS = ['from', 'to', 'cat', 'sev', 'st', 'overdue'] as const;

export function defaultUrlFilters<V extends FilterVocabulary>(vocabulary: V): UrlFilters<V> {
  return {
    from: null,
    to: null,
    categories: [...vocabulary.categories],
    severities: [...vocabulary.severities],
    statuses: [...vocabulary.statuses],
    overdueOnly: false,
  };
}

/** The picked codes that exist, deduplicated, in the vocabulary's order. */
export function normaliseCodes<T extends string>(all: readonly T[], picked: Iterable<string>): T[] {
  const set = new Set(picked);
  return all.filter((code) => set.has(code));
}

/** `a,b,c` → the known codes; null (ignore the parameter) when it names none of them but is not empty. */
function parseList<T extends string>(value: string | null, all: readonly T[]): T[] | null {
  if (value === null) return null;
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (parts.length === 0) return [];
  const known = normaliseCodes(all, parts);
  return known.length > 0 ? known : null;
}

export function parseUrlFilters<V extends FilterVocabulary>(search: string, vocabulary: V): UrlFilters<V> {
  const params = new URLSearchParams(search);
  const defaults = defaultUrlFilters(vocabulary);
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
    categories: parseList(params.get('cat'), vocabulary.categories) ?? defaults.categories,
    severities: parseList(params.get('sev'), vocabulary.severities) ?? defaults.severities,
    statuses: parseList(params.get('st'), vocabulary.statuses) ?? defaults.statuses,
    overdueOnly: params.get('overdue') === '1',
  };
}

const sameCodes = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Returns the search string (with `?`, or '' when empty) for `filters`, keeping the other parameters of `current`. */
export function formatUrlFilters<V extends FilterVocabulary>(
  filters: UrlFilters<V>,
  vocabulary: V,
  current = '',
): string {
  const params = new URLSearchParams(current);
  const set = (key: string, value: string | null) => {
    if (value === null) params.delete(key);
    else params.set(key, value);
  };
  const list = (all: readonly string[], picked: readonly string[]) => {
    const codes = normaliseCodes(all, picked);
    return sameCodes(codes, all) ? null : codes.join(',');
  };
  set('from', filters.from !== null && isDay(filters.from) ? filters.from : null);
  set('to', filters.to !== null && isDay(filters.to) ? filters.to : null);
  set('cat', list(vocabulary.categories, filters.categories));
  set('sev', list(vocabulary.severities, filters.severities));
  set('st', list(vocabulary.statuses, filters.statuses));
  set('overdue', filters.overdueOnly ? '1' : null);
  const s = params.toString();
  // URLSearchParams escapes ',' which makes lists unreadable; it is safe in a query.
  return s ? `?${s.replace(/%2C/gi, ',')}` : '';
}

/** Writes the filters into the URL with history.replaceState (no history entry, no reload, no popstate). */
export function writeUrlFilters<V extends FilterVocabulary>(
  filters: UrlFilters<V>,
  vocabulary: V,
  win: Window = window,
): void {
  const { location, history } = win;
  const search = formatUrlFilters(filters, vocabulary, location.search);
  if (search === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** The structural parts of a store these helpers need: the action that restores filters, and change events. */
export interface RestoresFilters<V extends FilterVocabulary> {
  getState(): { restoreFilters: (filters: UrlFilters<V>) => void };
}
export interface EmitsFilters<V extends FilterVocabulary> {
  subscribe(listener: (state: { filters: UrlFilters<V> }, prev: { filters: UrlFilters<V> }) => void): () => void;
}

/**
 * A `popstate` (the back button, or a script that replaced the URL and dispatched one, as the
 * benchmark does) restores the filters from the URL. Returns the unsubscribe function.
 */
export function subscribeToPopstate<V extends FilterVocabulary>(
  store: RestoresFilters<V>,
  vocabulary: V,
  win: Window = window,
): () => void {
  const onPopstate = () => store.getState().restoreFilters(parseUrlFilters(win.location.search, vocabulary));
  win.addEventListener('popstate', onPopstate);
  return () => win.removeEventListener('popstate', onPopstate);
}

/** Writes the filters back to the URL whenever they change. Returns the unsubscribe function. */
export function syncFiltersToUrl<V extends FilterVocabulary>(
  store: EmitsFilters<V>,
  vocabulary: V,
  win: Window = window,
): () => void {
  return store.subscribe((state, prev) => {
    if (state.filters !== prev.filters) writeUrlFilters(state.filters, vocabulary, win);
  });
}
