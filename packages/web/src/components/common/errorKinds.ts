import type { CombinedError } from '@urql/core';
import { errorCode } from '../../graphql/client';

/**
 * Errors that asking again will not change: the thing is not there, the caller may not see it, the
 * request itself is wrong. A Retry button is offered only for the others (network, 5xx, 429, timeouts).
 */
const LASTING = new Set([
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'CSRF',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'RESPONSE_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

/** Whether retrying the same request may succeed. */
export function mayPass(error: CombinedError | null | undefined): boolean {
  if (!error) return false;
  if (error.networkError) return true;
  const code = errorCode(error);
  return !code || !LASTING.has(code);
}

export const isNotFound = (error: CombinedError | null | undefined) => errorCode(error) === 'NOT_FOUND';
