import type { EntityManager } from '@mikro-orm/core';
import type { RefusedCount } from '../reports/reports.types.js';

/** A tenant's refused SCIM requests (no valid token) per UTC day and reason since `since`, newest day first. */
export async function refusedRequests(em: EntityManager, tenantId: string, since: Date): Promise<RefusedCount[]> {
  const rows: { day: string; reason: string; requests: number | string }[] = await em.getConnection().execute(
    `select day, reason, requests from refused_request where tenant_id = ? and day >= ?
      order by day desc, requests desc, reason`,
    [tenantId, since.toISOString().slice(0, 10)],
  );
  return rows.map((r) => ({ day: r.day, reason: r.reason, count: Number(r.requests) }));
}
