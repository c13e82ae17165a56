import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../../src/api/schemas/common';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export type ProblemField = { name: string; reason: string };

/** An error that becomes an RFC 9457 problem; thrown from handlers and hooks. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly options: { slug?: string; errors?: ProblemField[]; headers?: Record<string, string>; owner?: Problem['owner'] } = {},
  ) {
    super(detail);
  }
}

/** The problem's JSON; `instance` is left out where no request was parsed. */
export function problemBody(status: number, detail: string, instance?: string, slug?: string, errors?: ProblemField[], owner?: Problem['owner']): Problem {
  const title = titles[status] ?? 'Error';
  const type = `/api/v1/problems/${slug ?? title.toLowerCase().replace(/ /g, '-')}`;
  return {
    type,
    title,
    status,
    detail,
    ...(instance !== undefined && { instance }),
    ...(errors && errors.length > 0 && { errors }),
    ...(owner && { owner }),
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: HttpProblem): FastifyReply {
  const { slug, errors, headers, owner } = problem.options;
  for (const [name, value] of Object.entries(headers ?? {})) reply.header(name, value);
  // Problems are never cached: a later retry must reach the server.
  reply.header('cache-control', 'no-store');
  reply.removeHeader('etag');
  return reply
    .code(problem.status)
    .type(PROBLEM_MEDIA_TYPE)
    .send(JSON.stringify(problemBody(problem.status, problem.detail, request.url, slug, errors, owner)));
}
