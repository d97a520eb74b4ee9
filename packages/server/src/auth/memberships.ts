import type { EntityManager } from '@mikro-orm/core';
import type { AdminRole } from '../admins/admin.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';

/** What one signed-in person (or API token) may do in one tenant. */
export interface Membership {
  tenant: Tenant;
  role: AdminRole;
  /** The admin account in this tenant; null for a platform owner acting in a tenant where they have none. */
  adminId: string | null;
  /** That account's userName (null with adminId). */
  adminUserName: string | null;
}

export interface Memberships {
  list: Membership[];
  platformOwner: boolean;
}

type AdminRowRaw = {
  id: string;
  user_name: string;
  tenant_id: string;
  role: AdminRole;
  platform_owner: boolean | number;
  user_id: string | null;
  user_found: string | null;
  user_active: boolean | number | null;
};

/**
 * The admin accounts' tenants and roles, read fresh on every request (a role change or a
 * deleted account takes effect at once). An account whose tied user was deactivated or deleted
 * (by SCIM, say) counts for nothing, as its SCIM tokens do (SPEC S2). A platform owner is owner
 * of every tenant but those where their own account is deactivated or deleted; `allowPlatform: false`
 * (API tokens) keeps to the accounts themselves.
 */
export async function loadMemberships(
  em: EntityManager,
  adminIds: string[],
  allowPlatform: boolean,
): Promise<Memberships> {
  if (!adminIds.length) return { list: [], platformOwner: false };
  const rows: AdminRowRaw[] = await em.getConnection().execute(
    `select a.id, a.user_name, a.tenant_id, a.role, a.platform_owner, a.user_id, u.id as user_found, u.active as user_active
       from admin_account a left join scim_user u on u.id = a.user_id and u.tenant_id = a.tenant_id
      where a.id in (${adminIds.map(() => '?').join(', ')})`,
    adminIds,
  );
  const live = rows.filter((r) => !r.user_id || (r.user_found && r.user_active));
  // A tenant where this person's own account was deactivated or deleted is closed to them, platform owner or not.
  const closed = rows.filter((r) => !live.includes(r)).map((r) => r.tenant_id);
  const platformOwner = allowPlatform && live.some((r) => !!r.platform_owner);
  const tenants = await em.find(
    Tenant,
    platformOwner ? (closed.length ? { id: { $nin: closed } } : {}) : { id: { $in: live.map((r) => r.tenant_id) } },
    { orderBy: { slug: 'asc' }, disableIdentityMap: true },
  );
  const byTenant = new Map(live.map((r) => [r.tenant_id, r]));
  const list = tenants.map((tenant) => {
    const row = byTenant.get(tenant.id);
    return {
      tenant,
      role: platformOwner ? 'owner' : row!.role,
      adminId: row?.id ?? null,
      adminUserName: row?.user_name ?? null,
    } satisfies Membership;
  });
  return { list, platformOwner };
}

const RANK: Record<AdminRole, number> = { viewer: 0, admin: 1, owner: 2 };
export const roleAtLeast = (role: AdminRole, need: AdminRole) => RANK[role] >= RANK[need];
