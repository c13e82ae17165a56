import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Violation } from '../../../src/api/schemas/violations';
import { Violation as ViolationSchema, ViolationPage } from '../../../src/api/schemas/violations';
import { severities, violationCategories, workTypes } from '../../../src/api/schemas/enums';
import type { IssueStatus } from '../../../src/api/schemas/enums';
import { VIOLATION_COLUMNS_MEDIA_TYPE, issueIdOfViolationRow, rowOfViolationId, violationIdOf } from '../../../src/api/violation-columns';
import type { ServerContext } from '../context';
import { etagFor, scopeOf } from '../context';
import { dataEtag, matchesIfNoneMatch, sendJson, setDataHeaders } from '../conditional';
import { circleMemberIndexes } from '../../dataset/circle';
import { datasetIndex } from '../../dataset/dataset-index';
import { NOT_MODIFIED, bearer, dataResponses, responses } from '../openapi';
import { IdParams, NoQuery, ViolationQuery } from '../../../src/api/schemas/params';
import { assertWindowInOrder } from '../params';
import { HttpProblem } from '../problem';
import type { Scope } from '../scope';
import { repeatFlags } from '../repeats';
import { codeSet, rowRange, zoneMask } from '../selection';
import { instantOf } from '../time';

/** Violation row as the caller may see it (the person's name masked outside their full scope). */
export function violationView(ctx: ServerContext, row: number, scope: Scope): Violation {
  const v = ctx.dataset.violations;
  const zone = ctx.dataset.zones.features[v.zone[row] ?? -1];
  const person = ctx.dataset.people[v.person[row] ?? -1];
  const branchId = zone?.properties.branchId ?? '';
  const { name, masked } = person ? scope.name(person.name, branchId) : { name: '', masked: false };
  const td = v.transformerDistrict[row] ?? -1;
  const feeder = v.feeder[row] ?? -1;
  const status = ctx.issues.statusOfRow(row);
  return {
    id: violationIdOf(row),
    occurredAt: instantOf(v.time[row] ?? 0),
    category: violationCategories[v.category[row] ?? 0] ?? 'behaviour',
    severity: severities[v.severity[row] ?? 0] ?? 'general',
    workType: workTypes[v.workType[row] ?? 0] ?? 'patrol',
    description: ctx.dataset.violationDescriptions[v.description[row] ?? 0] ?? '',
    position: [v.lon[row] ?? 0, v.lat[row] ?? 0],
    unitId: zone?.properties.unitId ?? '',
    branchId,
    zoneId: zone?.id ?? '',
    teamId: ctx.dataset.teams[v.team[row] ?? -1]?.id ?? '',
    personId: person?.id ?? null,
    personName: name,
    personNameMasked: masked,
    personIsMember: person?.kind === 'member',
    memberIds: circleMemberIndexes(ctx.dataset, row).map((i) => ctx.dataset.people[i]?.id ?? ''),
    transformerDistrictId: td >= 0 ? (ctx.dataset.transformerDistricts.features[td]?.id ?? null) : null,
    feederId: feeder >= 0 ? (ctx.dataset.feeders.features[feeder]?.id ?? null) : null,
    issueId: issueIdOfViolationRow(row),
    issueStatus: status,
    issueOverdue: ctx.issues.isRowOverdue(row),
  };
}

type Query = z.output<typeof ViolationQuery>;

/** Row predicate for every filter but the time window (handled by the row range) and member (by the circle index). */
function rowFilter(ctx: ServerContext, q: Query): (row: number) => boolean {
  const v = ctx.dataset.violations;
  const mask = zoneMask(ctx.dataset, ctx.index, q);
  const categories = codeSet(violationCategories, q.category);
  const sevs = codeSet(severities, q.severity);
  const types = codeSet(workTypes, q.workType);
  const repeats = q.repeat === undefined ? null : repeatFlags(v);
  const repeat = q.repeat ? 1 : 0;
  const statuses: Set<IssueStatus> | null = q.status ? new Set(q.status) : null;
  const overdue = q.overdue;
  const bbox = q.bbox;
  const circleOf = q.aroundMembers === undefined ? null : datasetIndex(ctx.dataset).circleOf;
  return (row) =>
    (!mask || mask[v.zone[row] ?? 0] === 1) &&
    (!categories || categories.has(v.category[row] ?? -1)) &&
    (!sevs || sevs.has(v.severity[row] ?? -1)) &&
    (!types || types.has(v.workType[row] ?? -1)) &&
    (!repeats || repeats[row] === repeat) &&
    (!circleOf || ((circleOf[v.person[row] ?? -1]?.length ?? 0) > 0) === q.aroundMembers) &&
    (!bbox || ((v.lon[row] ?? 0) >= bbox[0] && (v.lon[row] ?? 0) <= bbox[2] && (v.lat[row] ?? 0) >= bbox[1] && (v.lat[row] ?? 0) <= bbox[3])) &&
    (!statuses || statuses.has(ctx.issues.statusOfRow(row))) &&
    (overdue === undefined || ctx.issues.isRowOverdue(row) === overdue);
}

/** Matching rows, newest first: the page asked for and the total. */
function selectRows(ctx: ServerContext, q: Query): { rows: number[]; total: number } {
  const [start, end] = rowRange(ctx.dataset, q.from, q.to);
  const keep = rowFilter(ctx, q);
  const rows: number[] = [];
  let total = 0;
  const visit = (row: number) => {
    if (!keep(row)) return;
    if (total >= q.offset && rows.length < q.limit) rows.push(row);
    total += 1;
  };
  if (q.memberId !== undefined) {
    const person = ctx.index.personIndexById.get(q.memberId);
    const circle = person === undefined ? new Uint32Array(0) : ctx.circles.rowsWithin(person, start, end);
    for (let i = circle.length - 1; i >= 0; i--) visit(circle[i] ?? 0);
  } else {
    for (let row = end - 1; row >= start; row--) visit(row);
  }
  return { rows, total };
}

const ENCODINGS = ['br', 'gzip'] as const;

/** The best precompressed coding the caller accepts (q=0 refuses one). */
function negotiate(request: FastifyRequest): 'br' | 'gzip' | 'identity' {
  const header = String(request.headers['accept-encoding'] ?? '');
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  for (const encoding of ENCODINGS) {
    const q = accepted.get(encoding) ?? accepted.get('*') ?? 0;
    if (q > 0) return encoding;
  }
  return 'identity';
}

async function sendColumns(ctx: ServerContext, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const columns = await ctx.columns.get();
  const etag = dataEtag([ctx.index.tag, 'columns', columns.stateKey]);
  setDataHeaders(reply, etag);
  reply.header('vary', 'Authorization, Accept-Encoding');
  if (matchesIfNoneMatch(request, etag)) return reply.code(304).send();
  const encoding = negotiate(request);
  const body = encoding === 'identity' ? columns.identity : columns[encoding];
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  reply.header('content-length', body.byteLength);
  return reply.type(VIOLATION_COLUMNS_MEDIA_TYPE).send(body);
}

export function violationRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const common = { security: bearer, tags: ['violations'] };
  return (app, _options, done) => {
    app.get('/violations', {
      schema: {
        ...common,
        summary: 'Violations, filtered and paginated, newest first',
        description: 'Person names are masked outside the caller\'s full scope.',
        querystring: ViolationQuery,
        response: dataResponses(ViolationPage),
      },
      handler: (request, reply) => {
        const q = request.query;
        assertWindowInOrder(q.from, q.to);
        const scope = scopeOf(request);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => {
          const { rows, total } = selectRows(ctx, q);
          return { items: rows.map((row) => violationView(ctx, row, scope)), total, offset: q.offset, limit: q.limit };
        });
      },
    });
    app.get('/violations/columns', {
      // Precompressed once per journal version: compressing 10 MB per request would be the bottleneck.
      compress: false,
      schema: {
        ...common,
        summary: 'All violation points in the compact columnar binary form',
        description: `Media type ${VIOLATION_COLUMNS_MEDIA_TYPE}; see src/api/violation-columns.ts for the layout. Served precompressed (br or gzip) under an ETag that changes with every issue write and at midnight Asia/Shanghai, when deadlines pass.`,
        querystring: NoQuery,
        response: {
          200: { description: 'The binary columns', content: { [VIOLATION_COLUMNS_MEDIA_TYPE]: { schema: z.string().describe('binary') } } },
          304: NOT_MODIFIED,
          ...responses({}, [400, 401]),
        },
      },
      handler: async (request, reply) => {
        await sendColumns(ctx, request, reply);
      },
    });
    app.get('/violations/:id', {
      schema: { ...common, summary: 'One violation', params: IdParams, querystring: NoQuery, response: dataResponses(ViolationSchema, [404]) },
      handler: (request, reply) => {
        const row = rowOfViolationId(request.params.id);
        if (row === null || row >= ctx.dataset.violations.count || violationIdOf(row) !== request.params.id) {
          throw new HttpProblem(404, `No violation '${request.params.id}'.`);
        }
        const scope = scopeOf(request);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => violationView(ctx, row, scope));
      },
    });
    done();
  };
}
