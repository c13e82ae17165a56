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
  return { wallId, seenUpTo: ack ? instantOf(ack.seenUpTo) : null, acknowledgedAt: ack ? instantOf(ack.at) : null, acknowledgedBy: ack?.actorId ?? null };
}

export function wallRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  return (app, _options, done) => {
    const common = { tags: ['walls'], security: bearer };
    app.get('/walls/:wallId/acknowledgement', {
      schema: {
        ...common,
        summary: 'What a wall screen has acknowledged',
        description: 'The instant of the newest severe violation the wall had shown when somebody last acknowledged its ticker; null for a wall that never has.',
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
          'Any signed-in account may acknowledge for a wall (a wall signs in with its own link). The stored instant only moves forward:',
          'an older one than stored is accepted and changes nothing (two walls of one name, or a retry, cannot un-see). An instant more',
          'than five minutes ahead of the server\'s clock is refused (422). The write is journaled and fsynced before the answer.',
        ].join(' '),
        params: WallParams,
        querystring: NoQuery,
        body: WallAcknowledgeRequest,
        response: responses({ 200: WallAcknowledgementSchema }, [400, 401, 413, 415, 422]),
      },
      handler: async (request, reply) => {
        const scope = scopeOf(request);
        const { wallId } = request.params;
        const seenUpTo = Date.parse(request.body.seenUpTo);
        const now = ctx.now().getTime();
        if (seenUpTo > now + CLOCK_SKEW_MS) {
          throw new HttpProblem(422, `seenUpTo ${request.body.seenUpTo} lies in the future; a wall acknowledges what it has shown.`, { errors: [{ name: 'seenUpTo', reason: 'in the future' }] });
        }
        const stored = ctx.wallAcks.get(wallId);
        if (!stored || seenUpTo > stored.seenUpTo) {
          await ctx.wallAckWrites.run(() => ({ wallId, seenUpTo, at: now, actorId: scope.account.id }));
        }
        reply.header('cache-control', 'no-store');
        return reply.code(200).send(acknowledgementOf(ctx, wallId));
      },
    });
    done();
  };
}
