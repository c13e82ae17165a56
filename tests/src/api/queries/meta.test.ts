import { describe, expect, it } from 'vitest';
import { META_REFETCH_MS, metaQueries } from '../../../../src/api/queries/meta';

describe('meta queries', () => {
  it('keys go from generic to specific, and the dataset meta refreshes itself', () => {
    const options = metaQueries.dataset();
    expect(options.queryKey).toEqual(['meta', 'dataset']);
    expect(options.queryKey.slice(0, 1)).toEqual(metaQueries.all());
    expect(options.refetchInterval).toBe(META_REFETCH_MS);
    expect(options.refetchIntervalInBackground).toBe(true);
  });
});
