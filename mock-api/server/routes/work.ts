import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { WorkMonthly } from '../../../src/api/schemas/work';
import { WorkQuery } from '../../../src/api/schemas/params';
import type { ServerContext } from '../context';
import { etagFor } from '../context';
import { sendJson } from '../conditional';
import { windowOf } from '../indicators';
import { bearer, dataResponses } from '../openapi';
import { workReport } from '../work';

export function workRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  return (app, _options, done) => {
    app.get('/work/monthly', {
      schema: {
        security: bearer,
        tags: ['work'],
        summary: 'Work done by a unit or branch per month: operations by work type, own and contractor worker-days, workforce',
        description:
          'Window defaults as for /indicators. A unit counts every operations team under it, a branch its own. Aggregates anyone signed in may read. ' +
          'Months outside the dataset\'s three years have no point; a month the window covers in part counts that part of its work (by the days\' weights).',
        querystring: WorkQuery,
        response: dataResponses(WorkMonthly, [404]),
      },
      handler: (request, reply) => {
        const { level, id, from, to } = request.query;
        const window = windowOf(ctx, from, to);
        const report = workReport(ctx, level, id, window);
        return sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({
          level,
          id,
          name: report.name,
          from: window.from,
          to: window.to,
          workforce: { ownStaff: report.ownStaff, contractors: report.contractors },
          totals: report.tally,
          points: report.points,
        }));
      },
    });
    done();
  };
}
