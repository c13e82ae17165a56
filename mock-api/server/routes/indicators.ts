import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { IndicatorComparison } from '../../../src/api/schemas/indicator-comparison';
import { Breakdown, IndicatorRanking, IndicatorReport, MarketingList, MonthlySeries } from '../../../src/api/schemas/indicators';
import { FilteredSubjectQuery, MarketingQuery, RankingQuery, SubjectQuery } from '../../../src/api/schemas/params';
import type { ServerContext } from '../context';
import { etagFor, scopeOf } from '../context';
import { sendJson } from '../conditional';
import { breakdown, indicatorComparison, indicatorRanking, indicatorReport, monthlySeries, windowOf } from '../indicators';
import { bearer, dataResponses } from '../openapi';
import { assertWindowInOrder } from '../params';

export function indicatorRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const common = { security: bearer, tags: ['indicators'] };
  return (app, _options, done) => {
    app.get('/indicators', {
      schema: {
        ...common,
        summary: 'Indicators of a unit, branch, grid zone or member over a window, each with its definition and the records behind it',
        description: [
          'Window defaults to the year of the dataset\'s as-of day, up to that day. The bureau is the unit U-GZ. Each level lists the',
          'indicators of the catalogue (src/api/indicator-catalogue.ts) defined for it; grid-team indicators (4+N, transformer districts,',
          'win orders) only for subjects with grid teams. Every value has its numerator and denominator, its definition (formula, period,',
          'what the numerator and denominator are, source fields) and `records`: an API list URL of the records behind it (rows: numerator',
          'when the list\'s total is the numerator). Unit, branch and zone indicators are aggregates anyone signed in may read; member',
          'indicators need the member in the caller\'s full scope (403 otherwise).',
        ].join(' '),
        querystring: SubjectQuery,
        response: dataResponses(IndicatorReport, [403, 404]),
      },
      handler: (request, reply) => {
        const { level, id, from, to } = request.query;
        const window = windowOf(ctx, from, to);
        const scope = scopeOf(request);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => indicatorReport(ctx, scope, level, id, window));
      },
    });
    app.get('/indicators/ranking', {
      schema: {
        ...common,
        summary: 'The children of a unit, branch or grid zone ranked by one indicator, each with value, numerator, denominator and rank',
        description: [
          'Window defaults as for /indicators. The bureau ranks its district bureaus, a district bureau its branches, a branch its grid zones,',
          'a zone its members (the four gridders of its "4+N" team); childLevel ranks any level under the subject instead.',
          'Order: best first (order=best, by the indicator\'s `better`) or worst first; equal values in id order; children whose value is null',
          '(no denominator, or an indicator of grid teams for a child without one) come last, in id order. Ranks are places 1..n.',
          'Rankings of units, branches and zones are aggregates anyone signed in may read. A ranking of members lists their names:',
          'it is answered only when every member ranked is in the caller\'s full scope, 403 otherwise.',
          'A key that is not an indicator of the ranked level, a level with nothing under it, or a childLevel that is not under the subject is a 400.',
        ].join(' '),
        querystring: RankingQuery,
        response: dataResponses(IndicatorRanking, [403, 404]),
      },
      handler: (request, reply) => {
        const { level, id, key, childLevel, order, from, to } = request.query;
        const window = windowOf(ctx, from, to);
        const scope = scopeOf(request);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => indicatorRanking(ctx, scope, { level, id, key, childLevel, order }, window));
      },
    });
    app.get('/indicators/comparison', {
      schema: {
        ...common,
        summary: 'Each indicator of a subject against the previous window, its siblings\' average and its rank among them',
        description: [
          'Window defaults as for /indicators; the previous window has the same length and ends the day before it starts (its values are',
          'null where the dataset does not cover all of it). Siblings: the children of the subject\'s parent at the subject\'s level, the',
          'subject among them (a district bureau: the bureau\'s district bureaus; a branch: its unit\'s; a zone: its branch\'s; a member:',
          'their zone\'s gridders, or their branch\'s members). The average is the plain mean of their values; the rank is the subject\'s',
          'place among them best first, as /indicators/ranking orders them. No sibling is named. Member comparisons need the member in the',
          'caller\'s full scope (403 otherwise).',
        ].join(' '),
        querystring: SubjectQuery,
        response: dataResponses(IndicatorComparison, [403, 404]),
      },
      handler: (request, reply) => {
        const { level, id, from, to } = request.query;
        const window = windowOf(ctx, from, to);
        const scope = scopeOf(request);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => indicatorComparison(ctx, scope, level, id, window));
      },
    });
    app.get('/breakdown', {
      schema: {
        ...common,
        summary: 'Violations by category × severity and by work type, and the issue closure funnel, of a unit, branch, grid zone or member',
        description: [
          'Window defaults as for /indicators. Violations that occurred in the window; issues created in it, at their stage now (with the overdue',
          'ones per stage). By work type, with the operations of that type where the subject has operations teams (units and branches).',
          'Every count links the API list of its records (without the filters). Member breakdowns need the member in the caller\'s full scope (403 otherwise).',
          'The map\'s filters narrow it: category, severity, work type (issues of other sources, which have none of them, are left out when any is given),',
          'status and overdue (of the violation\'s issue, or of the issue).',
        ].join(' '),
        querystring: FilteredSubjectQuery,
        response: dataResponses(Breakdown, [403, 404]),
      },
      handler: (request, reply) => {
        const { level, id, from, to, ...filter } = request.query;
        const window = windowOf(ctx, from, to);
        const scope = scopeOf(request);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => breakdown(ctx, scope, level, id, window, filter));
      },
    });
    app.get('/series/monthly', {
      schema: {
        ...common,
        summary: 'Monthly series of violations and issues of a unit, branch, grid zone or member',
        description:
          'Window defaults as for /indicators; every month of the window has a point. Filters (category, severity, status, work type, overdue) as for /breakdown.',
        querystring: FilteredSubjectQuery,
        response: dataResponses(MonthlySeries, [403, 404]),
      },
      handler: (request, reply) => {
        const { level, id, from, to, ...filter } = request.query;
        const window = windowOf(ctx, from, to);
        const scope = scopeOf(request);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => ({ level, id, points: monthlySeries(ctx, scope, level, id, window, filter) }));
      },
    });
    app.get('/marketing', {
      schema: {
        ...common,
        summary: 'Monthly marketing results (win orders and amounts against target) per grid team',
        description: 'Filters: the grid teams of a unit, branch or zone, or one team; from/to keep the months those days fall in.',
        querystring: MarketingQuery,
        response: dataResponses(MarketingList),
      },
      handler: (request, reply) => {
        const { unitId, branchId, zoneId, gridTeamId, from, to } = request.query;
        assertWindowInOrder(from, to);
        // An unknown zone has no grid team: nothing matches (as for an unknown unit or branch).
        const zoneTeam = zoneId === undefined ? undefined : (ctx.dataset.zones.features[ctx.index.zoneIndexById.get(zoneId) ?? -1]?.properties.gridTeamId ?? '');
        const [fromMonth, toMonth] = [from?.slice(0, 7), to?.slice(0, 7)];
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({
          items: ctx.dataset.marketing.filter(
            (m) =>
              (!unitId || ctx.index.withinUnit(unitId, m.unitId)) &&
              (!branchId || ctx.index.teamById.get(m.gridTeamId)?.branchId === branchId) &&
              (zoneTeam === undefined || m.gridTeamId === zoneTeam) &&
              (!gridTeamId || m.gridTeamId === gridTeamId) &&
              (!fromMonth || m.month >= fromMonth) &&
              (!toMonth || m.month <= toMonth),
          ),
        }));
      },
    });
    done();
  };
}
