import type { EntityManager } from '@mikro-orm/core';
import type { FastifyRequest } from 'fastify';
import { unauthenticated } from '../graphql/errors.js';
import type { Services } from '../scim/services.js';
import { loadMemberships, type Membership } from './memberships.js';
import { csrfTokenOf } from './session.service.js';

export const SESSION_COOKIE = 'scimdesk_session';
export const CSRF_COOKIE = 'scimdesk_csrf';

/** Who is calling the admin API, and where they may act. */
export interface Principal {
  kind: 'session' | 'apiToken';
  userName: string;
  platformOwner: boolean;
  memberships: Membership[];
  /** Sessions: the cookie secret and the CSRF token mutations must echo in `x-csrf-token`. */
  sessionSecret?: string;
  csrfToken?: string;
  sessionExpiresAt?: Date;
  apiTokenId?: string;
}

/**
 * `Authorization: Bearer sdp_...` (a personal API token: one admin account, never platform-wide)
 * or the session cookie. A bearer that fails is an error, not a silent fall-back to the cookie.
 */
export async function resolvePrincipal(
  services: Services,
  em: EntityManager,
  req: FastifyRequest,
): Promise<Principal | null> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  if (req.headers.authorization !== undefined) {
    const verdict = bearer
      ? await services.apiTokens.verify(em, bearer)
      : ({ ok: false, reason: 'malformed' } as const);
    if (!verdict.ok) {
      req.log.info({ reason: verdict.reason }, 'API token refused');
      throw unauthenticated('The API token is invalid, expired or revoked');
    }
    const m = await loadMemberships(em, [verdict.token.adminId], false);
    if (!m.list.length) throw unauthenticated('The API token belongs to an admin account that can no longer act');
    return {
      kind: 'apiToken',
      userName: m.list[0].adminUserName ?? '',
      platformOwner: false,
      memberships: m.list,
      apiTokenId: verdict.token.id,
    };
  }
  const secret = req.cookies?.[SESSION_COOKIE];
  if (!secret) return null;
  const session = await services.sessions.find(em, secret);
  if (!session) return null;
  const m = await loadMemberships(em, session.adminIds, true);
  if (!m.list.length) return null;
  return {
    kind: 'session',
    userName: session.userName,
    platformOwner: m.platformOwner,
    memberships: m.list,
    sessionSecret: secret,
    csrfToken: csrfTokenOf(secret),
    sessionExpiresAt: session.expiresAt,
  };
}
