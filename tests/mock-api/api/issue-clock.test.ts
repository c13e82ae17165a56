import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';
import { OVERDUE_BIT, decodeViolationColumns, violationIdOf } from '../../../src/api/violation-columns';
import { issueStatuses } from '../../../src/api/schemas/enums';

// Deadlines end at midnight Asia/Shanghai: an open issue becomes overdue then, with no write at all.
// The columns and every issue-bearing body must not be served stale (or as 304) across that midnight.

const CLOSED = issueStatuses.indexOf('closed');
let api: TestServer;
/** This file's clock: starts just after the dataset's as-of instant; one test moves it. */
let clockMs = testNow().getTime();

beforeAll(async () => {
  api = await startTestServer({ dataset: generatedTestDataset(3_000), now: () => new Date(clockMs) });
});
afterAll(() => api.close());

/** A token valid at the file's clock now (tokens expire: a moved clock needs a new one). */
async function signIn(): Promise<string> {
  const response = await api.send('POST', '/api/v1/session', { account: 'bureau-manager' });
  return ((await response.json()) as { token: string }).token;
}

async function columns(token: string, etag?: string) {
  const response = await api.get('/api/v1/violations/columns', { token, headers: { 'accept-encoding': 'identity', ...(etag && { 'if-none-match': etag }) } });
  return { status: response.status, etag: response.headers.get('etag') ?? '', body: response.status === 200 ? await response.arrayBuffer() : null };
}

describe('issue state across midnight', () => {
  it('turns an open issue overdue when its deadline day ends, in the columns and the JSON, under new ETags', async () => {
    let token = await signIn();
    const before = await columns(token);
    expect(before.status).toBe(200);
    const cols = decodeViolationColumns(before.body as ArrayBuffer);
    // An open issue not yet overdue: its deadline is still ahead.
    const row = cols.status.findIndex((s) => (s & OVERDUE_BIT) === 0 && (s & ~OVERDUE_BIT) !== CLOSED);
    expect(row).toBeGreaterThanOrEqual(0);
    const deadline = api.dataset.violations.issueDeadline[row] ?? 0;
    expect(deadline).toBeGreaterThan(clockMs);
    const path = `/api/v1/violations/${violationIdOf(row)}`;
    const json = await api.get(path, { token });
    const jsonEtag = json.headers.get('etag') ?? '';
    expect(((await json.json()) as { issueOverdue: boolean }).issueOverdue).toBe(false);
    // Same day, no write: the caches hold.
    expect((await columns(token, before.etag)).status).toBe(304);

    clockMs = deadline + 3_600_000;
    token = await signIn();
    const after = await columns(token, before.etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect((decodeViolationColumns(after.body as ArrayBuffer).status[row] ?? 0) & OVERDUE_BIT).toBe(OVERDUE_BIT);
    const jsonAfter = await api.get(path, { token, headers: { 'if-none-match': jsonEtag } });
    expect(jsonAfter.status).toBe(200);
    expect(((await jsonAfter.json()) as { issueOverdue: boolean }).issueOverdue).toBe(true);
  });
});
