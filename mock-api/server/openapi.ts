import { z } from 'zod';
import { Problem } from '../../src/api/schemas/common';
import { PROBLEM_MEDIA_TYPE } from './problem';

const problemDescriptions: Record<number, string> = {
  400: 'Bad request: an unknown or malformed parameter, named in `errors`',
  401: 'Missing, invalid or expired bearer token',
  403: 'Outside the caller\'s scope',
  404: 'No such resource',
  409: 'The transition is not valid in the issue\'s current state',
  412: 'If-Match does not match the issue\'s current ETag',
  413: 'Body too large',
  415: 'Body is not application/json',
  422: 'The body is JSON but not a valid request (a missing, malformed or unknown field), fields named in `errors`',
  428: 'If-Match is required',
  503: 'Injected fault or outage; see Retry-After',
};

const problemResponse = (status: number) => ({
  description: problemDescriptions[status] ?? 'Problem',
  content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem } },
});

/** The responses of a route: its success bodies (JSON) plus the problems it can answer. */
export function responses(success: Record<number, z.core.$ZodType>, problems: readonly number[]) {
  const out: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(success)) {
    out[status] = { description: 'OK', content: { 'application/json': { schema } } };
  }
  for (const status of [...problems, 503]) out[status] = problemResponse(status);
  return out;
}

/** The responses of a protected data GET: 304, 400, 401, plus any others. */
export function dataResponses(success: z.core.$ZodType, extra: readonly number[] = []) {
  return {
    ...responses({ 200: success }, [400, 401, ...extra]),
    304: NOT_MODIFIED,
  };
}

/** 304 has no body: a `null` schema makes the document list it without content. */
export const NOT_MODIFIED = z.null().describe('Not modified: If-None-Match matched the ETag');

export const bearer = [{ bearerAuth: [] }];
