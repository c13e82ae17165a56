import { describe, expect, it } from 'vitest';
import { assetQueries, snapBBox } from '../../../../src/api/queries/assets';
import { orgQueries } from '../../../../src/api/queries/org';
import { violationQueries } from '../../../../src/api/queries/violations';
import { indicatorQueries, sameSubjectPlaceholder } from '../../../../src/api/queries/indicators';
import { issueQueries } from '../../../../src/api/queries/issues';

describe('data query factories', () => {
  it('key from generic to specific', () => {
    const keys = [
      [assetQueries.all(), assetQueries.feeders().queryKey],
      [assetQueries.all(), assetQueries.transformerDistrictAreas([113, 23, 113.1, 23.1]).queryKey],
      [orgQueries.all(), orgQueries.branchMembers('B1').queryKey],
      [violationQueries.all(), violationQueries.columns().queryKey],
      [indicatorQueries.all(), indicatorQueries.report({ level: 'branch', id: 'B1' }).queryKey],
      [indicatorQueries.all(), indicatorQueries.ranking({ level: 'unit', id: 'U1', key: 'severe_share' }).queryKey],
      [indicatorQueries.all(), indicatorQueries.breakdown({ level: 'zone', id: 'Z1' }).queryKey],
      [indicatorQueries.all(), indicatorQueries.monthly({ level: 'zone', id: 'Z1' }).queryKey],
      [issueQueries.all(), issueQueries.detail('IV0000001').queryKey],
    ] as const;
    for (const [prefix, key] of keys) expect(key.slice(0, prefix.length)).toEqual(prefix);
    const ranking = (order: 'best' | 'worst', key: 'severe_share' | 'violation_count' = 'severe_share') =>
      indicatorQueries.ranking({ level: 'unit', id: 'U1', key, order }).queryKey;
    expect(ranking('best')).not.toEqual(ranking('worst'));
    expect(ranking('best')).not.toEqual(ranking('best', 'violation_count'));
    expect(indicatorQueries.breakdown({ level: 'zone', id: 'Z1' }).queryKey).not.toEqual(indicatorQueries.monthly({ level: 'zone', id: 'Z1' }).queryKey);
    expect(assetQueries.transformerDistricts().queryKey).not.toEqual(assetQueries.transformerDistrictAreas([0, 0, 1, 1]).queryKey);
  });

  it("keeps a subject's last figures while its window changes, never another subject's", () => {
    const last = { figures: 1 };
    const previousQuery = indicatorQueries.report({ level: 'unit', id: 'U1', from: '2026-01-01', to: '2026-06-30' });
    expect(sameSubjectPlaceholder({ level: 'unit', id: 'U1' })(last, previousQuery)).toBe(last);
    expect(sameSubjectPlaceholder({ level: 'unit', id: 'U2' })(last, previousQuery)).toBeUndefined();
    expect(sameSubjectPlaceholder({ level: 'zone', id: 'U1' })(last, previousQuery)).toBeUndefined();
    // The rule reads the level and id where every subject query keeps them.
    const breakdown = indicatorQueries.breakdown({ level: 'zone', id: 'Z1', from: '2026-01-01' });
    expect(sameSubjectPlaceholder({ level: 'zone', id: 'Z1' })(last, breakdown)).toBe(last);
    expect(sameSubjectPlaceholder(null)(last, breakdown)).toBeUndefined();
  });

  it('shares decoded binary columns by their ETag, never by comparing typed arrays', () => {
    const share = violationQueries.columns().structuralSharing;
    if (typeof share !== 'function') throw new Error('expected a sharing function');
    const drawn = { count: 1, lon: new Uint16Array([1]), etag: '"v1"' };
    // The same download again (the browser's cache answered a revalidation): the object already drawn.
    expect(share(drawn, { count: 1, lon: new Uint16Array([1]), etag: '"v1"' })).toBe(drawn);
    const changed = { count: 2, lon: new Uint16Array([1, 2]), etag: '"v2"' };
    expect(share(drawn, changed)).toBe(changed);
    const untagged = { count: 1, lon: new Uint16Array([1]), etag: null };
    expect(share({ ...untagged }, untagged)).toBe(untagged);
    expect(share(undefined, drawn)).toBe(drawn);
  });

  it('snaps a bbox outwards to a grid, so small pans reuse one answer', () => {
    expect(snapBBox([113.301, 23.101, 113.339, 23.119])).toEqual([113.3, 23.1, 113.34, 23.12]);
    expect(snapBBox([113.302, 23.102, 113.338, 23.118])).toEqual(snapBBox([113.305, 23.105, 113.335, 23.115]));
  });
});
