import { describe, expect, it } from 'vitest';
import { createQueryClient, retryDelay } from '../../../src/app/query-client';
import { ApiError } from '../../../src/api/api-error';

describe('query client', () => {
  it('backs off exponentially with jitter, capped at ~30 s', () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const base = Math.min(30_000, 1000 * 2 ** attempt);
      const d = retryDelay(attempt);
      expect(d).toBeGreaterThanOrEqual(base * 0.75);
      expect(d).toBeLessThanOrEqual(base * 1.25);
    }
  });

  it('retries outages but not client errors or contract breaks', () => {
    const retry = createQueryClient().getDefaultOptions().queries?.retry;
    if (typeof retry !== 'function') throw new Error('retry should be a function');
    const http = (status: number) => new ApiError({ kind: 'http', status, title: 't', detail: 'd' });
    expect(retry(0, http(503))).toBe(true);
    expect(retry(0, new ApiError({ kind: 'network', status: 0, title: 't', detail: 'd' }))).toBe(true);
    expect(retry(0, http(404))).toBe(false);
    expect(retry(0, new ApiError({ kind: 'contract', status: 200, title: 't', detail: 'd' }))).toBe(false);
    expect(retry(6, http(503))).toBe(false);
  });
});
