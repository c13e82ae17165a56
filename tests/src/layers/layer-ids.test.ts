import { describe, expect, it } from 'vitest';
import { LAYER_GROUPS, LAYER_IDS, LAYER_KEYS, LAYER_NAMES, SUBLAYER_IDS, groupOf, layerKeyOfId } from '../../../src/layers/layer-ids';

describe('layer ids and names', () => {
  it('names every layer exactly as issue 3 §2 spells them', () => {
    expect(LAYER_KEYS.map((k) => `${LAYER_NAMES[k].zh} / ${LAYER_NAMES[k].en}`)).toEqual([
      '变电站 / Substations',
      '10kV馈线 / Feeders',
      '台区 / Transformer districts',
      '5G基站 / 5G base stations',
      '网格 / Grid zones',
      '党支部 / Party branches',
      '党员 / Party members',
      '党员身边违章 / Violations around members',
      '问题闭环热力 / Issue closure heat',
    ]);
  });

  it('puts each layer in exactly one group, production first', () => {
    expect([...LAYER_GROUPS.production, ...LAYER_GROUPS.party].sort()).toEqual([...LAYER_KEYS].sort());
    expect(groupOf('feeders')).toBe('production');
    expect(groupOf('issueHeat')).toBe('party');
  });

  it('has unique ids, none a prefix of another, and maps sub-layer ids back to their entry', () => {
    const ids = Object.values(LAYER_IDS);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ids) for (const b of ids) if (a !== b) expect(b.startsWith(`${a}-`)).toBe(false);
    expect(layerKeyOfId(SUBLAYER_IDS.transformerDistrictAreas)).toBe('transformerDistricts');
    expect(layerKeyOfId('grid-zones-polygons-fill')).toBe('gridZones');
    expect(layerKeyOfId(SUBLAYER_IDS.violationLinks)).toBe('violations');
    expect(layerKeyOfId('base-map')).toBeNull();
  });
});
