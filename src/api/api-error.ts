import type { Problem } from './schemas/common';

/**
 * What every failed API call throws. `kind` says where it failed: the server answered with an
 * error (http, carrying its RFC 9457 problem), the request never got an answer (network), or the
 * answer broke the contract (contract: a zod parse failure, a bug on one side or the other).
 */
export class ApiError extends Error {
  readonly kind: 'http' | 'network' | 'contract';
  /** HTTP status; 0 when there was no HTTP answer. */
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly errors: Problem['errors'];
  /** A 403's owner: whose the resource is, so a screen can show what the caller may see of it. */
  readonly owner: Problem['owner'];

  constructor(init: {
    kind: ApiError['kind'];
    status: number;
    title: string;
    detail: string;
    type?: string;
    errors?: Problem['errors'];
    owner?: Problem['owner'];
    cause?: unknown;
  }) {
    super(`${init.title}: ${init.detail}`, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type ?? 'about:blank';
    this.errors = init.errors;
    this.owner = init.owner;
  }
}

/** Worth retrying: no answer, a server-side failure, or the server asking us to slow down. */
export function isRetryableError(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'network') return true;
  if (error.kind === 'contract') return false;
  return error.status >= 500 || error.status === 408 || error.status === 429;
}
