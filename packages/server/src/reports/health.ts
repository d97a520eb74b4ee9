import type { EntityManager } from '@mikro-orm/core';
import type { SqlDialect } from '../scim/sql/dialect.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { brokenTokenMessage } from '../tokens/token.problem.js';
import { type TokenInfo, tokenInfos } from '../tokens/tokens.query.js';
import { HealthCode, type HealthWarning } from './reports.types.js';

const DAY = 86_400_000;
/** Tokens expiring within this many days are warned about. */
export const EXPIRY_WARNING_DAYS = 14;
/** A failure rate of at least this over at least FAILURE_MIN_REQUESTS SCIM requests in the last FAILURE_WINDOW_HOURS. */
export const FAILURE_RATE = 0.2;
export const FAILURE_MIN_REQUESTS = 10;
export const FAILURE_WINDOW_HOURS = 24;

/** SPEC S9: what an admin should fix before provisioning breaks. Four statements, whatever the tenant's size. */
export async function healthWarnings(
  em: EntityManager,
  dialect: SqlDialect,
  tenant: Tenant,
  now = new Date(),
): Promise<HealthWarning[]> {
  const out: HealthWarning[] = [];
  const conn = em.getConnection();
  if (tenant.rules === 'egnyte') {
    const [row] = await conn.execute<{ n: number | string }[]>(
      `select count(*) as n from admin_account a join scim_user u on u.id = a.user_id and u.tenant_id = a.tenant_id
        where a.tenant_id = ? and u.auth_type = 'egnyte' and u.active = ?`,
      [tenant.id, dialect.bool(true)],
    );
    if (Number(row?.n ?? 0) === 0)
      out.push({
        code: HealthCode.NO_BREAK_GLASS_ADMIN,
        message:
          'No admin signs in with authType egnyte: if SSO fails nobody can sign in. Keep one break-glass admin with a scimdesk password.',
      });
  }
  const tokens = await tokenInfos(em, tenant.id);
  const usable = (t: TokenInfo) => !t.revokedAt && (!t.expiresAt || t.expiresAt > now);
  const working = tokens.some((t) => usable(t) && !t.ownerInactive);
  // Most urgent first: a token that died with its owner (the IdP's requests already fail).
  out.unshift(
    ...tokens
      .filter((t) => usable(t) && t.ownerInactive)
      .map((t) => ({ code: HealthCode.TOKEN_OWNER_INACTIVE, tokenId: t.id, message: brokenTokenMessage(t, working) })),
  );
  for (const t of tokens) {
    const live = usable(t) && !t.ownerInactive;
    if (!live) continue;
    if (t.ownerScimManaged)
      out.push({
        code: HealthCode.TOKEN_OWNER_SCIM_MANAGED,
        tokenId: t.id,
        message: `SCIM token ${t.id} belongs to ${t.ownerUserName}, an account the IdP manages: if the IdP deactivates it, provisioning stops. Use a service account.`,
      });
    if (t.expiresAt && t.expiresAt.getTime() - now.getTime() <= EXPIRY_WARNING_DAYS * DAY)
      out.push({
        code: HealthCode.TOKEN_EXPIRING,
        tokenId: t.id,
        message: `SCIM token ${t.id} expires ${t.expiresAt.toISOString()}: create a new one and give it to the IdP.`,
      });
  }
  const [ev] = await conn.execute<{ total: number | string; failed: number | string | null }[]>(
    `select count(*) as total, sum(case when status >= 400 then 1 else 0 end) as failed
       from provisioning_event where tenant_id = ? and actor = 'scim' and created_at >= ?`,
    [tenant.id, dialect.timestamp(new Date(now.getTime() - FAILURE_WINDOW_HOURS * 3_600_000))],
  );
  const total = Number(ev?.total ?? 0);
  const failed = Number(ev?.failed ?? 0);
  if (total >= FAILURE_MIN_REQUESTS && failed / total >= FAILURE_RATE)
    out.push({
      code: HealthCode.HIGH_FAILURE_RATE,
      message: `${failed} of the last ${total} SCIM requests (${FAILURE_WINDOW_HOURS} h) failed: see the provisioning log.`,
    });
  return out;
}
