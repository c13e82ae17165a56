import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/app-store';
import { initialVisibility, layerOptionOf, visibleLayersForUrl } from '../../../src/store/layers-slice';
import { LAYER_CATALOGUE, LAYER_KEYS } from '../../../src/layers/registry';
import { BUREAU } from '../../../src/lib/url-state';

const withLayers = (init: Parameters<typeof createAppStore>[0] = {}) => createAppStore({ catalogue: LAYER_CATALOGUE, ...init });

describe('app store', () => {
  it('starts from what the URL said', () => {
    const s = createAppStore({ language: 'en', theme: 'light', place: { level: 'zone', id: 'Z1' }, selection: { kind: 'feeder', id: 'F1' } }).getState();
    expect([s.language, s.theme, s.place, s.selection]).toEqual(['en', 'light', { level: 'zone', id: 'Z1' }, { kind: 'feeder', id: 'F1' }]);
    expect(createAppStore().getState()).toMatchObject({ language: 'zh-CN', place: BUREAU, selection: null, indicator: 'violations_per_transformer_district_per_year' });
  });

  it('switches theme and language as events, toggling without an argument', () => {
    const store = createAppStore();
    store.getState().switchTheme();
    store.getState().switchLanguage();
    expect([store.getState().theme, store.getState().language]).toEqual(['light', 'en']);
    store.getState().switchLanguage('en');
    expect(store.getState().language).toBe('en');
  });

  it('toggles layers and fades groups, clamping opacity; a key it does not know changes nothing', () => {
    const store = withLayers();
    const before = store.getState().layerVisibility.feeders;
    store.getState().toggleLayer('feeders');
    expect(store.getState().layerVisibility.feeders).toBe(!before);
    store.getState().toggleLayer('feeders', true);
    expect(store.getState().layerVisibility.feeders).toBe(true);
    const visibility = store.getState().layerVisibility;
    store.getState().toggleLayer('noSuchLayer', true);
    expect(store.getState().layerVisibility).toBe(visibility);
    store.getState().fadeGroup('production', 1.7);
    store.getState().fadeGroup('party', 0.25);
    expect(store.getState().groupOpacity).toEqual({ production: 1, party: 0.25 });
  });

  it('picks how layers are drawn and what zones are coloured by, as events, refusing what does not exist', () => {
    const store = withLayers();
    store.getState().pickIndicator('win_order_completion');
    store.getState().pickIndicator('no_such_indicator');
    store.getState().pickLayerOption('violations', 'severity');
    store.getState().pickLayerOption('issueHeat', 'closureByHexagon');
    store.getState().pickLayerOption('issueHeat', 'bogus');
    store.getState().toggleLayersPanel();
    const s = store.getState();
    expect([s.indicator, layerOptionOf(s, 'violations'), layerOptionOf(s, 'issueHeat'), s.layersPanelOpen]).toEqual([
      'win_order_completion',
      'severity',
      'heat',
      false,
    ]);
    // Defaults are not kept as choices (links stay short).
    store.getState().pickLayerOption('violations', 'category');
    expect(store.getState().layerOptions).toEqual({});
  });

  it('has a visibility for each of the registry’s layers', () => {
    expect(Object.keys(withLayers().getState().layerVisibility).sort()).toEqual([...LAYER_KEYS].sort());
  });

  it('drills and selects as events; each asks the camera to follow; two stores share nothing', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().drillTo({ level: 'unit', id: 'U1' });
    expect(a.getState().place).toEqual({ level: 'unit', id: 'U1' });
    expect(b.getState().place).toEqual(BUREAU);
    a.getState().select({ kind: 'violation', id: 'V0000001' });
    const seq = a.getState().cameraRequest.seq;
    const before = a.getState().selection;
    a.getState().select({ kind: 'violation', id: 'V0000001' });
    expect(a.getState().selection, 'selecting the same thing again changes nothing').toBe(before);
    expect(a.getState().cameraRequest.seq).toBe(seq);
    // A drill step clears the selection; Escape (clearSelection) keeps the place.
    a.getState().drillTo({ level: 'zone', id: 'Z1' });
    expect(a.getState()).toMatchObject({ place: { level: 'zone', id: 'Z1' }, selection: null, cameraRequest: { seq: seq + 1, camera: null } });
    a.getState().select({ kind: 'feeder', id: 'F1' });
    a.getState().clearSelection();
    expect(a.getState()).toMatchObject({ place: { level: 'zone', id: 'Z1' }, selection: null });
  });

  it('restores a history entry: back to its camera when it has one, else framed', () => {
    const store = createAppStore();
    const camera = { lng: 113, lat: 23, zoom: 9, bearing: 0, pitch: 0 };
    store.getState().restoreLocation({ mode: '', place: { level: 'unit', id: 'U1' }, selection: null }, camera);
    expect(store.getState().cameraRequest).toEqual({ seq: 1, camera });
    store.getState().restoreLocation({ mode: '', place: BUREAU, selection: null }, null);
    expect(store.getState().cameraRequest).toEqual({ seq: 2, camera: null });
  });

  it('asks for no move when an entry is restored on the spot already asked for (a window change)', () => {
    const store = createAppStore();
    const camera = { lng: 113, lat: 23, zoom: 9, bearing: 0, pitch: 0 };
    const here = { mode: '', place: BUREAU, selection: null };
    store.getState().restoreLocation(here, camera);
    const request = store.getState().cameraRequest;
    store.getState().restoreLocation(here, { ...camera });
    expect(store.getState().cameraRequest).toBe(request);
    // Another camera on the same spot is a move.
    store.getState().restoreLocation(here, { ...camera, zoom: 11 });
    expect(store.getState().cameraRequest).toEqual({ seq: request.seq + 1, camera: { ...camera, zoom: 11 } });
  });

  it('notifies subscribers only of changes: restoring what is already there is silent', () => {
    const store = createAppStore({ theme: 'dark', language: 'zh-CN' });
    const notified: string[] = [];
    store.subscribe((state, previous) => notified.push(state === previous ? 'same' : 'changed'));
    const s = store.getState();
    s.switchTheme('dark');
    s.switchLanguage('zh-CN');
    s.restoreLayers(null, {});
    s.pickIndicator(s.indicator);
    s.restoreIssuesView({ ...s.issuesView, states: [...s.issuesView.states] });
    s.restoreLocation({ mode: s.mode, place: s.place, selection: null }, null);
    s.restoreFilters({ ...s.filters });
    expect(notified).toEqual([]);
    s.switchTheme('light');
    expect(notified).toEqual(['changed']);
    expect(store.getState().theme).toBe('light');
  });
});

describe('layers from the URL', () => {
  it('shows exactly the listed layers, ignores unknown keys, and writes back null for the default set', () => {
    const store = withLayers({ layers: ['violations', 'noSuchLayer'] });
    const visibility = store.getState().layerVisibility;
    expect(Object.entries(visibility).filter(([, on]) => on).map(([key]) => key)).toEqual(['violations']);
    expect(visibleLayersForUrl(LAYER_CATALOGUE, visibility)).toEqual(['violations']);
    expect(visibleLayersForUrl(LAYER_CATALOGUE, initialVisibility(LAYER_CATALOGUE, null))).toBeNull();
    store.getState().toggleLayer('gridZones', true);
    expect(visibleLayersForUrl(LAYER_CATALOGUE, store.getState().layerVisibility)).toEqual(['gridZones', 'violations']);
  });
});
