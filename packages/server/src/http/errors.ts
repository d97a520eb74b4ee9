import { ScimError } from '@scimdesk/scim';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isUniqueViolation } from '../scim/preconditions.js';
import { SCIM_CONTENT_TYPE } from '../scim/routes.js';

/** The single place that turns failures into SCIM error bodies; unknown failures are masked as 500. */
export function toScimError(err: unknown): ScimError {
  if (err instanceof ScimError) return err;
  if (isUniqueViolation(err)) return new ScimError(409, 'uniqueness', 'The resource conflicts with an existing one');
  const e = err as Partial<FastifyError> & { type?: string };
  if (
    e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    err instanceof SyntaxError
  )
    return new ScimError(400, 'invalidSyntax', 'The request body is not valid JSON');
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ScimError(413, undefined, 'The request body is too large');
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new ScimError(415, undefined, 'Send application/scim+json or application/json');
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500)
    return new ScimError(e.statusCode, undefined, e.message ?? 'Bad request');
  return new ScimError(500, undefined, 'Internal server error');
}

export function scimErrorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  const scimError = toScimError(err);
  if (scimError.status >= 500) req.log.error({ err }, 'request failed');
  req.scimError = scimError;
  return reply.code(scimError.status).type(SCIM_CONTENT_TYPE).send(scimError.toBody());
}
