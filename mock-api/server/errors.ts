import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ProblemField } from './problem';
import { HttpProblem, sendProblem } from './problem';

const contextNames: Record<string, string> = {
  querystring: 'query parameter',
  params: 'path parameter',
  headers: 'header',
  body: 'body field',
};

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
      return (v.params.keys as string[]).map((key) => ({ name: path ? `${path}.${key}` : key, reason: 'unknown parameter' }));
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
};

export function registerErrorHandler(app: FastifyInstance, notFound: (request: FastifyRequest, reply: FastifyReply) => FastifyReply): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpProblem) return sendProblem(request, reply, error);
    // No route matched: that is the answer (404/405), whatever the body's trouble.
    if (request.is404) return notFound(request, reply);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const fields = validationFields(error, context);
      const kind = contextNames[context] ?? 'parameter';
      const first = fields[0];
      const detail = first
        ? first.reason === 'unknown parameter'
          ? `Unknown ${kind}${fields.length > 1 ? 's' : ''}: ${fields.map((f) => f.name).join(', ')}.`
          : `Invalid ${kind} '${first.name}': ${first.reason}.`
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
