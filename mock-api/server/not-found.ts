import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, sendProblem } from './problem';
import { sendIndexHtml } from './static-files';

/** 404 for unknown routes, 405 (with Allow) for a known route called with the wrong method, SPA fallback outside /api. */
export function registerNotFound(app: FastifyInstance, hasStatic: boolean): (request: FastifyRequest, reply: FastifyReply) => FastifyReply {
  const routes: { pattern: RegExp; methods: Set<string> }[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url?.startsWith('/api/')) return;
    const source = `^${route.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]+/g, '[^/]+')}$`;
    let entry = routes.find((r) => r.pattern.source === source);
    if (!entry) routes.push((entry = { pattern: new RegExp(source), methods: new Set() }));
    for (const method of [route.method].flat()) entry.methods.add(method);
  });

  const notFound = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api') {
      const allowed = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => [...r.methods]));
      if (allowed.size > 0) {
        const allow = [...allowed].sort().join(', ');
        return sendProblem(request, reply, new HttpProblem(405, `${request.method} is not supported on ${path}; allowed: ${allow}.`, { headers: { allow } }));
      }
      return sendProblem(request, reply, new HttpProblem(404, `No API route ${request.method} ${path}; see /api/v1/openapi.json.`));
    }
    if (hasStatic && (request.method === 'GET' || request.method === 'HEAD')) return sendIndexHtml(reply);
    return sendProblem(request, reply, new HttpProblem(404, `Nothing at ${path}.`));
  };
  app.setNotFoundHandler(notFound);
  return notFound;
}
