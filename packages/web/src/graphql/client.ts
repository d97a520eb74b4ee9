import { Client, type CombinedError, cacheExchange, fetchExchange, getOperationName, mapExchange } from '@urql/core';
import type { DocumentNode } from 'graphql';

export const CSRF_COOKIE = 'scimdesk_csrf';

/** The CSRF token the server set at sign-in (a readable cookie), echoed as `x-csrf-token` on every request. */
export function readCookie(name: string, cookies = globalThis.document?.cookie ?? ''): string | undefined {
  for (const part of cookies.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** The fixed `extensions.code` of the first GraphQL error (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, ...). */
export function errorCode(error: CombinedError | undefined | null): string | undefined {
  const code = error?.graphQLErrors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A message fit for a person: the server's own message, or a network hint. */
export function errorMessage(error: CombinedError | undefined | null): string {
  if (!error) return '';
  if (error.networkError) return 'The server cannot be reached. Check that scimdesk is running, then retry.';
  return error.graphQLErrors.map((e) => e.message).join('; ') || error.message;
}

/**
 * One urql client for the dashboard. POST only: the server's CSRF prevention refuses GET queries
 * without a preflight header, and mutations must carry the session's CSRF token.
 */
export function createGraphqlClient(onUnauthenticated: () => void, url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const csrf = readCookie(CSRF_COOKIE);
      const headers: Record<string, string> = csrf ? { 'x-csrf-token': csrf } : {};
      return { credentials: 'same-origin', headers };
    },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          // Any request but signing in (whose wrong password is UNAUTHENTICATED too): a save after the session ended counts.
          if (errorCode(error) === 'UNAUTHENTICATED' && getOperationName(operation.query as DocumentNode) !== 'SignIn')
            onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
