import type { EntityManager } from '@mikro-orm/core';
import { ScimUserRow } from '../users/user.entity.js';
import type { AdminAccount } from './admin.entity.js';

/**
 * Whether an admin account can act (SPEC S2): `active` (untied, or its tied user is active),
 * `deactivated` (the tied user is inactive) or `deleted` (the tied user is gone). Only an active
 * account signs in, and only its tokens work.
 */
export type AdminAccountState = 'active' | 'deactivated' | 'deleted';

export const accountState = (
  userId: string | null | undefined,
  user: { active: boolean | number | null } | null | undefined,
): AdminAccountState => {
  if (!userId) return 'active';
  if (!user) return 'deleted';
  return user.active ? 'active' : 'deactivated';
};

/** The state of each account, by admin id, in one query. */
export async function accountStates(
  em: EntityManager,
  tenantId: string,
  admins: Pick<AdminAccount, 'id' | 'userId'>[],
): Promise<Map<string, AdminAccountState>> {
  const ids = admins.map((a) => a.userId).filter((id): id is string => !!id);
  const users = ids.length
    ? await em.find(ScimUserRow, { tenantId, id: { $in: ids } }, { fields: ['id', 'active'], disableIdentityMap: true })
    : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return new Map(admins.map((a) => [a.id, accountState(a.userId, a.userId ? byId.get(a.userId) : null)]));
}

/** Why an account cannot own a working token, in words; undefined when it can. */
export function inactiveReason(userName: string, state: AdminAccountState): string | undefined {
  if (state === 'deactivated') return `${userName} is deactivated in this tenant (its user is inactive)`;
  if (state === 'deleted') return `${userName}'s user was deleted from this tenant`;
  return undefined;
}
