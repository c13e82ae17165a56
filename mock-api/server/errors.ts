import { STATUS_CODES, maxHeaderSize } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { MAX_PARAM_LENGTH } from './params';
import type { ProblemField } from './problem';
import { HttpProblem, PROBLEM_MEDIA_TYPE, problemBody, sendProblem } from './problem';

const contextNames: Record<string, string> = {
  querystring: 'query parameter',
  params: 'path parameter',
  headers: 'header',
  body: 'body field',
};

const UNKNOWN_PARAMETER = 'unknown parameter';
const UNKNOWN_FIELD = 'unknown field';

/** Turns zod's validation issues into named fields: an unknown key names itself. */
function validationFields(
  error: FastifyError & { validation: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[] },
  context: string,
): ProblemField[] {
  return error.validation.flatMap((v) => {
    const segments = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
    // A parameter is named as sent (category, not category.1); a body field by its full path.
    const path = context === 'body' ? segments.join('.') : (segments[0] ?? '');
    if (v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys)) {
      const reason = context === 'body' ? UNKNOWN_FIELD : UNKNOWN_PARAMETER;
      return (v.params.keys as string[]).map((key) => ({ name: path ? `${path}.${key}` : key, reason }));
    }
    return [{ name: path || '(root)', reason: v.message ?? 'invalid' }];
  });
}

const fastifyDetails: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than this API accepts.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'The request body must be application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request says application/json but its body is empty.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body.',
  FST_CP_ERR_INVALID_CONTENT_ENCODING: 'The request body uses an unsupported Content-Encoding.',
  FST_ERR_MAX_PARAM_LENGTH: `A path parameter is longer than ${MAX_PARAM_LENGTH} characters.`,
  FST_ERR_BAD_URL: 'The request path is not validly percent-encoded.',
};

/** The router's own errors, met before any route or hook runs (Fastify's `frameworkErrors` option). */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  const detail = status < 500 ? (fastifyDetails[error.code] ?? 'The request path cannot be routed.') : 'An unexpected error occurred; it has been logged.';
  if (status >= 500) request.log.error({ err: error }, 'router error');
  sendProblem(request, reply, new HttpProblem(status, detail));
}

const clientErrors: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, `The request line and headers are larger than this server accepts (${maxHeaderSize / 1024} KiB).`],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request was not received in time.'],
};

/**
 * Node's `clientError`: the request could not even be parsed (headers too large, not HTTP), so there is
 * no request or reply; the problem is written on the raw socket, which is then closed (Fastify's
 * `clientErrorHandler` option).
 */
export function clientErrorHandler(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = clientErrors[error.code] ?? [400, 'The request is not valid HTTP/1.1.'];
  if (socket.writable) {
    const body = JSON.stringify(problemBody(status, detail));
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: ${PROBLEM_MEDIA_TYPE}\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\ncache-control: no-store\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

export function registerErrorHandler(app: FastifyInstance, notFound: (request: FastifyRequest, reply: FastifyReply) => FastifyReply): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpProblem) return sendProblem(request, reply, error);
    // No route matched: that is the answer (404/405), whatever the body's trouble.
    if (request.is404) return notFound(request, reply);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const fields = validationFields(error, context);
      const kind = contextNames[context] ?? 'parameter';
      // Unknown names first: they are the likelier mistake (a misspelt field is also a missing one).
      const unknown = fields.filter((f) => f.reason === UNKNOWN_PARAMETER || f.reason === UNKNOWN_FIELD);
      const invalid = fields.find((f) => !unknown.includes(f));
      const detail =
        unknown.length > 0
          ? `Unknown ${kind}${unknown.length > 1 ? 's' : ''}: ${unknown.map((f) => f.name).join(', ')}.`
          : invalid
            ? `Invalid ${kind} '${invalid.name}': ${invalid.reason}.`
            : `Invalid ${kind}.`;
      // A body that parsed as JSON but does not fit the request is 422; bad parameters are 400.
      return sendProblem(request, reply, new HttpProblem(context === 'body' ? 422 : 400, detail, { errors: fields }));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const detail = fastifyDetails[error.code] ?? (error instanceof SyntaxError ? 'The request body is not valid JSON.' : error.message);
      return sendProblem(request, reply, new HttpProblem(status, detail));
    }
    // Internals stay in the log, never in the answer.
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(request, reply, new HttpProblem(500, 'An unexpected error occurred; it has been logged.'));
  });
}
