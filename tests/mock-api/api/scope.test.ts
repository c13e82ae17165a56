import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';
import { maskName } from '../../../mock-api/server/scope';

// Identity and scope, enforced by the server: who reads what in full, who sees masked names, who gets 403.

let api: TestServer;
let own: { branchId: string; unitId: string; memberId: string; issueId: string };
let other: { branchId: string; memberId: string; issueId: string };

interface Page<T> { items: T[]; total: number }
interface MemberBody { id: string; name: string; nameMasked: boolean; branchId: string }
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
  own = { branchId: first.id, unitId: first.unitId, memberId: memberOf(first.id), issueId: await issueOf(first.id) };
  other = { branchId: elsewhere.id, memberId: memberOf(elsewhere.id), issueId: await issueOf(elsewhere.id) };
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
  const members = async (accountId: string, branchId: string) =>
    ((await (await api.get(`/api/v1/members?branchId=${branchId}&limit=50`, { token: await api.tokenFor(accountId) })).json()) as Page<MemberBody>).items;

  it('the bureau manager reads everything in full', async () => {
    const token = await api.tokenFor('bureau-manager');
    for (const list of [await members('bureau-manager', own.branchId), await members('bureau-manager', other.branchId)]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((m) => !m.nameMasked && !m.name.includes('*'))).toBe(true);
    }
    expect((await api.get(`/api/v1/members/${other.memberId}`, { token })).status).toBe(200);
    expect((await api.get(`/api/v1/issues/${other.issueId}`, { token })).status).toBe(200);
  });

  it('a district manager: their district in full, elsewhere masked and 403 on details', async () => {
    const token = await api.tokenFor('manager-U-440112');
    expect((await members('manager-U-440112', own.branchId)).every((m) => !m.nameMasked)).toBe(true);
    const masked = await members('manager-U-440112', other.branchId);
    expect(masked.every((m) => m.nameMasked && m.name.includes('*'))).toBe(true);
    expect((await api.get(`/api/v1/members/${own.memberId}`, { token })).status).toBe(200);
    expect((await api.get(`/api/v1/members/${other.memberId}`, { token })).status).toBe(403);
    expect((await api.get(`/api/v1/issues/${other.issueId}`, { token })).status).toBe(403);
  });

  it('a secretary: own branch in full; other branches aggregates only, names masked, details 403', async () => {
    const account = `secretary-${own.branchId}`;
    const token = await api.tokenFor(account);
    const mine = await members(account, own.branchId);
    expect(mine.every((m) => !m.nameMasked)).toBe(true);
    const theirs = await members(account, other.branchId);
    const real = new Map(api.dataset.people.map((p) => [p.id, p.name]));
    expect(theirs.length).toBeGreaterThan(0);
    for (const m of theirs) {
      expect(m.nameMasked).toBe(true);
      expect(m.name).toBe(maskName(real.get(m.id) ?? ''));
    }
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
