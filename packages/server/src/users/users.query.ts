import type { EntityDictionary, EntityManager } from '@mikro-orm/core';
import { decodeCursor, encodeCursor, type Page } from '../graphql/connection.js';
import { likeEscape, type SqlDialect } from '../scim/sql/dialect.js';
import { ScimUserRow } from './user.entity.js';

export interface UserFilterValues {
  search?: string | null;
  active?: boolean | null;
  userType?: string | null;
  authType?: string | null;
  isServiceAccount?: boolean | null;
  twoFactorEnabled?: boolean | null;
  groupId?: string | null;
}

export type UserSortKey = 'userName' | 'displayName' | 'created' | 'updated';

/** Each sort is served by an index that ends in `id`, so pages are keyset ranges, never OFFSET scans. */
const SORT: Record<UserSortKey, { sql: string; value: (r: ScimUserRow) => string | number; time?: boolean }> = {
  userName: { sql: 'u.user_name_lower', value: (r) => r.userNameLower },
  displayName: { sql: "coalesce(u.display_name, '')", value: (r) => r.displayName ?? '' },
  created: { sql: 'u.created_at', value: (r) => r.createdAt.getTime(), time: true },
  updated: { sql: 'u.updated_at', value: (r) => r.updatedAt.getTime(), time: true },
};

function whereOf(dialect: SqlDialect, tenantId: string, f: UserFilterValues): { sql: string; params: unknown[] } {
  const parts = ['u.tenant_id = ?'];
  const params: unknown[] = [tenantId];
  const eq = (sql: string, v: unknown) => {
    parts.push(`${sql} = ?`);
    params.push(v);
  };
  if (f.active != null) eq('u.active', dialect.bool(f.active));
  if (f.userType != null) eq('u.user_type', f.userType);
  if (f.authType != null) eq('u.auth_type', f.authType.toLowerCase());
  if (f.isServiceAccount != null) eq('u.is_service_account', dialect.bool(f.isServiceAccount));
  if (f.twoFactorEnabled != null) eq('u.two_factor_enabled', dialect.bool(f.twoFactorEnabled));
  if (f.groupId != null) {
    parts.push('exists (select 1 from group_member m where m.member_id = u.id and m.group_id = ? and m.tenant_id = ?)');
    params.push(f.groupId, tenantId);
  }
  const term = f.search?.trim().toLowerCase();
  if (term) {
    // One LIKE over the derived search_text column (user.mapper.ts searchTextOf); trigram-indexed on PostgreSQL.
    parts.push(`u.search_text like ? escape '\\'`);
    params.push(`%${likeEscape(term)}%`);
  }
  return { sql: parts.join(' and '), params };
}

/** One page of a tenant's users (filters, sort and keyset cursor all in SQL) and a lazy count. */
export async function pageUsers(
  em: EntityManager,
  dialect: SqlDialect,
  tenantId: string,
  filter: UserFilterValues,
  sort: { key: UserSortKey; desc: boolean },
  first: number,
  after?: string | null,
): Promise<{ page: Page<ScimUserRow>; count: () => Promise<number> }> {
  const conn = em.getConnection();
  const where = whereOf(dialect, tenantId, filter);
  const s = SORT[sort.key];
  const dir = sort.desc ? 'desc' : 'asc';
  const parts = [where.sql];
  const params = [...where.params];
  if (after) {
    const [value, id] = decodeCursor(after);
    parts.push(`(${s.sql}, u.id) ${sort.desc ? '<' : '>'} (?, ?)`);
    params.push(s.time ? dialect.timestamp(new Date(Number(value))) : String(value), id);
  }
  const raw =
    first === 0
      ? []
      : await conn.execute<EntityDictionary<ScimUserRow>[]>(
          `select u.* from scim_user u where ${parts.join(' and ')} order by ${s.sql} ${dir}, u.id ${dir} limit ?`,
          [...params, first + 1],
        );
  const rows = raw.slice(0, first).map((r: EntityDictionary<ScimUserRow>) => em.map(ScimUserRow, r));
  return {
    page: {
      nodes: rows,
      cursors: rows.map((r: ScimUserRow) => encodeCursor([s.value(r), r.id])),
      hasNextPage: raw.length > first,
      hasPreviousPage: !!after,
    },
    count: async () => {
      const [row] = await conn.execute<{ n: number | string }[]>(
        `select count(*) as n from scim_user u where ${where.sql}`,
        where.params,
      );
      return Number(row?.n ?? 0);
    },
  };
}
