import type { TenantAccess } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { AdminAccount } from './admin.entity.js';
import { accountStates, inactiveReason } from './admin.state.js';

/**
 * The admin account named `userName` in the caller's tenant (refused when deactivated or deleted: its
 * tokens would not work), or the caller's own account there.
 */
export async function adminFor(ctx: GqlContext, access: TenantAccess, userName?: string | null): Promise<AdminAccount> {
  const tenantId = access.membership.tenant.id;
  if (userName) {
    const named = await ctx.em.findOne(AdminAccount, { tenantId, userNameLower: userName.toLowerCase() });
    if (!named) throw badInput(`No admin "${userName}" in tenant ${access.membership.tenant.slug}`, 'userName');
    const state = (await accountStates(ctx.em, tenantId, [named])).get(named.id) ?? 'active';
    const why = inactiveReason(named.userName, state);
    if (why) throw badInput(`${why}: a token it owns would not work. Pick an active owner.`, 'userName');
    return named;
  }
  const own = access.membership.adminId
    ? await ctx.em.findOne(AdminAccount, { id: access.membership.adminId, tenantId })
    : null;
  if (!own) throw badInput('You have no admin account in this tenant: name one', 'userName');
  return own;
}

/** `expiresInDays` -> milliseconds (1 to 3650 days), or undefined for no expiry. */
export function expiryMs(days: number | null | undefined): number | undefined {
  if (days == null) return undefined;
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw badInput('expiresInDays must be between 1 and 3650', 'expiresInDays');
  return days * 86_400_000;
}
