import { caseFold } from '@scimdesk/scim';
import { toDateOrNull } from '../db/row.js';
import type { SqlRunner } from '../db/sql.js';
import { decodeCursor, encodeCursor, type Page } from '../graphql/connection.js';
import { badInput } from '../graphql/errors.js';
import { dialectFor, likeEscape } from '../scim/sql/dialect.js';
import {
  DIRECTORY_GROUP_COLUMNS,
  DIRECTORY_USER_COLUMNS,
  type DirectoryGroupRow,
  type DirectoryUserRow,
  type DirGroup,
  type DirUser,
  toDirGroup,
  toDirUser,
} from './directory.view.js';

/**
 * Keyset pages for the admin API: users by (upn_key, object_id) over the unique
 * (directory_id, upn_key) index, groups by (name_key, object_id), members by member_id (the
 * primary key), so page 500 of 100,000 users costs what page 1 does.
 */
export interface Keyed<T> {
  page: Page<T>;
  count: () => Promise<number>;
}

export interface ListFilter {
  search?: string | null;
  includeDeleted?: boolean | null;
  /** Only soft-deleted objects (the recycle bin). */
  onlyDeleted?: boolean | null;
  /** Users only. */
  accountEnabled?: boolean | null;
  /** `name` (userPrincipalName or displayName, the default) or `changed` (change number); descending when asked. */
  order?: 'name' | 'changed';
  descending?: boolean;
}

async function keyset<R, T>(
  q: SqlRunner,
  sql: {
    select: string;
    from: string;
    where: string[];
    params: unknown[];
    key: string;
    id: string;
    /** The key is a number (a change number), not text. */
    numeric?: boolean;
    descending?: boolean;
  },
  map: (r: R) => T,
  keyOf: (r: R) => [string | number, string],
  first: number,
  after?: string | null,
): Promise<Keyed<T>> {
  const where = [...sql.where];
  const params = [...sql.params];
  if (after) {
    const [k, id] = decodeCursor(after);
    if (sql.numeric !== (typeof k === 'number'))
      throw badInput('after is not a cursor of this list in this order', 'after');
    where.push(`(${sql.key}, ${sql.id}) ${sql.descending ? '<' : '>'} (?, ?)`);
    params.push(k, id);
  }
  const dir = sql.descending ? ' desc' : '';
  const raw =
    first === 0
      ? []
      : await q.all<R>(
          `select ${sql.select} from ${sql.from} where ${where.join(' and ')} order by ${sql.key}${dir}, ${sql.id}${dir} limit ?`,
          [...params, first + 1],
        );
  const rows = raw.slice(0, first);
  return {
    page: {
      nodes: rows.map(map),
      cursors: rows.map((r) => encodeCursor(keyOf(r))),
      hasNextPage: raw.length > first,
      hasPreviousPage: !!after,
    },
    count: async () => {
      const row = await q.get<{ n: number | string }>(
        `select count(*) as n from ${sql.from} where ${sql.where.join(' and ')}`,
        sql.params,
      );
      return Number(row?.n ?? 0);
    },
  };
}

function filters(q: SqlRunner, directoryId: string, f: ListFilter, key: string, name: string) {
  const where = ['directory_id = ?'];
  const params: unknown[] = [directoryId];
  if (f.onlyDeleted) where.push('deleted_at is not null');
  else if (!f.includeDeleted) where.push('deleted_at is null');
  if (typeof f.accountEnabled === 'boolean') {
    where.push('account_enabled = ?');
    params.push(f.accountEnabled);
  }
  const term = f.search?.trim();
  if (term) {
    const like = `%${likeEscape(caseFold(term))}%`;
    where.push(`(${key} like ? escape '\\' or ${dialectFor(q.kind).fold(name)} like ? escape '\\')`);
    params.push(like, like);
  }
  return { where, params };
}

/** The keyset's key: the folded name or the change number, both indexed with the directory id. */
const orderOf = (f: ListFilter, nameKey: string) => ({
  key: f.order === 'changed' ? 'seq' : nameKey,
  id: 'object_id',
  numeric: f.order === 'changed',
  descending: !!f.descending,
});

/** A directory's users by userPrincipalName; `search`: substring of userPrincipalName or displayName (any case). */
export function pageDirectoryUsers(
  q: SqlRunner,
  directoryId: string,
  f: ListFilter,
  first: number,
  after?: string | null,
): Promise<Keyed<DirUser>> {
  return keyset<DirectoryUserRow, DirUser>(
    q,
    {
      select: DIRECTORY_USER_COLUMNS,
      from: 'directory_user',
      ...filters(q, directoryId, f, 'upn_key', 'display_name'),
      ...orderOf(f, 'upn_key'),
    },
    toDirUser,
    (r) => [f.order === 'changed' ? Number(r.seq) : r.upn_key, r.object_id],
    first,
    after,
  );
}

export function pageDirectoryGroups(
  q: SqlRunner,
  directoryId: string,
  f: ListFilter,
  first: number,
  after?: string | null,
): Promise<Keyed<DirGroup>> {
  return keyset<DirectoryGroupRow, DirGroup>(
    q,
    {
      select: DIRECTORY_GROUP_COLUMNS,
      from: 'directory_group',
      ...filters(q, directoryId, { ...f, accountEnabled: undefined }, 'name_key', 'display_name'),
      ...orderOf(f, 'name_key'),
    },
    toDirGroup,
    (r) => [f.order === 'changed' ? Number(r.seq) : r.name_key, r.object_id],
    first,
    after,
  );
}

export interface MemberView {
  type: 'user' | 'group';
  objectId: string;
  displayName: string | null;
  userPrincipalName: string | null;
  deletedAt: Date | null;
}

interface RawMember {
  member_id: string;
  member_type: 'user' | 'group';
  display_name: string | null;
  user_principal_name: string | null;
  deleted_at: unknown;
}

/** A group's direct members (users and groups), by objectId. */
export function pageDirectoryMembers(
  q: SqlRunner,
  directoryId: string,
  groupId: string,
  first: number,
  after?: string | null,
): Promise<Keyed<MemberView>> {
  return keyset<RawMember, MemberView>(
    q,
    {
      select:
        'm.member_id, m.member_type, coalesce(u.display_name, g.display_name) as display_name, u.user_principal_name, coalesce(u.deleted_at, g.deleted_at) as deleted_at',
      from: `directory_member m
        left join directory_user u on m.member_type = 'user' and u.directory_id = m.directory_id and u.object_id = m.member_id
        left join directory_group g on m.member_type = 'group' and g.directory_id = m.directory_id and g.object_id = m.member_id`,
      where: ['m.directory_id = ?', 'm.group_id = ?'],
      params: [directoryId, groupId],
      key: 'm.member_id',
      id: 'm.member_id',
    },
    (r) => ({
      type: r.member_type,
      objectId: r.member_id,
      displayName: r.display_name,
      userPrincipalName: r.user_principal_name,
      deletedAt: toDateOrNull(r.deleted_at),
    }),
    (r) => [r.member_id, r.member_id],
    first,
    after,
  );
}
