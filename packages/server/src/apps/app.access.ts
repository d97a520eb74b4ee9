import type { EntityManager } from '@mikro-orm/core';
import type { AdminRole } from '../admins/admin.entity.js';
import { roleAtLeast } from '../auth/memberships.js';
import type { Principal } from '../auth/principal.js';
import { ApiError, forbidden, notFound, unauthenticated } from '../graphql/errors.js';
import { App } from './app.entity.js';

/** What `appAccess` needs of a request: its EntityManager and its caller (a GqlContext is one). */
export interface AccessContext {
  em: EntityManager;
  principal(): Promise<Principal | null>;
}

/**
 * Whether `principal` may act on `app` with role `need`: platform owners on every app; admins and
 * viewers of the app's local target tenant on that app (by their role there). Anyone else gets
 * NOT_FOUND, exactly like for an app that does not exist (existence never leaks); an external
 * target (a SCIM URL) belongs to no tenant, so only platform owners see those apps.
 */
export function checkAppAccess(principal: Principal, app: App, need: AdminRole): App {
  if (principal.platformOwner) return app;
  const membership = app.targetTenantId
    ? principal.memberships.find((m) => m.tenant.id === app.targetTenantId)
    : undefined;
  if (!membership) throw notFound(`App "${app.name}"`);
  if (!roleAtLeast(membership.role, need))
    throw forbidden(`Your role in ${membership.tenant.slug} is ${membership.role}; this needs ${need} or higher`);
  return app;
}

/** The app named `appName` if the caller may act on it with role `need` (see checkAppAccess). */
export async function appAccess(ctx: AccessContext, appName: string, need: AdminRole): Promise<App> {
  const principal = await ctx.principal();
  if (!principal) throw unauthenticated();
  const app = await ctx.em.findOne(App, { name: appName }, { disableIdentityMap: true });
  if (!app) throw notFound(`App "${appName}"`);
  return checkAppAccess(principal, app, need);
}

/** The same rule for an app known by id (a log entry's or a cycle's app). */
export async function appAccessById(ctx: AccessContext, appId: string, need: AdminRole, what: string): Promise<App> {
  const principal = await ctx.principal();
  if (!principal) throw unauthenticated();
  const app = await ctx.em.findOne(App, { id: appId }, { disableIdentityMap: true });
  if (!app) throw notFound(what);
  try {
    return checkAppAccess(principal, app, need);
  } catch (e) {
    // the thing asked for (an entry, a cycle) is what must not leak, not the app's name
    if (e instanceof ApiError && e.code === 'NOT_FOUND') throw notFound(what);
    throw e;
  }
}
