import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/store/app-store';
import { landOn, searchOfStore, startUrlSync, URL_REPLACE_INTERVAL_MS, writeCamera } from '../../../src/app/url-sync';
import { parseUrlState } from '../../../src/lib/url-state';
import { LAYER_CATALOGUE } from '../../../src/layers/registry';
import { defaultFilters } from '../../../src/store/filters-slice';

/** A window with a history of entries: push, replace, back (popstate). */
function fakeHistory(url: string) {
  const target = new EventTarget();
  const entries = [url];
  let index = 0;
  const location = { pathname: '', search: '', hash: '' };
  const show = () => {
    const u = new URL(entries[index] ?? '/', 'http://x');
    Object.assign(location, { pathname: u.pathname, search: u.search, hash: u.hash });
  };
  show();
  const win = Object.assign(target, {
    location,
    history: {
      state: null,
      pushState: (_s: unknown, _t: string, next: string) => {
        entries.splice(index + 1, Infinity, next);
        index++;
        show();
      },
      replaceState: (_s: unknown, _t: string, next: string) => {
        entries[index] = next;
        show();
      },
    },
  });
  const go = (delta: number) => {
    index += delta;
    show();
    target.dispatchEvent(new Event('popstate'));
  };
  return { win: win as unknown as Window, entries, go, location };
}

const storeAt = (url: string) => {
  const u = new URL(url, 'http://x');
  const state = parseUrlState(u.search, u.pathname);
  return createAppStore({ ...state, language: state.lang, catalogue: LAYER_CATALOGUE });
};

// Date.now and setTimeout both: the sync reads the one and waits with the other.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('URL and store in step', () => {
  it('pushes an entry per drill step and selection, replaces it for filters, layers, language and camera', () => {
    const { win, entries } = fakeHistory('/?account=bureau-manager');
    const store = storeAt('/');
    const stop = startUrlSync(store, win);
    store.getState().drillTo({ level: 'unit', id: 'U-440112' });
    writeCamera({ lng: 113.5, lat: 23.2, zoom: 10.5, bearing: 0, pitch: 0 }, win);
    store.getState().drillTo({ level: 'zone', id: 'Z-1' });
    store.getState().toggleOverdueOnly(true);
    store.getState().toggleLayer('issueHeat', true);
    store.getState().switchLanguage('en');
    store.getState().select({ kind: 'feeder', id: 'F-9' });
    expect(entries).toEqual([
      '/?account=bureau-manager',
      '/?account=bureau-manager&at=unit:U-440112&c=113.50000,23.20000,10.50',
      // The filter, layer and language changes right after the drill step rewrite the entry once, before the selection's.
      '/?account=bureau-manager&at=zone:Z-1&lang=en&overdue=1&layers=gridZones,issueHeat,feeders,substations,violations',
      '/?account=bureau-manager&at=zone:Z-1&lang=en&overdue=1&layers=gridZones,issueHeat,feeders,substations,violations&sel=feeder:F-9',
    ]);
    stop();
    store.getState().drillTo({ level: 'zone', id: 'Z-2' });
    expect(entries).toHaveLength(4);
  });

  it('restores everything an entry says on back and forward: place, selection, camera, filters, layers', () => {
    const { win, go } = fakeHistory('/');
    const store = storeAt('/');
    startUrlSync(store, win);
    store.getState().drillTo({ level: 'unit', id: 'U-440112' });
    writeCamera({ lng: 113.5, lat: 23.2, zoom: 10.5, bearing: 0, pitch: 0 }, win);
    store.getState().drillTo({ level: 'zone', id: 'Z-1' });
    store.getState().toggleSeverity('severe', false);
    store.getState().select({ kind: 'violation', id: 'V0000001' });

    go(-1);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().place).toEqual({ level: 'zone', id: 'Z-1' });
    expect(store.getState().filters.severities).toEqual(['general', 'serious']);
    go(-1);
    expect(store.getState().place).toEqual({ level: 'unit', id: 'U-440112' });
    // The entry's camera comes back as a request the map acts on; the filters as that entry had them.
    expect(store.getState().cameraRequest.camera).toEqual({ lng: 113.5, lat: 23.2, zoom: 10.5, bearing: 0, pitch: 0 });
    expect(store.getState().filters).toEqual(defaultFilters());
    go(-1);
    expect(store.getState().place).toEqual({ level: 'bureau' });
    go(+2);
    expect(store.getState().place).toEqual({ level: 'zone', id: 'Z-1' });
    expect(store.getState().selection).toBeNull();
  });

  it('restores the filters from a replaced URL and popstate (a link, the benchmark), and writes changes back', () => {
    const { win, location } = fakeHistory('/?lang=en');
    const store = createAppStore({ filters: { ...defaultFilters(), overdueOnly: true }, catalogue: LAYER_CATALOGUE });
    startUrlSync(store, win);
    win.history.replaceState(null, '', '/?lang=en&from=2025-01-01&to=2025-01-31');
    win.dispatchEvent(new Event('popstate'));
    // Absent from the URL = default: overdueOnly is off again.
    expect(store.getState().filters).toEqual({ ...defaultFilters(), from: '2025-01-01', to: '2025-01-31' });
    expect(store.getState().language).toBe('en');
    store.getState().toggleSeverity('severe', false);
    vi.advanceTimersByTime(URL_REPLACE_INTERVAL_MS);
    expect(location.search).toBe('?lang=en&from=2025-01-01&to=2025-01-31&sev=general,serious');
  });

  it('rewrites the entry at most once per interval while the window is dragged, and says the last window', () => {
    const { win, location } = fakeHistory('/');
    const writes = vi.spyOn(win.history, 'replaceState');
    const store = storeAt('/');
    const stop = startUrlSync(store, win);
    // A drag: a window a day shorter at every pointer move, 60 a second for 5 s.
    for (let i = 1; i <= 300; i++) {
      store.getState().changeTimeWindow({ from: null, to: `2026-${String(1 + Math.floor(i / 28) % 12).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` });
      vi.advanceTimersByTime(1000 / 60);
    }
    const last = store.getState().filters.to;
    // Far under the 100–200 calls in 10 s that browsers allow; at once for the first move, then every interval.
    expect(writes.mock.calls.length).toBeLessThanOrEqual(Math.ceil(5000 / URL_REPLACE_INTERVAL_MS) + 1);
    expect(writes.mock.calls.length).toBeGreaterThan(5000 / URL_REPLACE_INTERVAL_MS - 2);
    vi.advanceTimersByTime(URL_REPLACE_INTERVAL_MS);
    expect(new URLSearchParams(location.search).get('to')).toBe(last);
    // A change made after a quiet interval is written at once.
    vi.advanceTimersByTime(5000);
    store.getState().toggleOverdueOnly(true);
    expect(new URLSearchParams(location.search).get('overdue')).toBe('1');
    stop();
  });

  it('writes a waiting change when the page goes away, and drops it when back or forward has changed the entry', () => {
    const { win, entries, go, location } = fakeHistory('/');
    const store = storeAt('/');
    startUrlSync(store, win);
    store.getState().drillTo({ level: 'unit', id: 'U-1' });
    store.getState().toggleOverdueOnly(true);
    expect(location.search).not.toContain('overdue');
    win.dispatchEvent(new Event('pagehide'));
    expect(location.search).toContain('overdue=1');
    store.getState().toggleSeverity('severe', false);
    go(-1);
    vi.advanceTimersByTime(URL_REPLACE_INTERVAL_MS);
    // The change still waiting was the second entry's: it is dropped, not written into the first.
    expect(entries[0]).toBe('/');
    expect(store.getState().place).toEqual({ level: 'bureau' });
  });
});

describe('landing on a place', () => {
  it('puts a secretary on their branch in the current entry: no entry of its own, and back from a drill step returns to it', () => {
    const { win, entries, go } = fakeHistory('/?account=secretary-B-1&c=113.30000,23.10000,9.00');
    const store = storeAt('/');
    const stop = startUrlSync(store, win);
    landOn(store, { level: 'branch', id: 'B-1' }, win);
    expect(entries).toEqual(['/?account=secretary-B-1&at=branch:B-1']);
    expect(store.getState().place).toEqual({ level: 'branch', id: 'B-1' });
    store.getState().drillTo({ level: 'member', id: 'M-1' });
    expect(entries).toEqual(['/?account=secretary-B-1&at=branch:B-1', '/?account=secretary-B-1&at=member:M-1']);
    go(-1);
    expect(store.getState().place).toEqual({ level: 'branch', id: 'B-1' });
    stop();
  });
});

describe('the query of the links between modes', () => {
  it('says the place and filters, and follows each change of them', () => {
    const store = storeAt('/?at=unit:U-440112');
    const first = searchOfStore(store.getState());
    expect(first).toContain('at=unit:U-440112');
    store.getState().toggleOverdueOnly(true);
    const filtered = searchOfStore(store.getState());
    expect(filtered).not.toBe(first);
    expect(parseUrlState(filtered, '/').filters.overdueOnly).toBe(true);
    store.getState().drillTo({ level: 'zone', id: 'Z-1' });
    expect(searchOfStore(store.getState())).toContain('at=zone:Z-1');
  });
});
