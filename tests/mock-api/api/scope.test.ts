import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';
import { maskName } from '../../../mock-api/server/scope';

// Identity and scope, enforced by the server: who reads what in full, who sees masked names, who gets 403.

let api: TestServer;
let own: { branchId: string; unitId: string; zoneId: string; memberId: string; issueId: string };
let other: { branchId: string; unitId: string; zoneId: string; memberId: string; issueId: string };

interface Page<T> { items: T[]; total: number }
interface MemberBody { id: string; name: string; nameMasked: boolean; branchId: string; unitId: string }
interface ProblemBody { status: number; detail: string; errors?: { name: string; reason: string }[] }
interface IssueBody { id: string; branchId: string; unitId: string; assigneeName: string | null }

beforeAll(async () => {
  api = await startTestServer({ dataset: generatedTestDataset(), now: testNow });
  const d = api.dataset;
  const huangpu = d.branches.filter((b) => b.unitId === 'U-440112' && b.zoneIds.length > 0);
  const elsewhere = d.branches.find((b) => b.unitId !== 'U-440112' && b.unitId !== 'U-GZ' && b.zoneIds.length > 0);
  const first = huangpu[0];
  if (!first || !elsewhere) throw new Error('dataset lacks branches');
  const memberOf = (branchId: string) => d.people.find((p) => p.kind === 'member' && p.branchId === branchId && [...p.name].length >= 2)?.id ?? '';
  const token = await api.tokenFor('bureau-manager');
  const issueOf = async (branchId: string) => ((await (await api.get(`/api/v1/issues?branchId=${branchId}&limit=1`, { token })).json()) as Page<IssueBody>).items[0]?.id ?? '';
  own = { branchId: first.id, unitId: first.unitId, zoneId: first.zoneIds[0] ?? '', memberId: memberOf(first.id), issueId: await issueOf(first.id) };
  other = { branchId: elsewhere.id, unitId: elsewhere.unitId, zoneId: elsewhere.zoneIds[0] ?? '', memberId: memberOf(elsewhere.id), issueId: await issueOf(elsewhere.id) };
});
afterAll(() => api.close());

describe('masking', () => {
  it('keeps the first and last character', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳小明')).toBe('欧**明');
  });
});

describe('sessions', () => {
  it('lists the bureau manager, a manager per district bureau and every branch secretary', async () => {
    const body = (await (await api.get('/api/v1/session/accounts')).json()) as { items: { id: string; role: string; scope: { unitId: string | null; branchId: string | null } }[] };
    const ids = body.items.map((a) => a.id);
    expect(ids).toContain('bureau-manager');
    expect(ids).toContain('manager-U-440112');
    expect(body.items.filter((a) => a.role === 'district_manager')).toHaveLength(11);
    expect(body.items.filter((a) => a.role === 'branch_secretary')).toHaveLength(api.dataset.branches.length);
    expect(body.items.find((a) => a.id === `secretary-${own.branchId}`)?.scope).toEqual({ unitId: own.unitId, branchId: own.branchId });
  });

  it('lists the secretaries with their names masked: the list is public', async () => {
    const body = (await (await api.get('/api/v1/session/accounts')).json()) as { items: { id: string; displayName: string }[] };
    const people = new Map(api.dataset.people.map((p) => [p.id, p.name]));
    const listed = new Map(body.items.map((a) => [a.id, a.displayName]));
    for (const branch of api.dataset.branches) {
      const name = people.get(branch.secretaryId) ?? '';
      expect(listed.get(`secretary-${branch.id}`)).toBe(`${branch.name} 书记 ${maskName(name)}`);
      expect(listed.get(`secretary-${branch.id}`)).not.toContain(name);
    }
  });

  it('signs an expiring token', async () => {
    const response = await api.send('POST', '/api/v1/session', { account: 'manager-U-440112' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { token: string; expiresAt: string; account: { id: string } };
    expect(body.account.id).toBe('manager-U-440112');
    expect(Date.parse(body.expiresAt) - testNow().getTime()).toBe(12 * 3600 * 1000);
  });
});

describe('401', () => {
  const expect401 = async (headers: Record<string, string>) => {
    const response = await fetch(`${api.url}/api/v1/units`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
  };

  it('without a token, with a tampered one, an expired one, or one signed with another key', async () => {
    await expect401({});
    await expect401({ authorization: 'Basic Zm9vOmJhcg==' });
    const token = await api.tokenFor('bureau-manager');
    const [header = '', payload = '', signature = ''] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'bureau-manager', exp: 4_000_000_000 })).toString('base64url');
    await expect401({ authorization: `Bearer ${header}.${forged}.${signature}` });
    const secret = new TextEncoder().encode('test-secret-of-at-least-32-bytes-long!!');
    const issuedAt = Math.floor(testNow().getTime() / 1000) - 20 * 3600;
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer('dangjian-zhitu-mock-api').setSubject('bureau-manager').setIssuedAt(issuedAt).setExpirationTime(issuedAt + 12 * 3600).sign(secret);
    const expiredResponse = await fetch(`${api.url}/api/v1/units`, { headers: { authorization: `Bearer ${expired}` } });
    expect(expiredResponse.status).toBe(401);
    expect(((await expiredResponse.json()) as { detail: string }).detail).toContain('expired');
    const alien = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer('dangjian-zhitu-mock-api').setSubject('bureau-manager').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-another-secret-xx'));
    await expect401({ authorization: `Bearer ${alien}` });
  });

  it('public routes need no token', async () => {
    for (const path of ['/api/v1/meta', '/api/v1/meta/enums', '/api/v1/openapi.json', '/api/v1/session/accounts']) {
      expect((await api.get(path)).status, path).toBe(200);
    }
  });
});

describe('roles', () => {
  const members = async (accountId: string, query: string) => {
    const response = await api.get(`/api/v1/members?${query}&limit=1000`, { token: await api.tokenFor(accountId) });
    expect(response.status, `${accountId} ${query}`).toBe(200);
    return (await response.json()) as Page<MemberBody>;
  };
  const expectOutside = async (accountId: string, query: string, names: string[]) => {
    const response = await api.get(`/api/v1/members?${query}`, { token: await api.tokenFor(accountId) });
    expect(response.status, query).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    const body = (await response.json()) as ProblemBody;
    // Whose it is, and where its counts are.
    for (const name of names) expect(body.detail).toContain(name);
    expect(body.detail).toContain(`/api/v1/members/summary?${query}`);
    expect(body.errors?.[0]).toEqual({ name: query.split('=')[0], reason: 'outside your scope' });
  };
  const real = () => new Map(api.dataset.people.map((p) => [p.id, p.name]));

  it('the bureau manager reads everything in full', async () => {
    const token = await api.tokenFor('bureau-manager');
    const names = real();
    for (const page of [await members('bureau-manager', `branchId=${own.branchId}`), await members('bureau-manager', `branchId=${other.branchId}`)]) {
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((m) => !m.nameMasked && m.name === names.get(m.id))).toBe(true);
    }
    expect((await members('bureau-manager', 'offset=0')).total).toBe(api.dataset.people.filter((p) => p.kind === 'member').length);
    expect((await api.get(`/api/v1/members/${other.memberId}`, { token })).status).toBe(200);
    expect((await api.get(`/api/v1/issues/${other.issueId}`, { token })).status).toBe(200);
  });

  it('a district manager: their district in full; another district\'s members are not listed (403), details 403', async () => {
    const token = await api.tokenFor('manager-U-440112');
    const names = real();
    const all = await members('manager-U-440112', 'offset=0');
    expect(all.total).toBe(api.dataset.people.filter((p) => p.kind === 'member' && p.unitId === 'U-440112').length);
    expect(all.items.every((m) => m.unitId === 'U-440112' && !m.nameMasked && m.name === names.get(m.id))).toBe(true);
    // The whole bureau is partly theirs: only their district's rows.
    expect((await members('manager-U-440112', 'unitId=U-GZ')).items.every((m) => m.unitId === 'U-440112')).toBe(true);
    expect((await members('manager-U-440112', `branchId=${own.branchId}`)).items.length).toBeGreaterThan(0);
    const otherBranch = api.dataset.branches.find((b) => b.id === other.branchId);
    const otherUnit = api.dataset.units.find((u) => u.id === other.unitId);
    await expectOutside('manager-U-440112', `branchId=${other.branchId}`, [other.branchId, otherBranch?.name ?? '?', otherUnit?.name ?? '?']);
    await expectOutside('manager-U-440112', `unitId=${other.unitId}`, [other.unitId, otherUnit?.name ?? '?']);
    await expectOutside('manager-U-440112', `zoneId=${other.zoneId}`, [other.zoneId, other.branchId]);
    expect((await api.get(`/api/v1/members/${own.memberId}`, { token })).status).toBe(200);
    expect((await api.get(`/api/v1/members/${other.memberId}`, { token })).status).toBe(403);
    expect((await api.get(`/api/v1/issues/${other.issueId}`, { token })).status).toBe(403);
  });

  it('a secretary: own branch in full; other branches only as counts, details 403', async () => {
    const account = `secretary-${own.branchId}`;
    const token = await api.tokenFor(account);
    const names = real();
    const all = await members(account, 'offset=0');
    expect(all.total).toBe(api.dataset.people.filter((p) => p.kind === 'member' && p.branchId === own.branchId).length);
    expect(all.items.every((m) => m.branchId === own.branchId && !m.nameMasked && m.name === names.get(m.id))).toBe(true);
    // Their district bureau holds other branches too: still only their own branch's rows.
    const district = await members(account, `unitId=${own.unitId}`);
    expect(district.items.map((m) => m.id).sort()).toEqual(all.items.map((m) => m.id).sort());
    expect((await members(account, `zoneId=${own.zoneId}`)).items).toHaveLength(4);
    await expectOutside(account, `branchId=${other.branchId}`, [other.branchId]);
    await expectOutside(account, `zoneId=${other.zoneId}`, [other.zoneId, other.branchId]);
    expect((await api.get(`/api/v1/members/${own.memberId}`, { token })).status).toBe(200);
    const forbidden = await api.get(`/api/v1/members/${other.memberId}`, { token });
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await api.get(`/api/v1/issues/${own.issueId}`, { token })).status).toBe(200);
    expect((await api.get(`/api/v1/issues/${other.issueId}`, { token })).status).toBe(403);
    expect((await api.get(`/api/v1/indicators?level=member&id=${other.memberId}`, { token })).status).toBe(403);
    expect((await api.get(`/api/v1/indicators?level=branch&id=${other.branchId}`, { token })).status).toBe(200);
    const violations = (await (await api.get(`/api/v1/violations?branchId=${other.branchId}&limit=20`, { token })).json()) as Page<{ personName: string; personNameMasked: boolean }>;
    expect(violations.items.length).toBeGreaterThan(0);
    expect(violations.items.every((v) => v.personNameMasked && v.personName.includes('*'))).toBe(true);
    const issues = (await (await api.get(`/api/v1/issues?branchId=${other.branchId}&limit=50`, { token })).json()) as Page<IssueBody>;
    expect(issues.items.filter((i) => i.assigneeName !== null).every((i) => i.assigneeName?.includes('*'))).toBe(true);
  });
});

describe('people outside the scope, as counts', () => {
  interface Summary { members: number; byRole: Record<'secretary' | 'branch_committee' | 'member', number>; gridders: number; staff: number; gridStaff: number }
  const summary = async (accountId: string, query: string) => {
    const response = await api.get(`/api/v1/members/summary?${query}`, { token: await api.tokenFor(accountId) });
    expect(response.status, query).toBe(200);
    return { text: await response.clone().text(), body: (await response.json()) as Summary };
  };

  it('gives a secretary another branch\'s counts by role, gridders and staff, and no names', async () => {
    const d = api.dataset;
    const { text, body } = await summary(`secretary-${own.branchId}`, `branchId=${other.branchId}`);
    const theirs = d.people.filter((p) => (p.kind === 'member' ? p.branchId : d.teams.find((t) => t.id === p.teamId)?.branchId) === other.branchId);
    const members = theirs.filter((p) => p.kind === 'member');
    expect(body).toEqual({
      members: members.length,
      byRole: {
        secretary: 1,
        branch_committee: members.filter((m) => m.role === 'branch_committee').length,
        member: members.filter((m) => m.role === 'member').length,
      },
      gridders: members.filter((m) => m.isGridder).length,
      staff: theirs.length - members.length,
      gridStaff: theirs.filter((p) => p.kind === 'staff' && p.gridTeamId !== null).length,
    });
    expect(body.members).toBeGreaterThan(4);
    expect(body.staff).toBeGreaterThan(0);
    for (const p of theirs) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(p.id);
    }
  });

  it('counts a zone\'s "4+N" team and a whole district, for anyone signed in', async () => {
    const d = api.dataset;
    const zone = d.zones.features.find((z) => z.id === other.zoneId);
    const team = d.teams.find((t) => t.id === zone?.properties.gridTeamId);
    const { body } = await summary(`secretary-${own.branchId}`, `zoneId=${other.zoneId}`);
    expect(body).toMatchObject({ members: 4, gridders: 4, staff: team?.staffIds.length, gridStaff: team?.staffIds.length });
    const district = (await summary('manager-U-440112', `unitId=${other.unitId}`)).body;
    expect(district.members).toBe(d.people.filter((p) => p.kind === 'member' && p.unitId === other.unitId).length);
    expect(district.byRole.secretary).toBe(d.branches.filter((b) => b.unitId === other.unitId).length);
  });

  it('needs a token and refuses unknown parameters', async () => {
    expect((await api.get(`/api/v1/members/summary?branchId=${other.branchId}`)).status).toBe(401);
    const response = await api.get('/api/v1/members/summary?teamId=x', { token: await api.tokenFor('bureau-manager') });
    expect(response.status).toBe(400);
  });
});
