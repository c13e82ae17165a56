import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { AccountList, SessionRequest, SessionToken } from '../../../src/api/schemas/session';
import { NoQuery } from '../../../src/api/schemas/params';
import type { ServerContext } from '../context';
import { etagFor } from '../context';
import { sendJson } from '../conditional';
import { responses } from '../openapi';
import { HttpProblem } from '../problem';
import { signToken } from '../tokens';
import { instantOf } from '../time';

export function sessionRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  return (app, _options, done) => {
    app.get('/session/accounts', {
      config: { public: true },
      schema: {
        tags: ['session'],
        summary: 'The demo accounts for the login screen',
        description: 'Public, so the names of people in it are masked (张*明).',
        querystring: NoQuery,
        response: responses({ 200: AccountList }, [400]),
      },
      handler: (request, reply) => sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ({ items: ctx.publicAccounts })),
    });
    app.post('/session', {
      config: { public: true },
      schema: {
        tags: ['session'],
        summary: 'Sign in as a demo account',
        description: 'Answers a signed (HS256) bearer token that expires after 12 hours.',
        querystring: NoQuery,
        body: SessionRequest,
        response: responses({ 201: SessionToken }, [400, 413, 415, 422]),
      },
      handler: async (request, reply) => {
        const account = ctx.accounts.get(request.body.account);
        if (!account) throw new HttpProblem(422, `No demo account '${request.body.account}'; GET /api/v1/session/accounts lists them.`, { errors: [{ name: 'account', reason: 'unknown account' }] });
        const { token, expiresAt } = await signToken(ctx.tokenSecret, account.id, ctx.index.tag, ctx.now().getTime());
        reply.header('cache-control', 'no-store');
        return reply.code(201).send({ token, expiresAt: instantOf(expiresAt), account });
      },
    });
    done();
  };
}
