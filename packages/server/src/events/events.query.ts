import type { EntityDictionary, EntityManager } from '@mikro-orm/core';
import { decodeCursor, encodeCursor, type Page } from '../graphql/connection.js';
import { likeEscape, type SqlDialect } from '../scim/sql/dialect.js';
import { ProvisioningEvent } from './event.entity.js';

export interface EventFilterValues {
  from?: Date | null;
  to?: Date | null;
  action?: string | null;
  failed?: boolean | null;
  status?: number | null;
  targetId?: string | null;
  targetName?: string | null;
  targetSearch?: string | null;
  resourceType?: string | null;
  tokenId?: string | null;
  actor?: string | null;
  actorSearch?: string | null;
  /** true: without the reads (GET, POST .search) that succeeded; failed ones stay. */
  quietReads?: boolean | null;
}

/** The filter as SQL over `provisioning_event e`, the tenant first (the (tenant_id, created_at) index); the export reads with it too. */
export function whereOf(dialect: SqlDialect, tenantId: string, f: EventFilterValues) {
  const parts = ['e.tenant_id = ?'];
  const params: unknown[] = [tenantId];
  const add = (sql: string, v: unknown) => {
    parts.push(sql);
    params.push(v);
  };
  if (f.from) add('e.created_at >= ?', dialect.timestamp(f.from));
  if (f.to) add('e.created_at < ?', dialect.timestamp(f.to));
  if (f.action) add('e.action = ?', f.action);
  if (f.failed === true) parts.push('e.status >= 400');
  if (f.failed === false) parts.push('e.status < 400');
  if (f.status != null) add('e.status = ?', f.status);
  if (f.targetId) add('e.target_id = ?', f.targetId);
  if (f.targetName) add('e.target_name = ?', f.targetName);
  if (f.targetSearch) add("lower(e.target_name) like ? escape '\\'", `%${likeEscape(f.targetSearch.toLowerCase())}%`);
  if (f.resourceType) add('e.resource_type = ?', f.resourceType);
  if (f.tokenId) add('e.token_id = ?', f.tokenId);
  if (f.actor) add('e.actor = ?', f.actor);
  if (f.actorSearch) add("lower(e.actor) like ? escape '\\'", `%${likeEscape(f.actorSearch.toLowerCase())}%`);
  if (f.quietReads) parts.push(`(e.status >= 400 or (e.method <> 'GET' and e.path not like '%/.search%'))`);
  return { sql: parts.join(' and '), params };
}

/** Newest first, keyset on (created_at, id) over the (tenant_id, created_at) index. */
export async function pageEvents(
  em: EntityManager,
  dialect: SqlDialect,
  tenantId: string,
  filter: EventFilterValues,
  first: number,
  after?: string | null,
): Promise<{ page: Page<ProvisioningEvent>; count: () => Promise<number> }> {
  const conn = em.getConnection();
  const where = whereOf(dialect, tenantId, filter);
  const parts = [where.sql];
  const params = [...where.params];
  if (after) {
    const [at, id] = decodeCursor(after);
    parts.push('(e.created_at, e.id) < (?, ?)');
    params.push(dialect.timestamp(new Date(Number(at))), id);
  }
  const raw =
    first === 0
      ? []
      : await conn.execute<EntityDictionary<ProvisioningEvent>[]>(
          `select e.* from provisioning_event e where ${parts.join(' and ')} order by e.created_at desc, e.id desc limit ?`,
          [...params, first + 1],
        );
  const rows = raw.slice(0, first).map((r: EntityDictionary<ProvisioningEvent>) => em.map(ProvisioningEvent, r));
  return {
    page: {
      nodes: rows,
      cursors: rows.map((r: ProvisioningEvent) => encodeCursor([r.createdAt.getTime(), r.id])),
      hasNextPage: raw.length > first,
      hasPreviousPage: !!after,
    },
    count: async () => {
      const [row] = await conn.execute<{ n: number | string }[]>(
        `select count(*) as n from provisioning_event e where ${where.sql}`,
        where.params,
      );
      return Number(row?.n ?? 0);
    },
  };
}
