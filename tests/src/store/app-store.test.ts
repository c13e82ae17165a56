import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/app-store';
import { initialVisibility, visibleLayersForUrl } from '../../../src/store/layers-slice';
import { LAYER_KEYS } from '../../../src/layers/layer-ids';

describe('app store', () => {
  it('starts from what the URL said', () => {
    const s = createAppStore({ language: 'en', theme: 'light', selection: { kind: 'zone', id: 'Z1' } }).getState();
    expect([s.language, s.theme, s.selection]).toEqual(['en', 'light', { kind: 'zone', id: 'Z1' }]);
    expect(createAppStore().getState().language).toBe('zh-CN');
  });

  it('switches theme and language as events, toggling without an argument', () => {
    const store = createAppStore();
    store.getState().switchTheme();
    store.getState().switchLanguage();
    expect([store.getState().theme, store.getState().language]).toEqual(['light', 'en']);
    store.getState().switchLanguage('en');
    expect(store.getState().language).toBe('en');
  });

  it('toggles layers and fades groups, clamping opacity', () => {
    const store = createAppStore();
    const before = store.getState().layerVisibility.feeders;
    store.getState().toggleLayer('feeders');
    expect(store.getState().layerVisibility.feeders).toBe(!before);
    store.getState().toggleLayer('feeders', true);
    expect(store.getState().layerVisibility.feeders).toBe(true);
    store.getState().fadeGroup('production', 1.7);
    store.getState().fadeGroup('party', 0.25);
    expect(store.getState().groupOpacity).toEqual({ production: 1, party: 0.25 });
  });

  it('picks how the party layers are drawn, as events', () => {
    const store = createAppStore();
    store.getState().pickZoneIndicator('winOrderCompletion');
    store.getState().colorViolationsBy('severity');
    store.getState().switchHeatView('closureByHexagon');
    store.getState().toggleLayersPanel();
    const s = store.getState();
    expect([s.zoneIndicator, s.violationColorBy, s.heatView, s.layersPanelOpen]).toEqual([
      'winOrderCompletion',
      'severity',
      'closureByHexagon',
      false,
    ]);
  });

  it('has a visibility for each of the map’s layers', () => {
    expect(Object.keys(createAppStore().getState().layerVisibility).sort()).toEqual([...LAYER_KEYS].sort());
  });

  it('selects and clears, and two stores share nothing', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().selectZone('Z7');
    expect(a.getState().selection).toEqual({ kind: 'zone', id: 'Z7' });
    expect(b.getState().selection).toBeNull();
    const before = a.getState().selection;
    a.getState().selectFeature({ kind: 'zone', id: 'Z7' });
    expect(a.getState().selection, 'selecting the same thing again changes nothing').toBe(before);
    a.getState().selectFeature({ kind: 'violation', id: 'V0000001' });
    expect(a.getState().selection).toEqual({ kind: 'violation', id: 'V0000001' });
    a.getState().clearSelection();
    expect(a.getState().selection).toBeNull();
  });
});

describe('layers from the URL', () => {
  it('shows exactly the listed layers, ignores unknown keys, and writes back null for the default set', () => {
    const store = createAppStore({ layers: ['violations', 'noSuchLayer'] });
    const visibility = store.getState().layerVisibility;
    expect(Object.entries(visibility).filter(([, on]) => on).map(([key]) => key)).toEqual(['violations']);
    expect(visibleLayersForUrl(visibility)).toEqual(['violations']);
    expect(visibleLayersForUrl(initialVisibility(null))).toBeNull();
    store.getState().toggleLayer('gridZones', true);
    expect(visibleLayersForUrl(store.getState().layerVisibility)).toEqual(['gridZones', 'violations']);
  });
});
