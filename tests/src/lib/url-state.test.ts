import { describe, expect, it } from 'vitest';
import { formatUrlState, parseCamera, parseUrlState, writeUrlState, defaultUrlState, type UrlState } from '../../../src/lib/url-state';

describe('url-state', () => {
  it('defaults to Chinese, dark, fitted to Guangzhou, nothing selected', () => {
    expect(parseUrlState('')).toEqual(defaultUrlState);
    expect(defaultUrlState).toEqual({ lang: 'zh-CN', theme: 'dark', camera: null, selection: null, layers: null });
  });

  it('round-trips a full state through the URL', () => {
    const state: UrlState = {
      lang: 'en',
      theme: 'light',
      camera: { lng: 113.48054, lat: 23.18171, zoom: 11.25, bearing: 30, pitch: 45 },
      selection: { kind: 'zone', id: 'Z-HP-012' },
      layers: ['violations', 'gridZones'],
    };
    const search = formatUrlState(state);
    expect(search).toBe('?lang=en&theme=light&c=113.48054,23.18171,11.25,30,45&sel=zone:Z-HP-012&layers=violations,gridZones');
    expect(parseUrlState(search)).toEqual(state);
  });

  it('leaves defaults out and keeps parameters it does not own', () => {
    expect(formatUrlState(defaultUrlState)).toBe('');
    expect(formatUrlState({ ...defaultUrlState, lang: 'en' }, '?debug=1&lang=zh-CN')).toBe('?debug=1&lang=en');
  });

  it('accepts the short forms people type and rejects nonsense', () => {
    expect(parseUrlState('?lang=EN').lang).toBe('en');
    expect(parseUrlState('?lang=zh').lang).toBe('zh-CN');
    expect(parseUrlState('?lang=fr&theme=neon').lang).toBe('zh-CN');
    expect(parseUrlState('?theme=neon').theme).toBe('dark');
    expect(parseUrlState('?zone=%3Cscript%3E').selection).toBeNull();
    expect(parseUrlState('?sel=zone:%3Cscript%3E').selection).toBeNull();
    expect(parseUrlState('?sel=planet:Z1').selection).toBeNull();
    expect(parseUrlState('?sel=Z1').selection).toBeNull();
    expect(parseUrlState('?layers=').layers).toEqual([]);
    expect(parseUrlState('?layers=violations,%3Cimg%3E').layers).toBeNull();
    expect(parseCamera('113,23')).toBeNull();
    expect(parseCamera('113,95,9')).toBeNull();
    expect(parseCamera('abc,23,9')).toBeNull();
    expect(parseCamera('113.3,23.1,9')).toEqual({ lng: 113.3, lat: 23.1, zoom: 9, bearing: 0, pitch: 0 });
  });

  it('reads the selection as sel=<kind>:<id>, and the older zone=<id> as a zone', () => {
    expect(parseUrlState('?sel=violation:V0000123').selection).toEqual({ kind: 'violation', id: 'V0000123' });
    expect(parseUrlState('?sel=transformer-district:TD-1').selection).toEqual({ kind: 'transformer-district', id: 'TD-1' });
    expect(parseUrlState('?zone=Z-440112-001').selection).toEqual({ kind: 'zone', id: 'Z-440112-001' });
    // Writing drops the old spelling: one selection, one key.
    expect(formatUrlState({ ...defaultUrlState, selection: { kind: 'feeder', id: 'F-9' } }, '?zone=Z1')).toBe('?sel=feeder:F-9');
  });

  it('writes with replaceState, merging into what the URL already says', () => {
    const calls: string[] = [];
    const win = {
      location: { pathname: '/', search: '?lang=en&debug=1', hash: '#x' },
      history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => calls.push(url) },
    } as unknown as Window;
    writeUrlState({ theme: 'light' }, win);
    expect(calls).toEqual(['/?lang=en&debug=1&theme=light#x']);
    // Nothing changes: no history call.
    writeUrlState({ lang: 'en' }, win);
    expect(calls).toHaveLength(1);
  });
});
