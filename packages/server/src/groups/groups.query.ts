import type { EntityDictionary, EntityManager } from '@mikro-orm/core';
import { decodeCursor, encodeCursor, type Page } from '../graphql/connection.js';
import { likeEscape } from '../scim/sql/dialect.js';
import { ScimUserRow } from '../users/user.entity.js';
import { ScimGroupRow } from './group.entity.js';

interface Keyed<T> {
  page: Page<T>;
  count: () => Promise<number>;
}

async function keyset<T extends object>(
  em: EntityManager,
  entity: new () => T,
  q: { select: string; from: string; where: string; params: unknown[]; key: string; id: string },
  keyOf: (row: T) => [string, string],
  first: number,
  after?: string | null,
): Promise<Keyed<T>> {
  const conn = em.getConnection();
  const parts = [q.where];
  const params = [...q.params];
  if (after) {
    const [k, id] = decodeCursor(after);
    parts.push(`(${q.key}, ${q.id}) > (?, ?)`);
    params.push(String(k), id);
  }
  const raw =
    first === 0
      ? []
      : await conn.execute<EntityDictionary<T>[]>(
          `select ${q.select} from ${q.from} where ${parts.join(' and ')} order by ${q.key}, ${q.id} limit ?`,
          [...params, first + 1],
        );
  const rows = raw.slice(0, first).map((r: EntityDictionary<T>) => em.map(entity, r));
  return {
    page: {
      nodes: rows,
      cursors: rows.map((r: T) => encodeCursor(keyOf(r))),
      hasNextPage: raw.length > first,
      hasPreviousPage: !!after,
    },
    count: async () => {
      const [row] = await conn.execute<{ n: number | string }[]>(
        `select count(*) as n from ${q.from} where ${q.where}`,
        q.params,
      );
      return Number(row?.n ?? 0);
    },
  };
}

/** A tenant's groups by displayName (the unique (tenant_id, display_name_lower) index). */
export function pageGroups(
  em: EntityManager,
  tenantId: string,
  search: string | null | undefined,
  first: number,
  after?: string | null,
) {
  const term = search?.trim().toLowerCase();
  return keyset(
    em,
    ScimGroupRow,
    {
      select: 'g.*',
      from: 'scim_group g',
      where: `g.tenant_id = ?${term ? ` and g.display_name_lower like ? escape '\\'` : ''}`,
      params: term ? [tenantId, `%${likeEscape(term)}%`] : [tenantId],
      key: 'g.display_name_lower',
      id: 'g.id',
    },
    (g) => [g.displayNameLower, g.id],
    first,
    after,
  );
}

/** A group's user members by userName. */
export function pageMembers(
  em: EntityManager,
  tenantId: string,
  groupId: string,
  first: number,
  after?: string | null,
) {
  return keyset(
    em,
    ScimUserRow,
    {
      select: 'u.*',
      from: 'group_member m join scim_user u on u.id = m.member_id',
      where: 'm.group_id = ? and m.tenant_id = ? and u.tenant_id = ?',
      params: [groupId, tenantId, tenantId],
      key: 'u.user_name_lower',
      id: 'u.id',
    },
    (u) => [u.userNameLower, u.id],
    first,
    after,
  );
}
