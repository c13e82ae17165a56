import { describe, expect, it } from 'vitest';
import { pickedOf, selectionOf } from '../../../../src/features/map-layers/lib/picking';
import { placeMembers, memberOffset, MEMBER_SPREAD_DEG } from '../../../../src/features/map-layers/lib/member-markers';
import { formatValue } from '../../../../src/features/map-layers/lib/format';
import type { Member } from '../../../../src/api/schemas/org';

function makeMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'M1',
    name: '张三',
    nameMasked: false,
    branchId: 'B1',
    groupId: 'G1',
    unitId: 'U1',
    teamId: 'T1',
    gridTeamId: 'GT1',
    role: 'member',
    isGridder: true,
    joinedYear: 2010,
    liaisonIds: [],
    ...overrides,
  };
}

describe('picking', () => {
  it('maps deck.gl pick info to what it is, by layer id', () => {
    expect(pickedOf({ layer: { id: 'violations' }, object: undefined, index: 122 })).toEqual({ kind: 'violation', id: 'V0000123', row: 122 });
    expect(pickedOf({ layer: { id: 'violations-links' }, object: {}, index: 0 })).toBeNull();
    const zone = { id: 'Z1', type: 'Feature', properties: { name: '<img src=x>' } };
    expect(pickedOf({ layer: { id: 'grid-zones' }, object: zone, index: 0 })).toMatchObject({ kind: 'zone', id: 'Z1' });
    expect(pickedOf({ layer: { id: 'issue-heat-closure-zones' }, object: zone, index: 0 })).toMatchObject({ kind: 'zone', id: 'Z1' });
    expect(pickedOf({ layer: { id: 'transformer-districts-areas' }, object: { id: 'TD1' }, index: 0 })).toMatchObject({ kind: 'transformer-district', id: 'TD1' });
    expect(pickedOf({ layer: { id: 'party-members' }, object: { member: makeMember() }, index: 0 })).toMatchObject({ kind: 'member', id: 'M1' });
    expect(pickedOf({ layer: { id: 'base-map' }, object: {}, index: 0 })).toBeNull();
  });

  it('selects what was clicked, but not a hexagon', () => {
    expect(selectionOf({ kind: 'hexagon', closureRate: 0.5, count: 3 })).toBeNull();
    expect(selectionOf(pickedOf({ layer: { id: 'feeders' }, object: { id: 'F1' }, index: 0 }))).toEqual({ kind: 'feeder', id: 'F1' });
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
