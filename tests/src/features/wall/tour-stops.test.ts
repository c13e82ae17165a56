import { describe, expect, it } from 'vitest';
import type { UnitTreeNode } from '../../../../src/api/schemas/org';
import { homeOf, rankingSubjectOf, subjectOf, tourPlaces } from '../../../../src/features/wall/lib/tour-stops';

const unit = (id: string, children: UnitTreeNode[] = []): UnitTreeNode => ({
  id,
  name: id,
  nameEn: id,
  kind: children.length ? 'bureau' : 'district_bureau',
  parentId: children.length ? null : 'U-GZ',
  adcode: id.slice(2),
  center: [113.3, 23.1],
  children,
});
const root = unit('U-GZ', [unit('U-440103'), unit('U-440112')]);
const zones = [
  { id: 'Z-440112-002', unitId: 'U-440112' },
  { id: 'Z-440103-001', unitId: 'U-440103' },
  { id: 'Z-440112-010', unitId: 'U-440112' },
  { id: 'Z-440112-001', unitId: 'U-440112' },
];

describe('the stops of a wall’s tour', () => {
  it('for the bureau (or an account of the whole bureau): the bureau, then each district bureau', () => {
    const home = homeOf(root, null);
    expect(home.id).toBe('U-GZ');
    expect(tourPlaces(root, home, zones)).toEqual([{ level: 'bureau' }, { level: 'unit', id: 'U-440103' }, { level: 'unit', id: 'U-440112' }]);
  });

  it('for a district manager: their district bureau, then each of its zones in id order, none of another district', () => {
    const home = homeOf(root, 'U-440112');
    expect(home.id).toBe('U-440112');
    expect(tourPlaces(root, home, zones)).toEqual([
      { level: 'unit', id: 'U-440112' },
      { level: 'zone', id: 'Z-440112-001' },
      { level: 'zone', id: 'Z-440112-002' },
      { level: 'zone', id: 'Z-440112-010' },
    ]);
    // Before the zones have arrived: the district alone (no tour of one stop).
    expect(tourPlaces(root, home, [])).toEqual([{ level: 'unit', id: 'U-440112' }]);
  });

  it('falls back to the bureau for a unit the tree does not have', () => {
    expect(homeOf(root, 'U-999999').id).toBe('U-GZ');
  });

  it('asks the API about the stop itself: the bureau is the root unit', () => {
    expect(subjectOf({ level: 'bureau' }, root)).toEqual({ level: 'unit', id: 'U-GZ' });
    expect(subjectOf({ level: 'zone', id: 'Z-440112-002' }, root)).toEqual({ level: 'zone', id: 'Z-440112-002' });
    expect(subjectOf({ level: 'branch', id: 'B-440112-01' }, root)).toBeNull();
  });

  it('ranks a unit’s children on the bureau’s tour, the district’s zones at every stop of a district’s', () => {
    const bureau = homeOf(root, null);
    expect(rankingSubjectOf({ level: 'unit', id: 'U-440103' }, root, bureau, 'violations_per_transformer_district_per_year')).toEqual({ level: 'unit', id: 'U-440103', key: 'violations_per_transformer_district_per_year' });
    const district = homeOf(root, 'U-440112');
    const zoneRanking = { level: 'unit', id: 'U-440112', childLevel: 'zone', key: 'severe_share' };
    expect(rankingSubjectOf({ level: 'unit', id: 'U-440112' }, root, district, 'severe_share')).toEqual(zoneRanking);
    expect(rankingSubjectOf({ level: 'zone', id: 'Z-440112-002' }, root, district, 'severe_share')).toEqual(zoneRanking);
    // Zones have no work operations: a rate per 100 operations cannot rank them.
    expect(rankingSubjectOf({ level: 'zone', id: 'Z-440112-002' }, root, district, 'violations_per_100_operations').key).toBe('violations_per_transformer_district_per_year');
  });
});
