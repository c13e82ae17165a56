import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Member, PartyOrgNode, Unit, UnitTreeNode } from '../../../src/api/schemas/org';
import { Branch, GridZoneCollection, Member as MemberSchema } from '../../../src/api/schemas/org';
import { feature } from '../../../src/api/schemas/geojson';
import { AreaGeometry } from '../../../src/api/schemas/geojson';
import { GridZoneProperties } from '../../../src/api/schemas/org';
import type { Dataset, Person } from '../../dataset/model';
import { BranchList, MemberPage, PartyOrgTree, TeamList, UnitTree } from '../../../src/api/schemas/org';
import type { ServerContext } from '../context';
import { etagFor, scopeOf } from '../context';
import { sendJson } from '../conditional';
import { bearer, dataResponses } from '../openapi';
import { Id, IdParams, Limit, Offset } from '../params';
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

/** A member as the caller may see them: their name masked outside the caller's full scope. */
export function memberView(person: Person & { kind: 'member' }, scope: Scope): Member {
  const { kind: _kind, ...member } = person;
  const { name, masked } = scope.name(member.name, member.branchId);
  return { ...member, name, nameMasked: masked };
}

export function orgRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const units = unitTree(ctx.dataset.units);
  const orgs = partyOrgTree(ctx.dataset);
  const members = ctx.dataset.people.filter((p): p is Person & { kind: 'member' } => p.kind === 'member');
  const common = { security: bearer, tags: ['organisation'] };
  return (app, _options, done) => {
    app.get('/units', {
      schema: { ...common, summary: 'The unit tree: the bureau and its district bureaus', querystring: z.strictObject({}), response: dataResponses(UnitTree) },
      handler: (request, reply) => sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({ items: units })),
    });
    app.get('/party-org', {
      schema: { ...common, summary: 'The party organisation tree: committees, branches, groups', querystring: z.strictObject({}), response: dataResponses(PartyOrgTree) },
      handler: (request, reply) => sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({ items: orgs })),
    });
    app.get('/branches', {
      schema: { ...common, summary: 'Party branches', querystring: z.strictObject({ unitId: Id.optional() }), response: dataResponses(BranchList) },
      handler: (request, reply) =>
        sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({
          items: ctx.dataset.branches.filter((b) => !request.query.unitId || ctx.index.withinUnit(request.query.unitId, b.unitId)),
        })),
    });
    app.get('/branches/:id', {
      schema: { ...common, summary: 'One party branch', params: IdParams, querystring: z.strictObject({}), response: dataResponses(Branch, [404]) },
      handler: (request, reply) => {
        const branch = ctx.index.branchById.get(request.params.id);
        if (!branch) throw new HttpProblem(404, `No branch '${request.params.id}'.`);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => branch);
      },
    });
    app.get('/members', {
      schema: {
        ...common,
        summary: 'Party members (names masked outside the caller\'s full scope)',
        querystring: z.strictObject({
          branchId: Id.optional(),
          zoneId: Id.optional().describe('the gridders serving this zone'),
          teamId: Id.optional().describe('members of this operations or grid team'),
          offset: Offset,
          limit: Limit,
        }),
        response: dataResponses(MemberPage),
      },
      handler: (request, reply) => {
        const { branchId, zoneId, teamId, offset, limit } = request.query;
        const scope = scopeOf(request);
        const zone = zoneId ? ctx.dataset.zones.features[ctx.index.zoneIndexById.get(zoneId) ?? -1] : undefined;
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => {
          const selected = members.filter(
            (m) =>
              (!branchId || m.branchId === branchId) &&
              (!zoneId || (zone !== undefined && m.gridTeamId === zone.properties.gridTeamId)) &&
              (!teamId || m.teamId === teamId || m.gridTeamId === teamId),
          );
          return { items: selected.slice(offset, offset + limit).map((m) => memberView(m, scope)), total: selected.length, offset, limit };
        });
      },
    });
    app.get('/members/:id', {
      schema: { ...common, summary: 'One party member, in the caller\'s full scope only', params: IdParams, querystring: z.strictObject({}), response: dataResponses(MemberSchema, [403, 404]) },
      handler: (request, reply) => {
        const person = ctx.dataset.people[ctx.index.personIndexById.get(request.params.id) ?? -1];
        if (person?.kind !== 'member') throw new HttpProblem(404, `No party member '${request.params.id}'.`);
        const scope = scopeOf(request);
        if (!scope.fullOverBranch(person.branchId)) throw new HttpProblem(403, `Member '${person.id}' belongs to a branch outside your scope.`);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => memberView(person, scope));
      },
    });
    app.get('/teams', {
      schema: {
        ...common,
        summary: 'Teams: "4+N" grid teams and operations teams (班组)',
        querystring: z.strictObject({ unitId: Id.optional(), branchId: Id.optional(), kind: z.enum(['grid', 'operations']).optional() }),
        response: dataResponses(TeamList),
      },
      handler: (request, reply) => {
        const { unitId, branchId, kind } = request.query;
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({
          items: ctx.dataset.teams.filter(
            (t) => (!unitId || ctx.index.withinUnit(unitId, t.unitId)) && (!branchId || t.branchId === branchId) && (!kind || t.kind === kind),
          ),
        }));
      },
    });
    app.get('/zones', {
      schema: {
        ...common,
        tags: ['map'],
        summary: 'Grid zones (GeoJSON FeatureCollection)',
        querystring: z.strictObject({ unitId: Id.optional(), branchId: Id.optional() }),
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
      schema: { ...common, tags: ['map'], summary: 'One grid zone (GeoJSON Feature)', params: IdParams, querystring: z.strictObject({}), response: dataResponses(feature(AreaGeometry, GridZoneProperties), [404]) },
      handler: (request, reply) => {
        const zone = ctx.dataset.zones.features[ctx.index.zoneIndexById.get(request.params.id) ?? -1];
        if (!zone) throw new HttpProblem(404, `No grid zone '${request.params.id}'.`);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => zone);
      },
    });
    done();
  };
}
