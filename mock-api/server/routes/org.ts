import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Member, MemberSummary, PartyOrgNode, Unit, UnitTreeNode } from '../../../src/api/schemas/org';
import { Branch, BranchRoster, GridZoneCollection, Member as MemberSchema, MemberSummary as MemberSummarySchema } from '../../../src/api/schemas/org';
import type { BranchRoster as BranchRosterBody } from '../../../src/api/schemas/org';
import { feature } from '../../../src/api/schemas/geojson';
import { AreaGeometry } from '../../../src/api/schemas/geojson';
import { GridZoneProperties } from '../../../src/api/schemas/org';
import type { Dataset, Person } from '../../dataset/model';
import { BranchList, MemberPage, PartyOrgTree, TeamList, UnitTree } from '../../../src/api/schemas/org';
import type { ServerContext } from '../context';
import { etagFor, scopeOf } from '../context';
import { sendJson } from '../conditional';
import { bearer, dataResponses } from '../openapi';
import { BranchQuery, IdParams, MemberQuery, MemberSummaryQuery, NoQuery, TeamQuery, ZoneQuery } from '../../../src/api/schemas/params';
import { isCompleteGridTeam } from '../grid-facts';
import { HttpProblem } from '../problem';
import type { Scope } from '../scope';

function unitTree(units: Unit[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>(units.map((u) => [u.id, { ...u, children: [] }]));
  const roots: UnitTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function partyOrgTree(dataset: Dataset): PartyOrgNode[] {
  return dataset.committees.map((c) => ({
    id: c.id,
    kind: 'committee' as const,
    name: c.name,
    unitId: c.unitId,
    children: dataset.branches
      .filter((b) => b.committeeId === c.id)
      .map((b) => ({
        id: b.id,
        kind: 'branch' as const,
        name: b.name,
        unitId: b.unitId,
        children: dataset.groups
          .filter((g) => g.branchId === b.id)
          .map((g) => ({ id: g.id, kind: 'group' as const, name: g.name, unitId: b.unitId, children: [] })),
      })),
  }));
}

/** A member row; built only in the caller's full scope, it still masks a name outside it (defence in depth). */
export function memberView(person: Person & { kind: 'member' }, scope: Scope): Member {
  const { kind: _kind, ...member } = person;
  const { name, masked } = scope.name(member.name, member.branchId);
  return { ...member, name, nameMasked: masked };
}

interface PeopleQuery {
  unitId?: string | undefined;
  branchId?: string | undefined;
  zoneId?: string | undefined;
  teamId?: string | undefined;
}

/** Whether a person (member or staff) meets every filter given; a zone selects the grid team serving it. */
function peopleFilter(ctx: ServerContext, q: PeopleQuery): (p: Person) => boolean {
  const zoneTeam = q.zoneId === undefined ? undefined : (zoneById(ctx, q.zoneId)?.properties.gridTeamId ?? null);
  return (p) =>
    (!q.unitId || ctx.index.withinUnit(q.unitId, p.unitId)) &&
    (!q.branchId || ctx.index.branchOfPerson(p) === q.branchId) &&
    (zoneTeam === undefined || (zoneTeam !== null && p.gridTeamId === zoneTeam)) &&
    (!q.teamId || p.teamId === q.teamId || p.gridTeamId === q.teamId);
}

function zoneById(ctx: ServerContext, id: string) {
  return ctx.dataset.zones.features[ctx.index.zoneIndexById.get(id) ?? -1];
}

/**
 * People are listed as rows only in the caller's full scope. A filter naming a unit, branch, zone or team
 * wholly outside it is a 403 that says whose it is and where its counts are, rather than an empty page.
 */
function assertListable(ctx: ServerContext, scope: Scope, q: PeopleQuery): void {
  const branchText = (branchId: string) => {
    const b = ctx.index.branchById.get(branchId);
    return `branch '${branchId}' (${b?.name ?? ''}, ${ctx.index.unitById.get(b?.unitId ?? '')?.name ?? ''})`;
  };
  const refuse = (name: keyof PeopleQuery, what: string, summaryQuery: string) =>
    new HttpProblem(403, `${what} is outside your scope, where people are listed by name. Its counts by role: GET /api/v1/members/summary?${summaryQuery}.`, {
      errors: [{ name, reason: 'outside your scope' }],
    });
  const unit = q.unitId ? ctx.index.unitById.get(q.unitId) : undefined;
  if (unit && ![...ctx.index.branchById.values()].some((b) => ctx.index.withinUnit(unit.id, b.unitId) && scope.fullOverBranch(b.id))) {
    throw refuse('unitId', `Unit '${unit.id}' (${unit.name})`, `unitId=${unit.id}`);
  }
  const branch = q.branchId ? ctx.index.branchById.get(q.branchId) : undefined;
  if (branch && !scope.fullOverBranch(branch.id)) throw refuse('branchId', `The ${branchText(branch.id)}`, `branchId=${branch.id}`);
  const zone = q.zoneId ? zoneById(ctx, q.zoneId) : undefined;
  if (zone && !scope.fullOverBranch(zone.properties.branchId)) {
    throw refuse('zoneId', `Grid zone '${String(zone.id)}' (${zone.properties.name}) of ${branchText(zone.properties.branchId)}`, `zoneId=${String(zone.id)}`);
  }
  const team = q.teamId ? ctx.index.teamById.get(q.teamId) : undefined;
  if (team && !scope.fullOverBranch(team.branchId)) throw refuse('teamId', `Team '${team.id}' (${team.name}) of ${branchText(team.branchId)}`, `branchId=${team.branchId}`);
}

/** Whose a branch is, for a 403's `owner`: the branch whose counts the caller may still read. */
const ownerOf = (ctx: ServerContext, branchId: string) => ({ branchId, unitId: ctx.index.branchById.get(branchId)?.unitId ?? '' });

/** A branch's roster: its people (members, then staff), its teams, and each zone's committee liaison. */
function branchRoster(ctx: ServerContext, scope: Scope, branch: Branch): BranchRosterBody {
  const people = ctx.dataset.people
    .filter((p) => ctx.index.branchOfPerson(p) === branch.id)
    .map((p) => {
      const { name, masked } = scope.name(p.name, branch.id);
      return p.kind === 'member'
        ? { id: p.id, name, nameMasked: masked, kind: p.kind, role: p.role, teamId: p.teamId, gridTeamId: p.gridTeamId, isGridder: p.isGridder, liaisonIds: p.liaisonIds }
        : { id: p.id, name, nameMasked: masked, kind: p.kind, role: null, teamId: p.teamId, gridTeamId: p.gridTeamId, isGridder: false, liaisonIds: [] };
    });
  const zoneLiaisons = branch.zoneIds.flatMap((zoneId) => {
    const liaisonId = zoneById(ctx, zoneId)?.properties.liaisonCommitteeMemberId;
    const person = ctx.dataset.people[ctx.index.personIndexById.get(liaisonId ?? '') ?? -1];
    if (person?.kind !== 'member') return [];
    // A district committee member is usually of another branch: their name is masked like any row outside the scope.
    const { name, masked } = scope.name(person.name, person.branchId);
    const committee = ctx.dataset.committees.find((c) => c.memberIds.includes(person.id));
    return [{ zoneId, committeeMemberId: person.id, name, nameMasked: masked, committeeName: committee?.name ?? '' }];
  });
  return {
    branchId: branch.id,
    name: branch.name,
    unitId: branch.unitId,
    secretaryId: branch.secretaryId,
    people,
    teams: ctx.dataset.teams.filter((t) => t.branchId === branch.id),
    zoneLiaisons,
  };
}

function summarise(people: Iterable<Person>): MemberSummary {
  const s: MemberSummary = { members: 0, byRole: { secretary: 0, branch_committee: 0, member: 0 }, gridders: 0, staff: 0, gridStaff: 0 };
  for (const p of people) {
    if (p.kind === 'member') {
      s.members += 1;
      s.byRole[p.role] += 1;
      if (p.isGridder) s.gridders += 1;
    } else {
      s.staff += 1;
      if (p.gridTeamId) s.gridStaff += 1;
    }
  }
  return s;
}

export function orgRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const units = unitTree(ctx.dataset.units);
  const orgs = partyOrgTree(ctx.dataset);
  const members = ctx.dataset.people.filter((p): p is Person & { kind: 'member' } => p.kind === 'member');
  const common = { security: bearer, tags: ['organisation'] };
  return (app, _options, done) => {
    app.get('/units', {
      schema: { ...common, summary: 'The unit tree: the bureau and its district bureaus', querystring: NoQuery, response: dataResponses(UnitTree) },
      handler: (request, reply) => sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({ items: units })),
    });
    app.get('/party-org', {
      schema: { ...common, summary: 'The party organisation tree: committees, branches, groups', querystring: NoQuery, response: dataResponses(PartyOrgTree) },
      handler: (request, reply) => sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({ items: orgs })),
    });
    app.get('/branches', {
      schema: { ...common, summary: 'Party branches', querystring: BranchQuery, response: dataResponses(BranchList) },
      handler: (request, reply) =>
        sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({
          items: ctx.dataset.branches.filter((b) => !request.query.unitId || ctx.index.withinUnit(request.query.unitId, b.unitId)),
        })),
    });
    app.get('/branches/:id', {
      schema: { ...common, summary: 'One party branch', params: IdParams, querystring: NoQuery, response: dataResponses(Branch, [404]) },
      handler: (request, reply) => {
        const branch = ctx.index.branchById.get(request.params.id);
        if (!branch) throw new HttpProblem(404, `No branch '${request.params.id}'.`);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => branch);
      },
    });
    app.get('/branches/:id/roster', {
      schema: {
        ...common,
        summary: 'A branch\'s people, teams and liaison chain, in the caller\'s full scope only',
        description:
          'Every party member (with role, gridder, liaisons) and non-member staff of the branch, its operations and "4+N" grid teams, and the ' +
          'party committee member who liaises with each of its zones (masked when of a branch outside the scope). A branch outside the ' +
          'caller\'s full scope is a 403 whose `owner` names it; its counts by role are at /members/summary?branchId=….',
        params: IdParams,
        querystring: NoQuery,
        response: dataResponses(BranchRoster, [403, 404]),
      },
      handler: (request, reply) => {
        const branch = ctx.index.branchById.get(request.params.id);
        if (!branch) throw new HttpProblem(404, `No branch '${request.params.id}'.`);
        const scope = scopeOf(request);
        if (!scope.fullOverBranch(branch.id)) {
          throw new HttpProblem(403, `Branch '${branch.id}' is outside your scope. Its counts by role: GET /api/v1/members/summary?branchId=${branch.id}.`, {
            owner: ownerOf(ctx, branch.id),
          });
        }
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => branchRoster(ctx, scope, branch));
      },
    });
    app.get('/members', {
      schema: {
        ...common,
        summary: 'Party members in the caller\'s full scope',
        description:
          'Rows only for people in the caller\'s full scope (the bureau manager: everyone; a district manager: their district bureau; ' +
          'a secretary: their branch). A filter naming a unit, branch, zone or team wholly outside it is a 403 that points to ' +
          '/members/summary, where anyone signed in reads the counts by role.',
        querystring: MemberQuery,
        response: dataResponses(MemberPage, [403]),
      },
      handler: (request, reply) => {
        const { offset, limit } = request.query;
        const scope = scopeOf(request);
        assertListable(ctx, scope, request.query);
        const matches = peopleFilter(ctx, request.query);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => {
          const selected = members.filter((m) => scope.fullOverBranch(m.branchId) && matches(m));
          return { items: selected.slice(offset, offset + limit).map((m) => memberView(m, scope)), total: selected.length, offset, limit };
        });
      },
    });
    app.get('/members/summary', {
      schema: {
        ...common,
        summary: 'Counts of people by role (members, gridders, staff), for anyone signed in',
        description: 'All filters given must hold; a zone counts the "4+N" grid team serving it. No names: this is how people outside the caller\'s scope are shown.',
        querystring: MemberSummaryQuery,
        response: dataResponses(MemberSummarySchema),
      },
      handler: (request, reply) =>
        sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => summarise(ctx.dataset.people.filter(peopleFilter(ctx, request.query)))),
    });
    app.get('/members/:id', {
      schema: { ...common, summary: 'One party member, in the caller\'s full scope only', params: IdParams, querystring: NoQuery, response: dataResponses(MemberSchema, [403, 404]) },
      handler: (request, reply) => {
        const person = ctx.dataset.people[ctx.index.personIndexById.get(request.params.id) ?? -1];
        if (person?.kind !== 'member') throw new HttpProblem(404, `No party member '${request.params.id}'.`);
        const scope = scopeOf(request);
        if (!scope.fullOverBranch(person.branchId)) {
          // `owner` says whose member it is, so the client can show that branch's counts instead (not the member's name).
          throw new HttpProblem(403, `Member '${person.id}' belongs to a branch outside your scope.`, { owner: ownerOf(ctx, person.branchId) });
        }
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => memberView(person, scope));
      },
    });
    app.get('/teams', {
      schema: {
        ...common,
        summary: 'Teams: "4+N" grid teams and operations teams (班组)',
        querystring: TeamQuery,
        response: dataResponses(TeamList),
      },
      handler: (request, reply) => {
        const { unitId, branchId, zoneId, kind, complete } = request.query;
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({
          items: ctx.dataset.teams.filter(
            (t) =>
              (!unitId || ctx.index.withinUnit(unitId, t.unitId)) &&
              (!branchId || t.branchId === branchId) &&
              (!zoneId || (t.kind === 'grid' && t.zoneId === zoneId)) &&
              (!kind || t.kind === kind) &&
              (complete === undefined || isCompleteGridTeam(ctx, t.id) === complete),
          ),
        }));
      },
    });
    app.get('/zones', {
      schema: {
        ...common,
        tags: ['map'],
        summary: 'Grid zones (GeoJSON FeatureCollection)',
        querystring: ZoneQuery,
        response: dataResponses(GridZoneCollection),
      },
      handler: (request, reply) => {
        const { unitId, branchId } = request.query;
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({
          type: 'FeatureCollection',
          features: ctx.dataset.zones.features.filter(
            (f) => (!unitId || ctx.index.withinUnit(unitId, f.properties.unitId)) && (!branchId || f.properties.branchId === branchId),
          ),
        }));
      },
    });
    app.get('/zones/:id', {
      schema: { ...common, tags: ['map'], summary: 'One grid zone (GeoJSON Feature)', params: IdParams, querystring: NoQuery, response: dataResponses(feature(AreaGeometry, GridZoneProperties), [404]) },
      handler: (request, reply) => {
        const zone = ctx.dataset.zones.features[ctx.index.zoneIndexById.get(request.params.id) ?? -1];
        if (!zone) throw new HttpProblem(404, `No grid zone '${request.params.id}'.`);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => zone);
      },
    });
    done();
  };
}
