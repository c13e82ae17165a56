import type { FastifyRequest } from 'fastify';
import type { Dataset } from '../dataset/model';
import type { Account } from '../../src/api/schemas/session';
import type { BodyCache } from './conditional';
import { dataEtag } from './conditional';
import type { ColumnsCache } from './columns';
import type { DatasetIndex } from './dataset-index';
import type { IssueStore, TransitionRecord } from './issue-store';
import type { CircleIndex } from './selection';
import type { Scope } from './scope';
import { HttpProblem } from './problem';
import type { WallAckRecord, WallAcks } from './wall-acks';
import type { WriteQueue } from './write-queue';

/** Everything the routes share: the dataset, its indexes, the issue and wall state and their write paths. */
export interface ServerContext {
  dataset: Dataset;
  index: DatasetIndex;
  issues: IssueStore;
  writes: WriteQueue<TransitionRecord>;
  /** What each wall screen has acknowledged (its ticker's newest severe violation), and their journal. */
  wallAcks: WallAcks;
  wallAckWrites: WriteQueue<WallAckRecord>;
  accounts: Map<string, Account>;
  /** The public sign-in list: the same accounts, person names masked (张*明). */
  publicAccounts: Account[];
  tokenSecret: Uint8Array;
  columns: ColumnsCache;
  circles: CircleIndex;
  bodies: BodyCache;
  now: () => Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's scope, set by the auth hook on protected routes. */
    scope: Scope | null;
  }
}

/** The caller's scope; protected routes always have one (the auth hook rejects requests without). */
export function scopeOf(request: FastifyRequest): Scope {
  if (!request.scope) throw new HttpProblem(401, 'This resource needs Authorization: Bearer <token>; get one from POST /api/v1/session.');
  return request.scope;
}

/**
 * The ETag of a data GET: dataset, caller scope, URL, and the issue state's key when the body shows
 * issue state (writes and midnight change it). Static resources keep their ETag across writes.
 */
export function etagFor(ctx: ServerContext, request: FastifyRequest, showsIssues: boolean): string {
  return dataEtag([ctx.index.tag, showsIssues ? ctx.issues.stateKey() : '-', request.scope?.key ?? 'public', request.url]);
}
