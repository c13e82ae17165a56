import { describe, expect, it } from 'vitest';
import { entryOfPick, LAYER_REGISTRY } from '../../../src/layers/registry';
import type { PickInfoLike, Translate } from '../../../src/layers/layer-entry';
import { placeMembers, memberOffset, MEMBER_SPREAD_DEG } from '../../../src/data/member-markers';
import { formatValue } from '../../../src/lib/format-number';
import type { Member } from '../../../src/api/schemas/org';
import { makeMember as makeFactoryMember } from '../../factories/layers-features';
import { layerContext } from '../../factories/layer-context';

const makeMember = (overrides: Partial<Member> = {}) => makeFactoryMember({ gridTeamId: 'GT1', isGridder: true, ...overrides });

const context = layerContext();
// A lazy entry picks once its code has arrived, as the app gives it.
const lazyParts = new Map<string, readonly unknown[]>(
  await Promise.all(LAYER_REGISTRY.map(async (e) => [e.key, 'lazy' in e && e.lazy ? await Promise.all(e.lazy.map((part) => part.load())) : []] as const)),
);
/** What one path (the registry's entry for the pick) makes of deck.gl's pick info. */
const pickedOf = (info: PickInfoLike) => {
  const entry = entryOfPick(info);
  return entry?.pick(info, { ...context, lazy: lazyParts.get(entry.key) ?? [] }) ?? null;
};
const t: Translate = (key, options) => `${key}${options ? JSON.stringify(options) : ''}`;

describe('picking', () => {
  it('maps deck.gl pick info to what it is and where a click leads, by layer id', () => {
    expect(pickedOf({ layer: { id: 'violations' }, object: undefined, index: 122 })).toMatchObject({
      kind: 'violation',
      target: { selection: { kind: 'violation', id: 'V0000123' } },
    });
    expect(pickedOf({ layer: { id: 'violations-links' }, object: {}, index: 0 })).toBeNull();
    const zone = { id: 'Z1', type: 'Feature', properties: { name: '<img src=x>', transformerDistrictCount: 3, redGrid: false } };
    // A zone is a step on the drill path, from its own layer or the closure-by-zone view.
    expect(pickedOf({ layer: { id: 'grid-zones' }, object: zone, index: 0 })?.target).toEqual({ place: { level: 'zone', id: 'Z1' } });
    expect(pickedOf({ layer: { id: 'issue-heat-closure-zones' }, object: zone, index: 0 })?.target).toEqual({ place: { level: 'zone', id: 'Z1' } });
    expect(pickedOf({ layer: { id: 'transformer-districts-areas' }, object: { id: 'TD1', properties: {} }, index: 0 })?.target).toEqual({
      selection: { kind: 'transformer-district', id: 'TD1' },
    });
    expect(pickedOf({ layer: { id: 'party-members' }, object: { member: makeMember() }, index: 0 })?.target).toEqual({ place: { level: 'member', id: 'M1' } });
    expect(pickedOf({ layer: { id: 'party-branches' }, object: { id: 'B1', name: 'b', memberCount: 3 }, index: 0 })?.target).toEqual({ place: { level: 'branch', id: 'B1' } });
    expect(pickedOf({ layer: { id: 'base-map' }, object: {}, index: 0 })).toBeNull();
  });

  it('a hexagon tells its closure rate but leads nowhere; tooltips are text', () => {
    const hexagon = pickedOf({ layer: { id: 'issue-heat-closure-hexagons' }, object: { count: 3, colorValue: 0.5 }, index: 0 });
    expect(hexagon?.target).toBeNull();
    expect(hexagon?.describe(t, 'en').lines).toEqual(['tooltip.closureRate{"value":"50%"}', 'tooltip.violations{"count":3}']);
    const zone = { id: 'Z1', type: 'Feature', properties: { name: '<img src=x>', transformerDistrictCount: 3, redGrid: false } };
    expect(pickedOf({ layer: { id: 'grid-zones' }, object: zone, index: 0 })?.describe(t, 'zh-CN').title).toBe('<img src=x>');
  });
});

describe('member markers', () => {
  it('places gridders in their zone, others at their branch, and never a masked name', () => {
    const anchors = { zoneOfGridTeam: new Map([['GT1', [113, 23] as [number, number]]]), branchCenter: new Map([['B1', [114, 22] as [number, number]]]) };
    const markers = placeMembers(
      [makeMember(), makeMember({ id: 'M2', gridTeamId: null, isGridder: false }), makeMember({ id: 'M3', nameMasked: true, name: '张*' })],
      anchors,
    );
    expect(markers.map((m) => m.member.id)).toEqual(['M1', 'M2']);
    const [a, b] = markers;
    expect(Math.hypot((a?.position[0] ?? 0) - 113, (a?.position[1] ?? 0) - 23)).toBeLessThanOrEqual(MEMBER_SPREAD_DEG + 1e-9);
    expect(Math.hypot((b?.position[0] ?? 0) - 114, (b?.position[1] ?? 0) - 22)).toBeLessThanOrEqual(MEMBER_SPREAD_DEG + 1e-9);
    expect(memberOffset('M1')).toEqual(memberOffset('M1'));
    expect(memberOffset('M1')).not.toEqual(memberOffset('M2'));
  });

  it('formats ratios as percentages and missing values as a dash', () => {
    expect(formatValue(0.834, 'ratio', 'en')).toBe('83%');
    expect(formatValue(null, 'count', 'zh-CN')).toBe('—');
    expect(formatValue(12.4, 'per100', 'en')).toBe('12');
  });
});
