import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/app-store';
import { syncStoreToUrl } from '../../../src/app/url-sync';
import { parseUrlState } from '../../../src/lib/url-state';

function fakeWindow(search: string) {
  const location = { pathname: '/', search, hash: '' };
  const urls: string[] = [];
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => {
        urls.push(url);
        location.search = url.slice(1).includes('?') ? url.slice(url.indexOf('?')) : '';
      },
    },
  } as unknown as Window;
  return { win, urls };
}

describe('syncStoreToUrl', () => {
  it('writes language, theme, the selected zone and the layers to the URL, keeping the camera', () => {
    const { win, urls } = fakeWindow('?c=113.3,23.1,9.00');
    const store = createAppStore();
    const stop = syncStoreToUrl(store, win);
    store.getState().switchLanguage('en');
    store.getState().selectZone('Z-HP-001');
    store.getState().switchTheme('light');
    const camera = { lng: 113.3, lat: 23.1, zoom: 9, bearing: 0, pitch: 0 };
    expect(parseUrlState(win.location.search)).toEqual({
      lang: 'en',
      theme: 'light',
      camera,
      selection: { kind: 'zone', id: 'Z-HP-001' },
      layers: null,
    });
    store.getState().clearSelection();
    expect(parseUrlState(win.location.search)).toEqual({ lang: 'en', theme: 'light', camera, selection: null, layers: null });
    store.getState().toggleLayer('issueHeat', true);
    expect(parseUrlState(win.location.search).layers).toEqual(['substations', 'feeders', 'gridZones', 'violations', 'issueHeat']);
    stop();
    store.getState().switchLanguage('zh-CN');
    expect(urls).toHaveLength(5);
  });
});
