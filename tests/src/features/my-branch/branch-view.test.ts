import { describe, expect, it } from 'vitest';
import type { BranchRoster, RosterPerson } from '../../../../src/api/schemas/org';
import type { RankingItem } from '../../../../src/api/schemas/indicators';
import { assignedTransformerDistricts, compareWithSiblings, liaisonChain, zoneViews } from '../../../../src/features/my-branch/lib/branch-view';
import { collection, makeFeeder, makeSubstation, makeTransformerPoint } from '../../../factories/layers-features';

const item = (id: string, rank: number, value: number | null): RankingItem => ({ id, rank, value, name: id, numerator: null, denominator: null, records: null });

const person = (id: string, overrides: Partial<RosterPerson> = {}): RosterPerson => ({
  id,
  name: `${id}名`,
  nameMasked: false,
  kind: 'member',
  role: 'member',
  teamId: 'OT-1',
  gridTeamId: null,
  isGridder: false,
  liaisonIds: [],
  ...overrides,
});

function makeRoster(): BranchRoster {
  return {
    branchId: 'B1',
    name: '一支部',
    unitId: 'U1',
    secretaryId: 'M0',
    people: [
      person('M0', { role: 'secretary', liaisonIds: ['M3', 'GT-1'] }),
      person('M1', { role: 'branch_committee', isGridder: true, gridTeamId: 'GT-1', liaisonIds: ['M2', 'OT-1'] }),
      person('M2', { isGridder: true, gridTeamId: 'GT-1', liaisonIds: ['S1'] }),
      person('M3', { isGridder: true, gridTeamId: 'GT-1' }),
      person('M4', { isGridder: true, gridTeamId: 'GT-1', liaisonIds: ['S2'] }),
      person('S1', { kind: 'staff', role: null, gridTeamId: 'GT-1' }),
      person('S2', { kind: 'staff', role: null }),
    ],
    teams: [
      { id: 'OT-1', name: '运维班', kind: 'operations', unitId: 'U1', branchId: 'B1', zoneId: null, memberIds: ['M0', 'M1'], staffIds: ['S1', 'S2'] },
      { id: 'GT-1', name: '“4+1”网格团队', kind: 'grid', unitId: 'U1', branchId: 'B1', zoneId: 'Z1', memberIds: ['M1', 'M2', 'M3', 'M4'], staffIds: ['S1'] },
    ],
    zoneLiaisons: [{ zoneId: 'Z1', committeeMemberId: 'MX', name: '王*明', nameMasked: true, committeeName: '黄埔供电局党委' }],
  };
}

describe('a branch against its district', () => {
  const ranking = { better: 'higher' as const, order: 'best' as const, items: [item('B2', 1, 90), item('B1', 2, 80), item('B3', 3, 40), item('B4', 4, null)] };

  it('gives the value, the mean of the branches with a value, the place among them and the standing', () => {
    expect(compareWithSiblings(ranking, 'B1')).toEqual({ value: 80, average: 70, rank: 2, of: 3, standing: 'better', side: 'above' });
    expect(compareWithSiblings(ranking, 'B3').standing).toBe('worse');
  });

  it('reads lower-is-better indicators the other way, and a worst-first ranking from the other end', () => {
    // Above the average and worse: the arrow says where it lies, the colour how that reads.
    expect(compareWithSiblings({ ...ranking, better: 'lower' }, 'B1')).toMatchObject({ standing: 'worse', side: 'above' });
    expect(compareWithSiblings({ ...ranking, better: 'lower' }, 'B3')).toMatchObject({ standing: 'better', side: 'below' });
    const worstFirst = { better: 'lower' as const, order: 'worst' as const, items: [item('B2', 1, 90), item('B1', 2, 80), item('B3', 3, 40)] };
    expect(compareWithSiblings(worstFirst, 'B1').rank).toBe(2);
    expect(compareWithSiblings(worstFirst, 'B2').rank).toBe(3);
  });

  it('has no rank or standing without a value, and calls a hair from the average level', () => {
    expect(compareWithSiblings(ranking, 'B4')).toMatchObject({ value: null, rank: null, standing: null, side: null, of: 3 });
    expect(compareWithSiblings({ ...ranking, items: [item('B1', 1, 70.1), item('B2', 2, 70)] }, 'B1')).toMatchObject({ standing: 'level', side: null });
  });
});

describe('the zones of a branch', () => {
  const assets = {
    transformerDistricts: collection([
      { ...makeTransformerPoint('TD1', 'Z1', 'GT-1'), properties: { ...makeTransformerPoint('TD1', 'Z1', 'GT-1').properties, gridderId: 'M3' } },
      makeTransformerPoint('TD2', 'Z2', 'GT-2'),
    ]),
    feeders: collection([{ ...makeFeeder('F1', ['Z1', 'Z9']) }, makeFeeder('F2', ['Z2'])]),
    substations: collection([makeSubstation('S1', 110)]),
  };

  it('lists each zone\'s "4+N" team, its transformer districts with their gridder, its feeders with their substation', () => {
    const [zone] = zoneViews([{ id: 'Z1', name: '一网格' }], makeRoster(), assets);
    expect(zone?.team?.id).toBe('GT-1');
    expect(zone?.gridders.map((g) => g.id)).toEqual(['M1', 'M2', 'M3', 'M4']);
    expect(zone?.staff).toEqual([{ id: 'S1', name: 'S1名', role: 'staff', isGridder: false }]);
    expect(zone?.liaison?.name).toBe('王*明');
    expect(zone?.transformerDistricts).toEqual([{ id: 'TD1', name: 'TD1 台区', customers: 120, gridder: { id: 'M3', name: 'M3名', role: 'member', isGridder: true } }]);
    expect(zone?.feeders).toEqual([{ id: 'F1', name: 'F1 线', substationId: 'S1', substationName: 'S1 变电站' }]);
  });

  it('leaves a zone without a team empty rather than failing', () => {
    const [zone] = zoneViews([{ id: 'Z2', name: '二网格' }], makeRoster(), assets);
    expect(zone).toMatchObject({ team: null, gridders: [], staff: [], liaison: null });
    expect(zone?.transformerDistricts[0]?.gridder).toBeNull();
  });

  it('finds the transformer districts a gridder answers for', () => {
    expect(assignedTransformerDistricts(assets.transformerDistricts, 'M3').map((f) => f.id)).toEqual(['TD1']);
  });
});

describe('the liaison chain', () => {
  it('splits the committee (to members and teams) from the members (to staff)', () => {
    const chain = liaisonChain(makeRoster());
    expect(chain.committee.map((l) => [l.from.id, l.people.map((p) => p.id), l.teams.map((t) => t.id)])).toEqual([
      ['M0', ['M3'], ['GT-1']],
      ['M1', ['M2'], ['OT-1']],
    ]);
    expect(chain.members.map((l) => [l.from.id, l.people.map((p) => p.id)])).toEqual([
      ['M2', ['S1']],
      ['M4', ['S2']],
    ]);
  });
});
