import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { WallAcknowledgement } from '../../../src/api/schemas/walls';
import { WallAcknowledgement as WallAcknowledgementSchema, WallAcknowledgeRequest, WallParams } from '../../../src/api/schemas/walls';
import { NoQuery } from '../../../src/api/schemas/params';
import type { ServerContext } from '../context';
import { scopeOf } from '../context';
import { dataEtag, sendJson } from '../conditional';
import { bearer, dataResponses, responses } from '../openapi';
import { HttpProblem } from '../problem';
import { instantOf } from '../time';

/** How far ahead of the server's clock an acknowledged instant may lie (a wall's clock drifts). */
const CLOCK_SKEW_MS = 5 * 60_000;

function acknowledgementOf(ctx: ServerContext, wallId: string): WallAcknowledgement {
  const ack = ctx.wallAcks.get(wallId);
  const instant = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : instantOf(ms));
  return { wallId, seenUpTo: instant(ack?.seenUpTo), overdueSeenUpTo: instant(ack?.overdueSeenUpTo), acknowledgedAt: instant(ack?.at), acknowledgedBy: ack?.actorId ?? null };
}

export function wallRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  return (app, _options, done) => {
    const common = { tags: ['walls'], security: bearer };
    app.get('/walls/:wallId/acknowledgement', {
      schema: {
        ...common,
        summary: 'What a wall screen has acknowledged',
        description: [
          'The instant of the newest severe violation the wall had shown when somebody last acknowledged its ticker (`seenUpTo`), and when',
          'the most recently overdue issue it had shown became overdue (`overdueSeenUpTo`: the midnight, Asia/Shanghai, after its deadline day);',
          'each null while the wall has acknowledged nothing of its kind.',
        ].join(' '),
        params: WallParams,
        querystring: NoQuery,
        response: dataResponses(WallAcknowledgementSchema),
      },
      handler: (request, reply) => {
        scopeOf(request);
        // The acknowledgements' version in the ETag: any write makes every wall's answer new.
        const etag = dataEtag([ctx.index.tag, `wall-acks.${ctx.wallAcks.version}`, request.url]);
        sendJson(ctx.bodies, request, reply, etag, () => acknowledgementOf(ctx, request.params.wallId));
      },
    });
    app.put('/walls/:wallId/acknowledgement', {
      schema: {
        ...common,
        summary: 'Acknowledge what a wall screen has shown',
        description: [
          'Any signed-in account may acknowledge for a wall (a wall signs in with its own link). The body has `seenUpTo`, `overdueSeenUpTo`',
          'or both (neither: 422); an absent one is left as stored. Each stored instant only moves forward: an older one than stored is',
          'accepted and changes nothing (two walls of one name, or a retry, cannot un-see). An instant more than five minutes ahead of the',
          'server\'s clock is refused (422). The write is journaled and fsynced before the answer.',
        ].join(' '),
        params: WallParams,
        querystring: NoQuery,
        body: WallAcknowledgeRequest,
        response: responses({ 200: WallAcknowledgementSchema }, [400, 401, 413, 415, 422]),
      },
      handler: async (request, reply) => {
        const scope = scopeOf(request);
        const { wallId } = request.params;
        const now = ctx.now().getTime();
        const instant = (name: 'seenUpTo' | 'overdueSeenUpTo') => {
          const text = request.body[name];
          if (text === undefined) return undefined;
          const ms = Date.parse(text);
          if (ms > now + CLOCK_SKEW_MS) {
            throw new HttpProblem(422, `${name} ${text} lies in the future; a wall acknowledges what it has shown.`, { errors: [{ name, reason: 'in the future' }] });
          }
          return ms;
        };
        const seenUpTo = instant('seenUpTo');
        const overdueSeenUpTo = instant('overdueSeenUpTo');
        if (ctx.wallAcks.advances(wallId, seenUpTo, overdueSeenUpTo)) {
          // Only the watermarks the body brings: a record without one leaves it as it was on replay.
          await ctx.wallAckWrites.run(() => ({
            wallId,
            ...(seenUpTo !== undefined && { seenUpTo }),
            ...(overdueSeenUpTo !== undefined && { overdueSeenUpTo }),
            at: now,
            actorId: scope.account.id,
          }));
        }
        reply.header('cache-control', 'no-store');
        return reply.code(200).send(acknowledgementOf(ctx, wallId));
      },
    });
    done();
  };
}
