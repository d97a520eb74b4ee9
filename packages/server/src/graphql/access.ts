import type { AdminRole } from '../admins/admin.entity.js';
import { type Membership, roleAtLeast } from '../auth/memberships.js';
import type { Principal } from '../auth/principal.js';
import { asActor } from '../scim/actor.js';
import type { ScimContext } from '../scim/context.js';
import type { GqlContext } from './context.js';
import { forbidden, notFound, unauthenticated } from './errors.js';

export interface TenantAccess {
  principal: Principal;
  membership: Membership;
}

export async function signedIn(ctx: GqlContext): Promise<Principal> {
  const p = await ctx.principal();
  if (!p) throw unauthenticated();
  return p;
}

/**
 * The caller's membership in tenant `slug` with at least role `need`. A tenant the caller has no
 * part in is NOT_FOUND, exactly like one that does not exist (existence never leaks).
 */
export async function inTenant(ctx: GqlContext, slug: string, need: AdminRole): Promise<TenantAccess> {
  const principal = await signedIn(ctx);
  const membership = principal.memberships.find((m) => m.tenant.slug === slug);
  if (!membership) throw notFound(`Tenant "${slug}"`);
  if (!roleAtLeast(membership.role, need))
    throw forbidden(`Your role in ${slug} is ${membership.role}; this needs ${need} or higher`);
  return { principal, membership };
}

/** The caller, who must be a platform owner (install-wide features: tenants, source directories); others get FORBIDDEN. */
export async function platformOwner(ctx: GqlContext, what = 'this'): Promise<Principal> {
  const p = await signedIn(ctx);
  if (!p.platformOwner) throw forbidden(`Only a platform owner may use ${what}`);
  return p;
}

export const actorOf = (p: Principal) => `admin:${p.userName}`;

/**
 * Runs an admin change as a provisioning event of its tenant with the admin as actor (so the
 * log shows who did what), through the same services SCIM requests use, with writer `admin`.
 */
export function asAdmin<T>(
  ctx: GqlContext,
  access: TenantAccess,
  operation: string,
  run: (scim: ScimContext) => Promise<T>,
): Promise<T> {
  return asActor(
    ctx.services,
    ctx.em,
    access.membership.tenant,
    actorOf(access.principal),
    { method: 'GRAPHQL', path: operation, writer: 'admin' },
    run,
  );
}

/** Every tenant-scoped field takes the tenant's slug. */
export const TENANT_ARG = { description: 'Tenant slug, e.g. `acmeusw`.' };
