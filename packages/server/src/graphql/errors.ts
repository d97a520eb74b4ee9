import { unwrapResolverError } from '@apollo/server/errors';
import { ScimError } from '@scimdesk/scim';
import type { FastifyBaseLogger } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isUniqueViolation } from '../scim/preconditions.js';
import { TenantError } from '../tenants/tenant.service.js';

/** Every `extensions.code` the API answers with (fixed: clients switch on them). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'CSRF',
  'TOO_MANY_REQUESTS',
  'EVALUATION_TIMEOUT',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'RESPONSE_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure a client may see, with its fixed code. Thrown by resolvers and services of the API. */
export class ApiError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }

  /** The HTTP-like status a provisioning event records for a refused admin change. */
  get status(): number {
    return HTTP_STATUS[this.code] ?? 500;
  }
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  EVALUATION_TIMEOUT: 422,
};

export const unauthenticated = (message = 'Sign in, or send a valid API token') =>
  new ApiError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new ApiError('FORBIDDEN', message);
export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what} not found`);
export const badInput = (message: string, field?: string) =>
  new ApiError('BAD_USER_INPUT', message, field ? { field } : {});
export const conflict = (message: string) => new ApiError('CONFLICT', message);

const isKnown = (code: unknown): code is ErrorCode => ERROR_CODES.includes(code as ErrorCode);

/**
 * Duck-typed: graphql ships CJS and ESM builds that a bundler may mix, and Apollo's subclasses
 * rename themselves (`ValidationError`, `SyntaxError`), so neither `instanceof` nor the name is reliable.
 */
function asGraphQLError(e: unknown): GraphQLError | undefined {
  return e instanceof Error &&
    typeof (e as GraphQLError).extensions === 'object' &&
    (e as GraphQLError).extensions !== null
    ? (e as GraphQLError)
    : undefined;
}

/** SCIM, tenant and database failures of the shared services, in the API's codes. */
function fromDomain(err: unknown): ApiError | undefined {
  if (err instanceof ScimError) {
    const extra = err.scimType ? { scimType: err.scimType } : {};
    if (err.status === 404) return new ApiError('NOT_FOUND', err.message, extra);
    if (err.status === 409 || err.status === 412) return new ApiError('CONFLICT', err.message, extra);
    if (err.status >= 400 && err.status < 500) return new ApiError('BAD_USER_INPUT', err.message, extra);
    return undefined;
  }
  if (err instanceof TenantError)
    return err.code === 'TENANT_EXISTS'
      ? conflict(err.message)
      : err.code === 'TENANT_NOT_FOUND'
        ? notFound('Tenant')
        : badInput(err.message, 'slug');
  if (isUniqueViolation(err)) return conflict('The change conflicts with an existing record');
  return undefined;
}

/**
 * The one error mapper (Apollo's formatError): known API errors keep their code and message,
 * domain errors are translated, anything else becomes a masked INTERNAL_SERVER_ERROR (logged,
 * never sent: no stack traces or SQL reach a client).
 */
export function errorFormatter(log: Pick<FastifyBaseLogger, 'error'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const gql = asGraphQLError(original) ?? (original instanceof ApiError ? original : undefined);
    if (gql) {
      // Apollo wraps validation-rule errors (QUERY_TOO_DEEP, ...) in its own GRAPHQL_VALIDATION_FAILED.
      const inner = asGraphQLError(gql.originalError);
      const own = isKnown(inner?.extensions?.code) ? inner?.extensions?.code : gql.extensions?.code;
      const code = isKnown(own) ? own : formatted.extensions?.code;
      if (isKnown(code)) {
        const { stacktrace: _s, http: _h, ...ext } = { ...formatted.extensions, ...gql.extensions };
        return { ...base, message: (inner ?? gql).message, extensions: { ...ext, code } };
      }
    }
    const mapped = fromDomain(original);
    if (mapped) return { ...base, message: mapped.message, extensions: mapped.extensions };
    log.error({ err: original }, 'GraphQL request failed');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
