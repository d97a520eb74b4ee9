import type { EntityManager } from '@mikro-orm/core';
import type { SqlDialect } from '../scim/sql/dialect.js';
import type { CountBy, DayCount, FailureCount, TenantReport } from './reports.types.js';

type UserGroupRow = {
  active: boolean | number;
  user_type: string | null;
  auth_type: string | null;
  is_service_account: boolean | number;
  two_factor_enabled: boolean | number;
  n: number | string;
};

const tally = (m: Map<string | null, number>): CountBy[] =>
  [...m]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));

/** Every user count of a tenant from one grouped statement over indexed columns. */
export async function userReport(em: EntityManager, tenantId: string): Promise<TenantReport> {
  const rows: UserGroupRow[] = await em.getConnection().execute(
    `select active, user_type, auth_type, is_service_account, two_factor_enabled, count(*) as n
       from scim_user where tenant_id = ? group by active, user_type, auth_type, is_service_account, two_factor_enabled`,
    [tenantId],
  );
  const r = { users: 0, active: 0, serviceAccounts: 0, eligible: 0, enabled: 0 };
  const byType = new Map<string | null, number>();
  const byAuth = new Map<string | null, number>();
  for (const row of rows) {
    const n = Number(row.n);
    r.users += n;
    if (row.active) r.active += n;
    if (row.is_service_account) r.serviceAccounts += n;
    if (row.active && !row.is_service_account) {
      r.eligible += n;
      if (row.two_factor_enabled) r.enabled += n;
    }
    byType.set(row.user_type, (byType.get(row.user_type) ?? 0) + n);
    byAuth.set(row.auth_type, (byAuth.get(row.auth_type) ?? 0) + n);
  }
  return {
    tenantId,
    users: r.users,
    active: r.active,
    inactive: r.users - r.active,
    byUserType: tally(byType),
    byAuthType: tally(byAuth),
    serviceAccounts: r.serviceAccounts,
    twoFactor: { eligible: r.eligible, enabled: r.enabled, ratio: r.eligible ? r.enabled / r.eligible : 1 },
  };
}

export async function eventsPerDay(
  em: EntityManager,
  dialect: SqlDialect,
  tenantId: string,
  since: Date,
): Promise<DayCount[]> {
  const day = dialect.day('created_at');
  const rows: { day: string; total: number | string; failed: number | string }[] = await em.getConnection().execute(
    `select ${day} as day, count(*) as total, sum(case when status >= 400 then 1 else 0 end) as failed
       from provisioning_event where tenant_id = ? and created_at >= ? group by ${day} order by day`,
    [tenantId, dialect.timestamp(since)],
  );
  const byDay = new Map(rows.map((r) => [String(r.day), r]));
  const out: DayCount[] = [];
  // Every UTC day from `since` to today, with zeros for days without events.
  for (
    let t = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
    t <= Date.now();
    t += 86_400_000
  ) {
    const day = new Date(t).toISOString().slice(0, 10);
    const r = byDay.get(day);
    out.push({ day, total: Number(r?.total ?? 0), failed: Number(r?.failed ?? 0) });
  }
  return out;
}

export async function failuresByType(
  em: EntityManager,
  dialect: SqlDialect,
  tenantId: string,
  since: Date,
): Promise<FailureCount[]> {
  const rows: { status: number; scim_type: string | null; n: number | string }[] = await em.getConnection().execute(
    `select status, scim_type, count(*) as n from provisioning_event
      where tenant_id = ? and created_at >= ? and status >= 400 group by status, scim_type order by count(*) desc, status`,
    [tenantId, dialect.timestamp(since)],
  );
  return rows.map((r) => ({ status: Number(r.status), scimType: r.scim_type, count: Number(r.n) }));
}
