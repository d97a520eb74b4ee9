import type { EntityClass, EntityDictionary, EntityManager } from '@mikro-orm/core';
import { type FilterNode, splitAttrPath } from '@scimdesk/scim';
import type { SqlDialect } from './dialect.js';
import { FilterCompiler, type TableMap } from './filter-sql.js';

export interface ListQuery {
  filter?: FilterNode;
  sortBy?: string;
  sortOrder?: 'ascending' | 'descending';
  /** 0-based */
  offset: number;
  limit: number;
}

/**
 * Runs a SCIM list in SQL: tenant scope, compiled filter, sort, paging and a count, so no request
 * loads a tenant's resources into memory. Rows are mapped to entities by MikroORM.
 */
export async function listRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  table: string,
  map: TableMap,
  dialect: SqlDialect,
  tenantId: string,
  q: ListQuery,
): Promise<{ rows: T[]; total: number }> {
  const compiler = new FilterCompiler(map, dialect);
  const compiled = q.filter ? compiler.compile(q.filter) : { sql: '', params: [] };
  const where = `${map.alias}.tenant_id = ?${compiled.sql ? ` and ${compiled.sql}` : ''}`;
  const params = [tenantId, ...compiled.params];
  const conn = em.getConnection();
  const countRows = await conn.execute<{ n: number | string }[]>(
    `select count(*) as n from ${table} ${map.alias} where ${where}`,
    params,
  );
  const total = Number(countRows[0]?.n ?? 0);
  if (q.limit === 0 || total === 0 || q.offset >= total) return { rows: [], total };
  const dir = q.sortOrder === 'descending' ? 'desc' : 'asc';
  const order = q.sortBy
    ? `${compiler.sortExpression(q.sortBy, splitAttrPath)} ${dir}, ${map.alias}.id ${dir}`
    : `${map.alias}.created_at asc, ${map.alias}.id asc`;
  const raw = await conn.execute<EntityDictionary<T>[]>(
    `select ${map.alias}.* from ${table} ${map.alias} where ${where} order by ${order} limit ? offset ?`,
    [...params, q.limit, q.offset],
  );
  return { rows: raw.map((r: EntityDictionary<T>) => em.map(entity, r)), total };
}
