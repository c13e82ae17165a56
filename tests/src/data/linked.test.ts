import { describe, expect, it } from 'vitest';
import { focusOf, linkedOf, NOTHING_LINKED, type LinkFacts } from '../../../src/data/linked';
import { BUREAU } from '../../../src/lib/url-state';

const facts: LinkFacts = {
  zoneBranch: (id) => (id === 'Z1' ? 'B1' : null),
  feedersThroughZone: (id) => (id === 'Z1' ? ['F1', 'F2'] : []),
  feederZones: (id) => (id === 'F1' ? ['Z1', 'Z2'] : []),
  feederSubstation: (id) => (id === 'F1' ? 'S1' : null),
  feedersOfSubstation: (id) => (id === 'S1' ? ['F1'] : []),
  branchZones: (id) => (id === 'B1' ? ['Z1'] : []),
  transformerDistrict: (id) => (id === 'TD1' ? { zoneId: 'Z1', feederId: 'F1' } : null),
  violation: { zoneId: 'Z1', memberIds: ['M1', 'M2'], feederId: 'F2', transformerDistrictId: null },
  memberBranch: () => 'B1',
};

describe('linked across both maps', () => {
  it('links a zone to its branch, its feeders and its teams’ colours', () => {
    const l = linkedOf({ kind: 'zone', id: 'Z1' }, facts);
    expect(l.teamColoursZoneId).toBe('Z1');
    expect([...l.branchIds]).toEqual(['B1']);
    expect([...l.feederIds]).toEqual(['F1', 'F2']);
  });

  it('links a feeder to the zones it serves, a violation to its zone and members', () => {
    expect([...linkedOf({ kind: 'feeder', id: 'F1' }, facts).zoneIds]).toEqual(['Z1', 'Z2']);
    const v = linkedOf({ kind: 'violation', id: 'V0000001' }, facts);
    expect([...v.zoneIds]).toEqual(['Z1']);
    expect([...v.memberIds]).toEqual(['M1', 'M2']);
    expect([...v.feederIds]).toEqual(['F2']);
  });

  it('links a place on the drill path to what lies in it', () => {
    expect(linkedOf({ kind: 'unit', id: 'U1' }, facts), 'a district bureau is framed, not outlined zone by zone').toBe(NOTHING_LINKED);
    const branch = linkedOf({ kind: 'branch', id: 'B1' }, facts);
    expect([...branch.zoneIds]).toEqual(['Z1']);
    expect([...branch.branchIds]).toEqual(['B1']);
    expect([...linkedOf({ kind: 'member', id: 'M1' }, facts).branchIds]).toEqual(['B1']);
  });

  it('focuses the selection first, else the place, and nothing at the bureau', () => {
    expect(focusOf({ level: 'zone', id: 'Z1' }, { kind: 'feeder', id: 'F1' })).toEqual({ kind: 'feeder', id: 'F1' });
    expect(focusOf({ level: 'zone', id: 'Z1' }, null)).toEqual({ kind: 'zone', id: 'Z1' });
    expect(focusOf(BUREAU, null)).toBeNull();
  });

  it('links nothing without a focus, and reuses one empty set', () => {
    expect(linkedOf(null, facts)).toBe(NOTHING_LINKED);
    expect(linkedOf({ kind: 'zone', id: 'Z9' }, facts).branchIds).toBe(NOTHING_LINKED.branchIds);
  });
});
