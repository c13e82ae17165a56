import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/app-store';
import { landOn, searchOfStore, startUrlSync, writeCamera } from '../../../src/app/url-sync';
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
      '/?account=bureau-manager&at=zone:Z-1&overdue=1&layers=gridZones,issueHeat,feeders,substations,violations&lang=en',
      '/?account=bureau-manager&at=zone:Z-1&overdue=1&layers=gridZones,issueHeat,feeders,substations,violations&lang=en&sel=feeder:F-9',
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
    expect(location.search).toBe('?lang=en&from=2025-01-01&to=2025-01-31&sev=general,serious');
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
