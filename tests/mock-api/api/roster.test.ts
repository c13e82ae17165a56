import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';
import { BranchRoster, Member } from '../../../src/api/schemas/org';
import { TransformerDistrictCollection } from '../../../src/api/schemas/assets';
import { Problem } from '../../../src/api/schemas/common';
import { maskName } from '../../../mock-api/server/scope';

// A branch's roster (GET /branches/{id}/roster): the secretary's "my branch", in full scope only; a 403
// elsewhere names the owner (RFC 9457 extension member) so the client can show that branch's counts.

let api: TestServer;
let own: { id: string; unitId: string };
let other: { id: string; unitId: string };

beforeAll(async () => {
  api = await startTestServer({ dataset: generatedTestDataset(), now: testNow });
  const withZones = api.dataset.branches.filter((b) => b.zoneIds.length > 0);
  const [first, second] = withZones;
  if (!first || !second) throw new Error('dataset lacks branches with zones');
  own = first;
  other = withZones.find((b) => b.unitId !== first.unitId) ?? second;
});
afterAll(() => api.close());

const rosterOf = async (account: string, branchId: string) => api.get(`/api/v1/branches/${branchId}/roster`, { token: await api.tokenFor(account) });

describe('GET /branches/{id}/roster', () => {
  it('gives the secretary every person and team of their branch, with the "4+N" teams and the liaison chain', async () => {
    const response = await rosterOf(`secretary-${own.id}`, own.id);
    expect(response.status).toBe(200);
    const roster = BranchRoster.parse(await response.json());
    const d = api.dataset;
    const branch = d.branches.find((b) => b.id === own.id);
    const expected = d.people.filter((p) => (p.kind === 'member' ? p.branchId === own.id : d.teams.find((t) => t.id === p.teamId)?.branchId === own.id));
    expect(roster.people.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(roster.people.every((p) => !p.nameMasked)).toBe(true);
    expect(roster.people.find((p) => p.id === branch?.secretaryId)?.role).toBe('secretary');
    expect(roster.people.filter((p) => p.kind === 'staff').every((p) => p.role === null && p.liaisonIds.length === 0)).toBe(true);
    // Every zone has its "4+N" team: the dataset's gridders of this branch (four, or three with a post vacant) and its staff, all in the roster.
    const people = new Map(roster.people.map((p) => [p.id, p]));
    for (const zoneId of branch?.zoneIds ?? []) {
      const team = roster.teams.find((t) => t.kind === 'grid' && t.zoneId === zoneId);
      expect(team?.memberIds, zoneId).toEqual(d.teams.find((t) => t.kind === 'grid' && t.zoneId === zoneId)?.memberIds);
      expect(team?.memberIds.length).toBeGreaterThanOrEqual(3);
      expect(team?.memberIds.every((id) => people.get(id)?.isGridder && people.get(id)?.gridTeamId === team.id)).toBe(true);
      expect(team?.staffIds.every((id) => people.get(id)?.kind === 'staff' && people.get(id)?.gridTeamId === team.id)).toBe(true);
    }
    // Each zone's liaison is the zone's committee member, masked when of another branch.
    expect(roster.zoneLiaisons.map((l) => l.zoneId)).toEqual(branch?.zoneIds);
    for (const l of roster.zoneLiaisons) {
      const zone = d.zones.features.find((f) => f.id === l.zoneId);
      expect(l.committeeMemberId).toBe(zone?.properties.liaisonCommitteeMemberId);
      const person = d.people.find((p) => p.id === l.committeeMemberId);
      const mine = person?.kind === 'member' && person.branchId === own.id;
      expect(l.nameMasked).toBe(!mine);
      expect(l.name).toBe(mine ? person.name : maskName(person?.name ?? ''));
      expect(l.committeeName).not.toBe('');
    }
    // The chain reaches members and teams (committee) and staff (members), all of this branch.
    const ids = new Set([...roster.people.map((p) => p.id), ...roster.teams.map((t) => t.id)]);
    const liaised = roster.people.flatMap((p) => p.liaisonIds);
    expect(liaised.length).toBeGreaterThan(0);
    expect(liaised.every((id) => ids.has(id))).toBe(true);
    expect(roster.people.filter((p) => p.role === 'member').some((p) => p.liaisonIds.some((id) => people.get(id)?.kind === 'staff'))).toBe(true);
  });

  it('gives the bureau and district managers the roster of a branch in their scope', async () => {
    expect((await rosterOf('bureau-manager', other.id)).status).toBe(200);
    expect((await rosterOf(`manager-${own.unitId}`, own.id)).status).toBe(200);
  });

  it('refuses another branch with a 403 problem that names its owner and where its counts are', async () => {
    // `other` is of another district bureau: outside both the secretary's branch and the district manager's bureau.
    for (const account of [`secretary-${own.id}`, `manager-${own.unitId}`]) {
      const target = other;
      const response = await rosterOf(account, target.id);
      expect(response.status, account).toBe(403);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = Problem.parse(await response.json());
      expect(problem.owner).toEqual({ branchId: target.id, unitId: target.unitId });
      expect(problem.detail).toContain(`/members/summary?branchId=${target.id}`);
      expect(JSON.stringify(problem)).not.toMatch(/"people"/);
    }
  });

  it('answers 404 for an unknown branch and 400 for an unknown query parameter', async () => {
    expect((await rosterOf('bureau-manager', 'B-NOPE')).status).toBe(404);
    const token = await api.tokenFor('bureau-manager');
    expect((await api.get(`/api/v1/branches/${own.id}/roster?x=1`, { token })).status).toBe(400);
  });
});

describe('GET /members/{id} out of scope', () => {
  it('is a 403 that names the member\'s branch, never the member', async () => {
    const member = api.dataset.people.find((p) => p.kind === 'member' && p.branchId === other.id);
    if (member?.kind !== 'member') throw new Error('no member');
    const token = await api.tokenFor(`secretary-${own.id}`);
    const refused = await api.get(`/api/v1/members/${member.id}`, { token });
    expect(refused.status).toBe(403);
    const text = await refused.text();
    expect(text).not.toContain(member.name);
    expect(Problem.parse(JSON.parse(text)).owner).toEqual({ branchId: other.id, unitId: other.unitId });
    // In scope the same member is a row.
    const manager = await api.get(`/api/v1/members/${member.id}`, { token: await api.tokenFor('bureau-manager') });
    expect(Member.parse(await manager.json()).name).toBe(member.name);
  });
});


describe('GET /transformer-districts?branchId=', () => {
  it("gives exactly the branch's zones' districts, which hold every district its members are gridders of", async () => {
    // The branch workspace and the member page list a branch's districts from this (a branch's hundreds, not the
    // province's 10⁵ points); a member page finds a gridder's districts among their own branch's.
    const response = await api.get(`/api/v1/transformer-districts?branchId=${own.id}`, { token: await api.tokenFor(`secretary-${own.id}`) });
    expect(response.status).toBe(200);
    const served = TransformerDistrictCollection.parse(await response.json());
    const d = api.dataset;
    const zones = new Set(d.branches.find((b) => b.id === own.id)?.zoneIds);
    const expected = d.transformerDistricts.features.filter((f) => zones.has(f.properties.zoneId));
    expect(expected.length).toBeGreaterThan(0);
    expect(served.features.map((f) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
    const members = new Set(d.people.filter((p) => p.kind === 'member' && p.branchId === own.id).map((p) => p.id));
    const gridded = d.transformerDistricts.features.filter((f) => f.properties.gridderId !== null && members.has(f.properties.gridderId));
    expect(gridded.length).toBeGreaterThan(0);
    expect(gridded.every((f) => zones.has(f.properties.zoneId))).toBe(true);
  });
});
