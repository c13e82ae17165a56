import type { AppState, AppStore } from '../store/app-store';
import { visibleLayersForUrl } from '../store/layers-slice';
import { DEFAULT_INDICATOR } from '../store/map-options-slice';
import { formatUrlState, navigationKind, parseUrlState, pathOfMode, type Camera, type Place, type UrlState } from '../lib/url-state';

/*
 * The URL and the store, kept in step (DESIGN §4): every change of where you are is written back, a
 * drill step or selection as a new history entry, anything else (filters, layers, camera) into the
 * current one; back and forward restore everything the entry says.
 */

type HistoryWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** What of the store the URL says: a store change that touches none of these leaves the URL alone. */
const URL_FIELDS = ['mode', 'language', 'theme', 'place', 'selection', 'filters', 'layerCatalogue', 'layerVisibility', 'layerOptions', 'indicator', 'issuesView'] as const;
const sameForUrl = (a: AppState, b: AppState) => URL_FIELDS.every((field) => Object.is(a[field], b[field]));

/** The URL's view of the store (the camera is the map's: it comes from the URL as it stands). */
export function urlStateOf(state: AppState, camera: Camera | null): UrlState {
  return {
    mode: state.mode,
    lang: state.language,
    theme: state.theme,
    place: state.place,
    selection: state.selection,
    camera,
    filters: state.filters,
    layers: visibleLayersForUrl(state.layerCatalogue, state.layerVisibility),
    layerOptions: state.layerOptions,
    // The default indicator is left out of links, like every default.
    indicator: state.indicator === DEFAULT_INDICATOR ? null : state.indicator,
    issues: state.issuesView,
  };
}

let lastSearch: { state: AppState; search: string } | null = null;
/**
 * The URL's query for the store as it stands, without the camera (the links between modes): formatted again
 * only when a field the URL says has changed, since a component selecting it runs this at every store change.
 */
export function searchOfStore(state: AppState): string {
  if (lastSearch && sameForUrl(lastSearch.state, state)) return lastSearch.search;
  const search = formatUrlState(urlStateOf(state, null));
  lastSearch = { state, search };
  return search;
}

function write(win: HistoryWindow, state: UrlState, kind: 'push' | 'replace') {
  const { location, history } = win;
  const url = `${pathOfMode(state.mode)}${formatUrlState(state, location.search)}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (kind === 'push') history.pushState(null, '', url);
  else history.replaceState(history.state, '', url);
}

/** The camera into the current entry, as the map reports it after a move (never a new entry). */
export function writeCamera(camera: Camera, win: HistoryWindow = window): void {
  const current = parseUrlState(win.location.search, win.location.pathname);
  write(win, { ...current, camera }, 'replace');
}

/**
 * Lands on a place without a history entry of its own (a sign-in lands on the account's branch or district bureau: back
 * should leave the app, not return to a city map they never asked for). The URL is rewritten first, so
 * the store's change that follows finds it already written and pushes nothing.
 */
export function landOn(store: AppStore, place: Place, win: HistoryWindow = window): void {
  const here = parseUrlState(win.location.search, win.location.pathname);
  write(win, { ...here, place, selection: null, camera: null }, 'replace');
  store.getState().drillTo(place);
}

/**
 * At most one rewrite of the current entry per this many ms. Dragging the timeline changes the window at
 * every pointer move; browsers ignore (Chromium, Firefox) or refuse (Safari) history calls beyond 100–200 in
 * 10 s, so the link would stop saying where you are, and each call costs the browser a navigation's work.
 */
export const URL_REPLACE_INTERVAL_MS = 300;

/** Starts keeping URL and store in step; returns the function that stops it. */
export function startUrlSync(store: AppStore, win: HistoryWindow = window): () => void {
  let last = parseUrlState(win.location.search, win.location.pathname);
  // While an entry is being restored, the store passes through mixed states: none of them is a navigation.
  let restoring = false;
  // Rewrites of the current entry: the first of a burst at once, the rest as one, with the store as it is then.
  let lastWriteAt = Number.NEGATIVE_INFINITY;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const writeNow = (state: UrlState, kind: 'push' | 'replace') => {
    write(win, state, kind);
    lastWriteAt = Date.now();
  };
  const replaceNow = (state: AppState = store.getState()) => {
    clearTimeout(pending);
    pending = undefined;
    writeNow(urlStateOf(state, parseUrlState(win.location.search, win.location.pathname).camera), 'replace');
  };
  /** The rewrite still waiting, now, as of `state` (by default the store's). */
  const flush = (state?: AppState) => {
    if (pending !== undefined) replaceNow(state);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // Most store changes (hover, legends, panels) are not the URL's: parsing and formatting it on each
    // cost milliseconds per frame of a window change.
    if (restoring || sameForUrl(state, previous)) return;
    const here = parseUrlState(win.location.search, win.location.pathname);
    const next = urlStateOf(state, here.camera);
    const kind = navigationKind(last, next);
    last = next;
    if (kind === 'push') {
      // The entry being left gets its last word first; a new place gets its own camera once the map has framed it.
      flush(previous);
      writeNow({ ...next, camera: null }, 'push');
      return;
    }
    const wait = lastWriteAt + URL_REPLACE_INTERVAL_MS - Date.now();
    if (wait <= 0 && pending === undefined) replaceNow();
    else pending ??= setTimeout(() => replaceNow(), Math.max(0, wait));
  });
  // A reload or a link followed within the interval keeps the last change.
  const onPagehide = () => flush();
  win.addEventListener('pagehide', onPagehide);
  const onPopstate = () => {
    // The entry has already changed: a rewrite meant for the one left must not land on this one.
    clearTimeout(pending);
    pending = undefined;
    const url = parseUrlState(win.location.search, win.location.pathname);
    const s = store.getState();
    restoring = true;
    try {
      s.switchLanguage(url.lang);
      s.switchTheme(url.theme);
      s.restoreFilters(url.filters);
      s.restoreLayers(url.layers, url.layerOptions);
      s.pickIndicator(url.indicator ?? DEFAULT_INDICATOR);
      s.restoreIssuesView(url.issues);
      s.restoreLocation({ mode: url.mode, place: url.place, selection: url.selection }, url.camera);
    } finally {
      restoring = false;
    }
    // The entry as the store understood it (a hand-edited URL's nonsense dropped), in place.
    last = urlStateOf(store.getState(), url.camera);
    writeNow(last, 'replace');
  };
  win.addEventListener('popstate', onPopstate);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPopstate);
    win.removeEventListener('pagehide', onPagehide);
  };
}
