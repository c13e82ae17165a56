import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/*
 * ETags without hashing bodies: a data representation is a pure function of the dataset, the journal
 * version (for what issue writes change), the caller's scope and the request URL, so its strong ETag is
 * a digest of those. The same ETag is sent whatever the content coding (Vary: Accept-Encoding), as most
 * servers do; clients compare it byte for byte.
 */

export function dataEtag(parts: readonly (string | number)[]): string {
  return `"${createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22)}"`;
}

/** True when If-None-Match names the ETag (or is *): the caller's copy is current. */
export function matchesIfNoneMatch(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/** Serialised bodies by ETag, so big collections are stringified and reports computed once, not per request. */
export class BodyCache {
  private readonly entries = new Map<string, string>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(etag: string, produce: () => unknown): string {
    const hit = this.entries.get(etag);
    if (hit !== undefined) {
      this.entries.delete(etag);
      this.entries.set(etag, hit);
      return hit;
    }
    const body = JSON.stringify(produce());
    // Small bodies too: an indicator report is a few kB that take ~100 ms to compute; the cache's
    // byte budget bounds the memory, least recently used first out.
    if (body.length <= this.maxBytes / 4) {
      this.entries.set(etag, body);
      this.bytes += body.length;
      for (const [key, value] of this.entries) {
        if (this.bytes <= this.maxBytes) break;
        this.entries.delete(key);
        this.bytes -= value.length;
      }
    }
    return body;
  }
}

export function setDataHeaders(reply: FastifyReply, etag: string): void {
  reply.header('etag', etag);
  // Data may change with every write: caches keep it but revalidate each time.
  reply.header('cache-control', 'private, no-cache');
  reply.header('vary', 'Authorization');
}

/** Answers a GET with JSON under an ETag, or 304 when the caller's copy is current; `produce` runs only on a miss. */
export function sendJson(bodies: BodyCache, request: FastifyRequest, reply: FastifyReply, etag: string, produce: () => unknown): void {
  setDataHeaders(reply, etag);
  if (matchesIfNoneMatch(request, etag)) {
    reply.code(304).send();
    return;
  }
  reply.type('application/json; charset=utf-8').send(bodies.get(etag, produce));
}
