import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IndicatorReport, MonthlySeries } from '../../../src/api/schemas/indicators';
import { IndicatorLevel } from '../../../src/api/schemas/enums';
import { MarketingList } from '../../../src/api/schemas/indicators';
import type { ServerContext } from '../context';
import { etagFor, scopeOf } from '../context';
import { sendJson } from '../conditional';
import { indicatorReport, monthlySeries, windowOf } from '../indicators';
import { bearer, dataResponses } from '../openapi';
import { Id, Window } from '../params';

const SubjectQuery = z.strictObject({
  level: IndicatorLevel,
  id: Id.describe('the unit, branch, grid zone or member id'),
  ...Window,
});

export function indicatorRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const common = { security: bearer, tags: ['indicators'] };
  return (app, _options, done) => {
    app.get('/indicators', {
      schema: {
        ...common,
        summary: 'Indicators of a unit, branch, grid zone or member over a window, each with its definition',
        description: 'Window defaults to the year of the dataset\'s as-of day, up to that day. Unit, branch and zone indicators are aggregates anyone signed in may read; the catalogue (key, formula, sources) is src/api/indicator-catalogue.ts; member indicators need the member in the caller\'s full scope (403 otherwise).',
        querystring: SubjectQuery,
        response: dataResponses(IndicatorReport, [403, 404]),
      },
      handler: (request, reply) => {
        const { level, id, from, to } = request.query;
        const window = windowOf(ctx, from, to);
        const scope = scopeOf(request);
        const report = indicatorReport(ctx, scope, level, id, window);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => report);
      },
    });
    app.get('/series/monthly', {
      schema: {
        ...common,
        summary: 'Monthly series of violations and issues of a unit, branch, grid zone or member',
        description: 'Window defaults as for /indicators; every month of the window has a point.',
        querystring: SubjectQuery,
        response: dataResponses(MonthlySeries, [403, 404]),
      },
      handler: (request, reply) => {
        const { level, id, from, to } = request.query;
        const window = windowOf(ctx, from, to);
        const points = monthlySeries(ctx, scopeOf(request), level, id, window);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, true), () => ({ level, id, points }));
      },
    });
    app.get('/marketing', {
      schema: {
        ...common,
        summary: 'Monthly marketing results (win orders and amounts against target) per grid team',
        querystring: z.strictObject({ unitId: Id.optional(), gridTeamId: Id.optional() }),
        response: dataResponses(MarketingList),
      },
      handler: (request, reply) => {
        const { unitId, gridTeamId } = request.query;
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({
          items: ctx.dataset.marketing.filter(
            (m) => (!unitId || ctx.index.withinUnit(unitId, m.unitId)) && (!gridTeamId || m.gridTeamId === gridTeamId),
          ),
        }));
      },
    });
    done();
  };
}
