import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Issue, IssueDetail } from '../../../src/api/schemas/issues';
import { IssueDetail as IssueDetailSchema, IssuePage, IssueTransitionRequest } from '../../../src/api/schemas/issues';
import type { ServerContext } from '../context';
import { etagFor, scopeOf } from '../context';
import { sendJson, setDataHeaders } from '../conditional';
import type { IssueRef } from '../issue-store';
import { transitions } from '../issue-store';
import { actionNeedsAssignee } from '../../../src/api/issue-workflow';
import { bearer, dataResponses, responses } from '../openapi';
import { IdParams, IssueQuery, NoQuery } from '../../../src/api/schemas/params';
import { severities, violationCategories, workTypes } from '../../../src/api/schemas/enums';
import { assertWindowInOrder } from '../params';
import { HttpProblem } from '../problem';
import type { Scope } from '../scope';
import { codeSet, rowRange, zoneMask } from '../selection';
import { dayOf, startOfDay, DAY_MS } from '../time';

/** The strong ETag of an issue: its version (bumped by every transition), within this dataset. */
export function issueEtag(ctx: ServerContext, issue: { id: string; version: number }): string {
  return `"${ctx.index.tag}.${issue.id}.v${issue.version}"`;
}

function maskIssue<T extends Issue>(issue: T, scope: Scope): T {
  if (issue.assigneeName === null || scope.fullOverBranch(issue.branchId)) return issue;
  return { ...issue, assigneeName: scope.name(issue.assigneeName, issue.branchId).name };
}

type Query = z.output<typeof IssueQuery>;

/** Issues matching the query, newest first: the page and the total. Violation issues are scanned columnar. */
function selectIssues(ctx: ServerContext, q: Query): { refs: IssueRef[]; total: number } {
  const mask = zoneMask(ctx.dataset, ctx.index, q);
  const statuses = q.status ? new Set(q.status) : null;
  const sources = q.source ? new Set(q.source) : null;
  // Of the violation they come from: standalone issues have no category, severity or work type.
  const categories = codeSet(violationCategories, q.category);
  const severityCodes = codeSet(severities, q.severity);
  const workTypeCodes = codeSet(workTypes, q.workType);
  const ofViolationsOnly = categories !== null || severityCodes !== null || workTypeCodes !== null;
  const fromMs = q.from ? startOfDay(q.from) : -Infinity;
  const toMs = q.to ? startOfDay(q.to) + DAY_MS : Infinity;
  const v = ctx.dataset.violations;
  // A member's issues are those of the violations in their circle: standalone issues have none.
  const person = q.memberId === undefined ? undefined : (ctx.index.personIndexById.get(q.memberId) ?? -1);

  const standalone = (person !== undefined || ofViolationsOnly || (sources && !sources.has('asset_recovery') && !sources.has('public_safety_hazard'))
    ? []
    : ctx.dataset.standaloneIssues.filter((i) => {
        if (sources && !sources.has(i.source)) return false;
        if (i.createdAt < fromMs || i.createdAt >= toMs || (mask && mask[i.zoneIndex] !== 1)) return false;
        const ref: IssueRef = { kind: 'standalone', issue: i };
        const summary = ctx.issues.summary(ref);
        return (
          (!statuses || statuses.has(summary.status)) &&
          (q.overdue === undefined || summary.overdue === q.overdue) &&
          (q.reopened === undefined || ctx.issues.isReopened(ref) === q.reopened)
        );
      })
  ).sort((a, b) => b.createdAt - a.createdAt);

  const refs: IssueRef[] = [];
  let total = 0;
  // Newest first is the scan's own order, paged as it goes; another order sorts all that match first.
  const byDeadline = q.sort === 'deadline' || q.sort === '-deadline';
  const take = (ref: IssueRef) => {
    if (byDeadline || (total >= q.offset && refs.length < q.limit)) refs.push(ref);
    total += 1;
  };
  let s = 0;
  const [start, end] = sources && !sources.has('violation') ? [0, 0] : rowRange(ctx.dataset, q.from, q.to);
  const visit = (row: number) => {
    if (mask && mask[v.zone[row] ?? 0] !== 1) return;
    if (statuses && !statuses.has(ctx.issues.statusOfRow(row))) return;
    if (categories && !categories.has(v.category[row] ?? -1)) return;
    if (severityCodes && !severityCodes.has(v.severity[row] ?? -1)) return;
    if (workTypeCodes && !workTypeCodes.has(v.workType[row] ?? -1)) return;
    if (q.overdue !== undefined && ctx.issues.isRowOverdue(row) !== q.overdue) return;
    if (q.reopened !== undefined && ctx.issues.isRowReopened(row) !== q.reopened) return;
    const t = v.time[row] ?? 0;
    for (let next = standalone[s]; next && next.createdAt > t; next = standalone[++s]) take({ kind: 'standalone', issue: next });
    take({ kind: 'violation', row });
  };
  if (person !== undefined) {
    const circle = person < 0 ? new Uint32Array(0) : ctx.circles.rowsWithin(person, start, end);
    for (let i = circle.length - 1; i >= 0; i--) visit(circle[i] ?? 0);
  } else {
    for (let row = end - 1; row >= start; row--) visit(row);
  }
  for (let next = standalone[s]; next; next = standalone[++s]) take({ kind: 'standalone', issue: next });
  if (!byDeadline) return { refs, total };
  const deadlineOf = (ref: IssueRef) => (ref.kind === 'violation' ? ctx.issues.deadlineOfRow(ref.row) : startOfDay(ctx.issues.summary(ref).deadline));
  const sign = q.sort === 'deadline' ? 1 : -1;
  // By the deadline's day (a later write may set a deadline's end to 23:59:59.999, the generator to any time that day); stable: newest first within a day.
  const keyed = refs.map((ref) => ({ ref, day: dayOf(deadlineOf(ref)) }));
  keyed.sort((a, b) => (a.day === b.day ? 0 : a.day < b.day ? -sign : sign));
  return { refs: keyed.slice(q.offset, q.offset + q.limit).map((k) => k.ref), total };
}

export function issueRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const common = { security: bearer, tags: ['issues'] };
  const locate = (id: string): IssueRef => {
    const ref = ctx.issues.locate(id);
    if (!ref) throw new HttpProblem(404, `No issue '${id}'.`);
    return ref;
  };
  return (app, _options, done) => {
    app.get('/issues', {
      schema: {
        ...common,
        summary: 'Issues (from violations, public-safety hazards, asset recovery), newest first or by deadline',
        description: [
          'Assignee names are masked outside the caller\'s full scope. An issue is overdue from the midnight (Asia/Shanghai) that ends its',
          'deadline day while it is open: `overdue=true&status=<the open ones>&sort=-deadline` lists the most recently overdue first.',
        ].join(' '),
        querystring: IssueQuery,
        response: dataResponses(IssuePage),
      },
      handler: (request, reply) => {
        const q = request.query;
        assertWindowInOrder(q.from, q.to);
        const scope = scopeOf(request);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => {
          const { refs, total } = selectIssues(ctx, q);
          return { items: refs.map((ref) => maskIssue(ctx.issues.summary(ref), scope)), total, offset: q.offset, limit: q.limit };
        });
      },
    });
    app.get('/issues/:id', {
      schema: {
        ...common,
        summary: 'One issue with its audit history',
        description: 'In the caller\'s full scope only (403 otherwise). The ETag carries the issue\'s version: send it back in If-Match to transition the issue.',
        params: IdParams,
        querystring: NoQuery,
        response: dataResponses(IssueDetailSchema, [403, 404]),
      },
      handler: (request, reply) => {
        const ref = locate(request.params.id);
        const detail = ctx.issues.detail(ref);
        if (!scopeOf(request).fullOverBranch(detail.branchId)) throw new HttpProblem(403, `Issue '${detail.id}' belongs to a branch outside your scope.`);
        return sendJson(ctx.bodies, request, reply, issueEtag(ctx, detail), () => detail);
      },
    });
    app.post('/issues/:id/transitions', {
      schema: {
        ...common,
        summary: 'Move an issue along the closure loop',
        description: [
          'Actions: assign (found→assigned, needs assigneeId), start (assigned→rectifying), submit (rectifying→awaiting_verification),',
          'verify (awaiting_verification→closed), reject (awaiting_verification→rectifying), reopen (closed→assigned, needs assigneeId).',
          'assign and reopen may set a new deadline (a day, today or later in Asia/Shanghai); other actions may not.',
          'Who may: a branch secretary assign, start, submit and reopen on their own branch\'s issues (never verify or reject); a district manager verify, reject and reopen in their',
          'district; the bureau manager verify, reject and reopen everywhere. The request must carry If-Match with the issue\'s current',
          'ETag (428 without, 412 when stale). A body with a field not listed here is refused (422, the field named), not applied.',
          'The write is journaled and fsynced before the answer: 200 means stored.',
        ].join(' '),
        params: IdParams,
        querystring: NoQuery,
        headers: z.object({ 'if-match': z.string().optional().describe('the issue\'s ETag, from GET /issues/{id}') }),
        body: IssueTransitionRequest,
        response: responses({ 200: IssueDetailSchema }, [400, 401, 403, 404, 409, 412, 413, 415, 422, 428]),
      },
      handler: async (request, reply) => {
        const scope = scopeOf(request);
        const ref = locate(request.params.id);
        const id = ctx.issues.idOf(ref);
        const { branchId } = ctx.issues.summary(ref);
        if (!scope.fullOverBranch(branchId)) throw new HttpProblem(403, `Issue '${id}' belongs to a branch outside your scope.`);
        const ifMatch = request.headers['if-match']?.trim();
        if (!ifMatch || ifMatch === '*') {
          throw new HttpProblem(428, 'Send If-Match with the issue\'s ETag (from GET /api/v1/issues/{id}) so that concurrent changes are not overwritten.', {
            errors: [{ name: 'If-Match', reason: 'required' }],
          });
        }
        const { action, comment, assigneeId, deadline } = request.body;
        if (!scope.mayTransition(action, branchId)) {
          throw new HttpProblem(403, `Your role (${scope.account.role}) may not '${action}' issue '${id}'.`);
        }
        const record = await ctx.writes.run(() => {
          const state = ctx.issues.stateOf(ref);
          const current = issueEtag(ctx, { id, version: state.version });
          if (!ifMatch.split(',').some((tag) => tag.trim() === current)) {
            throw new HttpProblem(412, `The issue has changed (it is now version ${state.version}); reload it and try again.`, { headers: { etag: current } });
          }
          const rule = transitions[action];
          if (state.status !== rule.from) {
            throw new HttpProblem(409, `Cannot '${action}' an issue that is '${state.status}'; '${action}' needs '${rule.from}'.`, { slug: 'invalid-transition' });
          }
          const needsAssignee = actionNeedsAssignee(action);
          if (deadline !== undefined && !needsAssignee) {
            throw new HttpProblem(422, `'${action}' does not set a deadline; only assign and reopen do.`, { errors: [{ name: 'deadline', reason: 'not allowed for this action' }] });
          }
          if (deadline !== undefined && deadline < dayOf(ctx.now().getTime())) {
            throw new HttpProblem(422, `deadline '${deadline}' is in the past.`, { errors: [{ name: 'deadline', reason: 'before today' }] });
          }
          if (needsAssignee && !assigneeId) {
            throw new HttpProblem(422, `'${action}' needs assigneeId: the person who will rectify the issue.`, { errors: [{ name: 'assigneeId', reason: 'required' }] });
          }
          const assignee = assigneeId ? ctx.dataset.people[ctx.index.personIndexById.get(assigneeId) ?? -1] : undefined;
          if (needsAssignee && (!assignee || ctx.index.branchOfPerson(assignee) !== branchId)) {
            throw new HttpProblem(422, `assigneeId '${assigneeId ?? ''}' is not a person of branch '${branchId}'.`, { errors: [{ name: 'assigneeId', reason: 'not in the issue\'s branch' }] });
          }
          return {
            issueId: id,
            action,
            from: state.status,
            to: rule.to,
            at: ctx.now().getTime(),
            actorId: scope.account.id,
            actorName: scope.account.displayName,
            comment,
            assigneeId: needsAssignee ? (assigneeId ?? null) : null,
            // The end of the deadline day, as generated deadlines are.
            ...(deadline !== undefined && { deadline: startOfDay(deadline) + DAY_MS - 1 }),
            version: state.version + 1,
          };
        });
        const detail: IssueDetail = ctx.issues.detail(ref);
        request.log.info({ issueId: id, action, version: record.version }, 'issue transition stored');
        setDataHeaders(reply, issueEtag(ctx, detail));
        reply.header('cache-control', 'no-store');
        return reply.code(200).send(detail);
      },
    });
    done();
  };
}

