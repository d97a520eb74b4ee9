import type { EntityManager } from '@mikro-orm/core';
import { type AdminAccountState, accountState } from '../admins/admin.state.js';
import { decodeWriters, type LastWriters } from '../users/last-writers.js';

/** A SCIM token with its owner and the owner's tied user, in one statement. */
export interface TokenInfo {
  id: string;
  description: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  ownerId: string;
  ownerUserName: string | null;
  ownerRole: string | null;
  /** The owner's account is gone, or its tied user was deactivated or deleted: the token answers 401. */
  ownerInactive: boolean;
  /** Which of those: `deleted` covers a deleted user and a deleted account (ownerUserName null). */
  ownerState: AdminAccountState;
  /** The owner's tied user is provisioned by the IdP (it has an externalId or attributes the IdP wrote). */
  ownerScimManaged: boolean;
}

type Raw = {
  id: string;
  description: string | null;
  created_at: Date | number;
  expires_at: Date | number | null;
  revoked_at: Date | number | null;
  last_used_at: Date | number | null;
  owner_id: string;
  owner_user_name: string | null;
  owner_role: string | null;
  owner_user_id: string | null;
  user_found: string | null;
  user_active: boolean | number | null;
  user_external_id: string | null;
  user_last_writers: string | LastWriters | null;
};

const date = (v: Date | number | null) => (v === null ? null : new Date(v));

export async function tokenInfos(em: EntityManager, tenantId: string, id?: string): Promise<TokenInfo[]> {
  const rows: Raw[] = await em.getConnection().execute(
    `select t.id, t.description, t.created_at, t.expires_at, t.revoked_at, t.last_used_at, t.owner_id,
            a.user_name as owner_user_name, a.role as owner_role, a.user_id as owner_user_id,
            u.id as user_found, u.active as user_active, u.external_id as user_external_id, u.last_writers as user_last_writers
       from scim_token t
       left join admin_account a on a.id = t.owner_id
       left join scim_user u on u.id = a.user_id and u.tenant_id = t.tenant_id
      where t.tenant_id = ?${id ? ' and t.id = ?' : ''}
      order by t.created_at desc, t.id`,
    id ? [tenantId, id] : [tenantId],
  );
  return rows.map((r) => {
    const writers: LastWriters = decodeWriters(r.user_last_writers) ?? {};
    return {
      id: r.id,
      description: r.description,
      createdAt: new Date(r.created_at),
      expiresAt: date(r.expires_at),
      revokedAt: date(r.revoked_at),
      lastUsedAt: date(r.last_used_at),
      ownerId: r.owner_id,
      ownerUserName: r.owner_user_name,
      ownerRole: r.owner_role,
      ownerInactive: !r.owner_user_name || (!!r.owner_user_id && (!r.user_found || !r.user_active)),
      ownerState: r.owner_user_name
        ? accountState(r.owner_user_id, r.user_found ? { active: r.user_active } : null)
        : 'deleted',
      ownerScimManaged: !!r.user_found && (!!r.user_external_id || Object.values(writers).some((w) => w.by === 'idp')),
    };
  });
}
