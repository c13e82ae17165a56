import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context';
import { HttpProblem } from './problem';
import { Scope } from './scope';
import { verifyToken } from './tokens';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes anyone may call: the OpenAPI document, dataset metadata, enumerations, the session routes. */
    public?: boolean;
  }
}

const REALM = 'Bearer realm="dangjian-zhitu"';

/** Every /api route not marked public needs a valid bearer token; the caller's scope comes from it. */
export function registerAuth(app: FastifyInstance, ctx: ServerContext): void {
  app.decorateRequest('scope', null);
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config as { public?: boolean } | undefined;
    if (!request.routeOptions.url?.startsWith('/api/') || config?.public) return;
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match?.[1]) {
      throw new HttpProblem(401, 'This resource needs Authorization: Bearer <token>; get one from POST /api/v1/session.', {
        slug: 'unauthenticated',
        headers: { 'www-authenticate': REALM },
      });
    }
    const verified = await verifyToken(ctx.tokenSecret, match[1], ctx.now().getTime());
    const account = 'accountId' in verified ? ctx.accounts.get(verified.accountId) : undefined;
    if (!account) {
      const reason = 'reason' in verified ? verified.reason : 'the token names an account this dataset does not have';
      throw new HttpProblem(401, `Unauthorized: ${reason}; sign in again with POST /api/v1/session.`, {
        slug: 'invalid-token',
        headers: { 'www-authenticate': `${REALM}, error="invalid_token", error_description="${reason}"` },
      });
    }
    request.scope = new Scope(account, ctx.index);
  });
}
