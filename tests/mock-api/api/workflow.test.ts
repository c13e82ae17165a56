import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';
import { datasetExtent, shanghaiDayOf } from '../../../src/lib/time-window';

// The closure loop over HTTP: every transition, who may make it, optimistic concurrency, the audit history.

let api: TestServer;

interface Detail {
  id: string;
  status: string;
  version: number;
  branchId: string;
  unitId: string;
  assigneeId: string | null;
  closedAt: string | null;
  history: { action: string; from: string | null; to: string; actorId: string; comment: string; version: number; at: string }[];
}

beforeAll(async () => {
  // More violations than elsewhere: the loop needs issues in every state, and "found" ones are rare.
  api = await startTestServer({ dataset: generatedTestDataset(20_000), now: testNow });
});
afterAll(() => api.close());

const used = new Set<string>();

/** An issue not used by another test, in a state, in a district; with its branch's secretary and a member to assign. */
async function pick(status: string, unitId = 'U-440112'): Promise<{ id: string; branchId: string; secretary: string; assigneeId: string }> {
  const token = await api.tokenFor('bureau-manager');
  const page = (await (await api.get(`/api/v1/issues?unitId=${unitId}&status=${status}&limit=1000`, { token })).json()) as { items: { id: string; branchId: string }[] };
  const issue = page.items.find((i) => !used.has(i.id));
  if (!issue) throw new Error(`no unused ${status} issue in ${unitId}`);
  used.add(issue.id);
  const assigneeId = api.dataset.people.find((p) => p.kind === 'member' && p.branchId === issue.branchId && p.role === 'member')?.id ?? '';
  return { id: issue.id, branchId: issue.branchId, secretary: await api.tokenFor(`secretary-${issue.branchId}`), assigneeId };
}

async function read(id: string): Promise<{ detail: Detail; etag: string }> {
  const response = await api.get(`/api/v1/issues/${id}`, { token: await api.tokenFor('bureau-manager') });
  expect(response.status).toBe(200);
  return { detail: (await response.json()) as Detail, etag: response.headers.get('etag') ?? '' };
}

function transition(id: string, body: unknown, etag: string | null, token: string): Promise<Response> {
  return api.send('POST', `/api/v1/issues/${id}/transitions`, body, { token, headers: etag === null ? {} : { 'if-match': etag } });
}

describe('the closure loop', () => {
  it('walks found → assigned → rectifying → awaiting verification → rectifying → … → closed → assigned, recording each step and who took it', async () => {
    const { id, branchId, secretary, assigneeId } = await pick('found');
    const manager = await api.tokenFor('manager-U-440112');
    const steps: [string, string, 'secretary' | 'manager', Record<string, string>?][] = [
      ['assign', 'assigned', 'secretary', { assigneeId }],
      ['start', 'rectifying', 'secretary'],
      ['submit', 'awaiting_verification', 'secretary'],
      ['reject', 'rectifying', 'manager'],
      ['submit', 'awaiting_verification', 'secretary'],
      ['verify', 'closed', 'manager'],
      ['reopen', 'assigned', 'secretary', { assigneeId }],
    ];
    let { detail, etag } = await read(id);
    const startVersion = detail.version;
    for (const [action, to, by, extra] of steps) {
      const response = await transition(id, { action, comment: `步骤 ${action} <b>ok</b>`, ...extra }, etag, by === 'secretary' ? secretary : manager);
      expect(response.status, action).toBe(200);
      const body = (await response.json()) as Detail;
      expect(body.status).toBe(to);
      expect(body.version).toBe(detail.version + 1);
      expect(response.headers.get('etag')).not.toBe(etag);
      etag = response.headers.get('etag') ?? '';
      detail = body;
      if (action === 'verify') expect(body.closedAt).not.toBeNull();
      if (action === 'reopen') expect(body.closedAt).toBeNull();
    }
    const { detail: final, etag: finalEtag } = await read(id);
    expect(finalEtag).toBe(etag);
    expect(final.assigneeId).toBe(assigneeId);
    const added = final.history.slice(-steps.length);
    expect(added.map((h) => h.action)).toEqual(steps.map(([a]) => a));
    expect(added.map((h) => h.version)).toEqual(steps.map((_, i) => startVersion + i + 1));
    expect(added.map((h) => h.actorId)).toEqual(steps.map(([, , by]) => (by === 'secretary' ? `secretary-${branchId}` : 'manager-U-440112')));
    expect(added.every((h) => h.comment.startsWith('步骤') && h.at.endsWith('+08:00'))).toBe(true);
  });

  it('changes the lists, the binary columns and their ETags', async () => {
    const token = await api.tokenFor('bureau-manager');
    const before = await api.get('/api/v1/violations/columns', { token });
    const { id, branchId, secretary } = await pick('assigned');
    const { etag } = await read(id);
    expect((await transition(id, { action: 'start', comment: '开始整改' }, etag, secretary)).status).toBe(200);
    const after = await api.get('/api/v1/violations/columns', { token, headers: { 'if-none-match': before.headers.get('etag') ?? '' } });
    expect(after.status).toBe(200);
    const list = (await (await api.get(`/api/v1/issues?branchId=${branchId}&status=rectifying&limit=1000`, { token })).json()) as { items: { id: string }[] };
    expect(list.items.map((i) => i.id)).toContain(id);
  });

  it('counts a closing in the branch’s breakdown and monthly series asked again (their answers are kept per issue state)', async () => {
    const token = await api.tokenFor('bureau-manager');
    const { id, branchId } = await pick('awaiting_verification');
    // From the data's first day to today's (the closing is dated now, an hour after the data's last instant).
    const query = `level=branch&id=${branchId}&from=${datasetExtent(api.dataset.meta.asOf).from}&to=${shanghaiDayOf(testNow())}`;
    type Funnel = { funnel: { status: string; issues: number }[] };
    type Series = { points: { issuesClosed: number }[] };
    const closedIssues = async () => ((await (await api.get(`/api/v1/breakdown?${query}`, { token })).json()) as Funnel).funnel.find((f) => f.status === 'closed')?.issues;
    const closings = async () => ((await (await api.get(`/api/v1/series/monthly?${query}`, { token })).json()) as Series).points.reduce((n, p) => n + p.issuesClosed, 0);
    const [funnelBefore, seriesBefore] = [await closedIssues(), await closings()];
    const { etag } = await read(id);
    expect((await transition(id, { action: 'verify', comment: '验收通过' }, etag, await api.tokenFor('manager-U-440112'))).status).toBe(200);
    expect([await closedIssues(), await closings()]).toEqual([(funnelBefore ?? 0) + 1, seriesBefore + 1]);
  });
});

describe('deadlines and severity', () => {
  it('assign sets a new deadline (end of that day, Asia/Shanghai), which decides overdue; other actions and past days are refused', async () => {
    const { id, secretary, assigneeId } = await pick('found');
    const today = new Date(testNow().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    let { etag } = await read(id);
    const past = await transition(id, { action: 'assign', comment: '指派', assigneeId, deadline: '2020-01-01' }, etag, secretary);
    expect(past.status).toBe(422);
    expect(((await past.json()) as { errors: { name: string }[] }).errors[0]?.name).toBe('deadline');
    const assigned = await transition(id, { action: 'assign', comment: '指派', assigneeId, deadline: today }, etag, secretary);
    expect(assigned.status).toBe(200);
    const body = (await assigned.json()) as Detail & { deadline: string; overdue: boolean };
    expect(body.deadline).toBe(today);
    expect(body.overdue).toBe(false);
    etag = assigned.headers.get('etag') ?? '';
    const start = await transition(id, { action: 'start', comment: '开始', deadline: today }, etag, secretary);
    expect(start.status).toBe(422);
    expect((await read(id)).detail).toMatchObject({ deadline: today, status: 'assigned' });
  });

  it('a violation\'s issue carries its severity; a standalone issue none', async () => {
    const token = await api.tokenFor('bureau-manager');
    const page = (await (await api.get('/api/v1/issues?limit=1000', { token })).json()) as { items: { source: string; severity: string | null }[] };
    expect(page.items.filter((i) => i.source === 'violation').every((i) => ['general', 'serious', 'severe'].includes(i.severity ?? ''))).toBe(true);
    const standalone = page.items.filter((i) => i.source !== 'violation');
    expect(standalone.every((i) => i.severity === null)).toBe(true);
  });
});

describe('refusals', () => {
  it('409 for a transition the state does not allow', async () => {
    const { id } = await pick('assigned');
    const { etag } = await read(id);
    const response = await transition(id, { action: 'verify', comment: '直接闭环' }, etag, await api.tokenFor('manager-U-440112'));
    expect(response.status).toBe(409);
    expect(((await response.json()) as { detail: string }).detail).toContain('assigned');
    expect((await read(id)).etag).toBe(etag);
  });

  it('428 without If-Match, 412 with a stale one', async () => {
    const { id, secretary } = await pick('assigned');
    const { etag } = await read(id);
    expect((await transition(id, { action: 'start', comment: '开始' }, null, secretary)).status).toBe(428);
    expect((await transition(id, { action: 'start', comment: '开始' }, '"stale"', secretary)).status).toBe(412);
    expect((await transition(id, { action: 'start', comment: '开始' }, etag, secretary)).status).toBe(200);
    expect((await transition(id, { action: 'submit', comment: '提交' }, etag, secretary)).status).toBe(412);
  });

  it('only one of concurrent writes with the same ETag wins', async () => {
    const { id, secretary } = await pick('assigned');
    const { etag } = await read(id);
    const results = await Promise.all([1, 2, 3].map(() => transition(id, { action: 'start', comment: '并发' }, etag, secretary)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
  });

  it('400/422 for a bad body', async () => {
    const { id, branchId, secretary, assigneeId } = await pick('closed');
    const { etag } = await read(id);
    expect((await transition(id, { action: 'teleport', comment: 'x' }, etag, secretary)).status).toBe(422);
    expect((await transition(id, { action: 'reopen', comment: '   ', assigneeId }, etag, secretary)).status).toBe(422);
    const missingAssignee = await transition(id, { action: 'reopen', comment: '重新打开' }, etag, secretary);
    expect(missingAssignee.status).toBe(422);
    expect(((await missingAssignee.json()) as { errors: { name: string }[] }).errors[0]?.name).toBe('assigneeId');
    const outsider = api.dataset.people.find((p) => p.kind === 'member' && p.branchId !== branchId)?.id ?? '';
    expect((await transition(id, { action: 'reopen', comment: '重新打开', assigneeId: outsider }, etag, secretary)).status).toBe(422);
    const malformed = await api.send('POST', `/api/v1/issues/${id}/transitions`, '{"action":', { token: secretary, headers: { 'if-match': etag } });
    expect(malformed.status).toBe(400);
    expect((await read(id)).etag).toBe(etag);
  });

  it('every action by every role, on an issue in the state the action starts from: allowed (200) or refused (403)', async () => {
    // Written out by hand, not read from the shared table: this is the rule the server must hold to.
    const allowed: Record<string, Record<string, boolean>> = {
      secretary: { assign: true, start: true, submit: true, verify: false, reject: false, reopen: true },
      district: { assign: false, start: false, submit: false, verify: true, reject: true, reopen: true },
      bureau: { assign: false, start: false, submit: false, verify: true, reject: true, reopen: true },
    };
    const from: Record<string, string> = { assign: 'found', start: 'assigned', submit: 'rectifying', verify: 'awaiting_verification', reject: 'awaiting_verification', reopen: 'closed' };
    const outcomes: Record<string, Record<string, number>> = {};
    for (const [role, actions] of Object.entries(allowed)) {
      const statuses: Record<string, number> = {};
      outcomes[role] = statuses;
      for (const action of Object.keys(actions)) {
        const issue = await pick(from[action] ?? '');
        const { etag } = await read(issue.id);
        const token = role === 'secretary' ? issue.secretary : await api.tokenFor(role === 'district' ? 'manager-U-440112' : 'bureau-manager');
        const extra = action === 'assign' || action === 'reopen' ? { assigneeId: issue.assigneeId } : {};
        const response = await transition(issue.id, { action, comment: `${role} ${action}`, ...extra }, etag, token);
        statuses[action] = response.status;
        if (response.status === 403) {
          expect((await read(issue.id)).etag, `${role} ${action} left the issue as it was`).toBe(etag);
          expect(((await response.json()) as { detail: string }).detail).toMatch(/may not|not allowed|scope|whose/i);
        }
      }
    }
    const expected = Object.fromEntries(Object.entries(allowed).map(([role, actions]) => [role, Object.fromEntries(Object.entries(actions).map(([a, ok]) => [a, ok ? 200 : 403]))]));
    expect(outcomes).toEqual(expected);
  });

  it('403 by role: managers only verify, reject and reopen, within their reach; secretaries only their branch', async () => {
    const assigned = await pick('assigned');
    const { etag } = await read(assigned.id);
    expect((await transition(assigned.id, { action: 'start', comment: '开始' }, etag, await api.tokenFor('bureau-manager'))).status).toBe(403);
    expect((await transition(assigned.id, { action: 'start', comment: '开始' }, etag, await api.tokenFor('manager-U-440112'))).status).toBe(403);

    const awaiting = await pick('awaiting_verification');
    const a = await read(awaiting.id);
    expect((await transition(awaiting.id, { action: 'verify', comment: '外区验收' }, a.etag, await api.tokenFor('manager-U-440115'))).status).toBe(403);
    const verified = await transition(awaiting.id, { action: 'verify', comment: '区局验收' }, a.etag, await api.tokenFor('manager-U-440112'));
    expect(verified.status).toBe(200);
    const reopened = await transition(awaiting.id, { action: 'reopen', comment: '局复查', assigneeId: awaiting.assigneeId }, verified.headers.get('etag'), await api.tokenFor('bureau-manager'));
    expect(reopened.status).toBe(200);

    const foreign = await pick('assigned', 'U-440115');
    const f = await read(foreign.id);
    expect((await transition(foreign.id, { action: 'start', comment: '越权' }, f.etag, assigned.secretary)).status).toBe(403);
  });
});
