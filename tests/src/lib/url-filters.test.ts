import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import {
  defaultUrlFilters,
  formatUrlFilters,
  parseUrlFilters,
  subscribeToPopstate,
  syncFiltersToUrl,
  writeUrlFilters,
  type UrlFilters,
} from '../../../src/lib/url-filters';

const vocabulary = {
  categories: ['behaviour', 'equipment', 'management'],
  severities: ['general', 'serious', 'severe'],
  statuses: ['found', 'assigned', 'rectifying', 'awaiting_verification', 'closed'],
} as const;
type V = typeof vocabulary;
const defaults = defaultUrlFilters(vocabulary);

/** A window with just what the URL helpers touch: location, history.replaceState, events. */
function fakeWindow(search: string) {
  const target = new EventTarget();
  const location = { pathname: '/map', search, hash: '#x' };
  const urls: string[] = [];
  const win = Object.assign(target, {
    location,
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => {
        urls.push(url);
        const q = url.indexOf('?');
        const h = url.indexOf('#');
        location.search = q < 0 ? '' : url.slice(q, h < 0 ? undefined : h);
      },
    },
  }) as unknown as Window;
  return { win, urls, location };
}

describe('url-filters', () => {
  it('has everything shown and the whole time range by default, and writes nothing for it', () => {
    expect(parseUrlFilters('', vocabulary)).toEqual(defaults);
    expect(defaults).toEqual({
      from: null,
      to: null,
      categories: ['behaviour', 'equipment', 'management'],
      severities: ['general', 'serious', 'severe'],
      statuses: ['found', 'assigned', 'rectifying', 'awaiting_verification', 'closed'],
      overdueOnly: false,
    });
    expect(formatUrlFilters(defaults, vocabulary)).toBe('');
  });

  it('round-trips every filter through readable parameters', () => {
    const filters: UrlFilters<V> = {
      from: '2025-01-01',
      to: '2025-03-31',
      categories: ['behaviour', 'equipment'],
      severities: ['severe'],
      statuses: ['found', 'assigned'],
      overdueOnly: true,
    };
    const search = formatUrlFilters(filters, vocabulary);
    expect(search).toBe('?from=2025-01-01&to=2025-03-31&cat=behaviour,equipment&sev=severe&st=found,assigned&overdue=1');
    expect(parseUrlFilters(search, vocabulary)).toEqual(filters);
  });

  it('writes lists in contract order whatever order they were picked in', () => {
    const search = formatUrlFilters({ ...defaults, categories: ['management', 'behaviour'] }, vocabulary);
    expect(search).toBe('?cat=behaviour,management');
  });

  it('keeps an empty list: nothing of that kind is shown', () => {
    const search = formatUrlFilters({ ...defaults, severities: [] }, vocabulary);
    expect(search).toBe('?sev=');
    expect(parseUrlFilters(search, vocabulary).severities).toEqual([]);
  });

  it('ignores invalid values, keeping the defaults', () => {
    const parsed = parseUrlFilters('?from=2025-02-30&to=tomorrow&cat=bogus&sev=severe,,nope&st=<img>&overdue=yes', vocabulary);
    expect(parsed).toEqual({ ...defaults, severities: ['severe'] });
    // A window that ends before it starts is dropped whole.
    expect(parseUrlFilters('?from=2025-05-01&to=2025-04-01', vocabulary)).toMatchObject({ from: null, to: null });
    // One valid end is enough.
    expect(parseUrlFilters('?from=2025-05-01', vocabulary)).toMatchObject({ from: '2025-05-01', to: null });
  });

  it('keeps the parameters it does not own and replaces its own', () => {
    const search = formatUrlFilters({ ...defaults, from: '2024-06-01' }, vocabulary, '?lang=en&from=2020-01-01&c=113.3,23.1,9.00&cat=equipment');
    expect(search).toBe('?lang=en&from=2024-06-01&c=113.3,23.1,9.00');
  });

  it('writes with replaceState, keeping path and hash, and not at all when nothing changes', () => {
    const { win, urls } = fakeWindow('?lang=en');
    writeUrlFilters({ ...defaults, overdueOnly: true }, vocabulary, win);
    writeUrlFilters({ ...defaults, overdueOnly: true }, vocabulary, win);
    expect(urls).toEqual(['/map?lang=en&overdue=1#x']);
  });

  it('restores the filters on popstate (replaceState + popstate, as the benchmark does) until unsubscribed', () => {
    const { win, location } = fakeWindow('');
    const restored: UrlFilters<V>[] = [];
    const store = { getState: () => ({ restoreFilters: (f: UrlFilters<V>) => restored.push(f) }) };
    const stop = subscribeToPopstate(store, vocabulary, win);
    location.search = '?from=2024-01-01&to=2024-12-31&sev=serious';
    win.dispatchEvent(new Event('popstate'));
    expect(restored).toEqual([{ ...defaults, from: '2024-01-01', to: '2024-12-31', severities: ['serious'] }]);
    stop();
    win.dispatchEvent(new Event('popstate'));
    expect(restored).toHaveLength(1);
  });

  it('writes the filters back whenever the store changes them, and only then', () => {
    const { win, urls } = fakeWindow('?zone=Z1');
    const store = createStore<{ filters: UrlFilters<V>; other: number }>()(() => ({ filters: defaults, other: 0 }));
    const stop = syncFiltersToUrl(store, vocabulary, win);
    store.setState({ other: 1 });
    store.setState({ filters: { ...defaults, to: '2025-06-30' } });
    expect(urls).toEqual(['/map?zone=Z1&to=2025-06-30#x']);
    stop();
    store.setState({ filters: defaults });
    expect(urls).toHaveLength(1);
  });
});
