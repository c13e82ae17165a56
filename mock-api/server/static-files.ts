import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/*
 * The built app from one origin with the API. Vite's hashed assets never change under their name, so
 * they are cached for a year; index.html names the current ones, so it is always revalidated. The file
 * list is read at start (wildcard: false keeps /api's 404s and the SPA fallback ours): restart after a build.
 */
export async function registerStatic(app: FastifyInstance, staticDir: string): Promise<void> {
  const root = resolve(staticDir);
  if (!existsSync(resolve(root, 'index.html'))) throw new Error(`static directory ${root} has no index.html: run \`vite build\` first`);
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    cacheControl: false,
    setHeaders: (response, path) => {
      const hashed = /[-.][A-Za-z0-9_-]{8,}\.(?:m?js|css|woff2?|png|svg|jpg|webp|json|pmtiles|wasm)$/.test(path) && path.includes('/assets/');
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/** The SPA fallback: any other GET outside /api is a client-side route, answered with index.html. */
export function sendIndexHtml(reply: FastifyReply): FastifyReply {
  reply.header('cache-control', 'no-cache');
  return reply.sendFile('index.html');
}
