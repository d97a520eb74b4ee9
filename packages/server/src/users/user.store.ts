import { jsonParam, toBool, toDate, toJson, toJsonOrNull, toStr } from '../db/row.js';
import type { SqlRunner } from '../db/sql.js';
import { decodeWriters, encodeWriters } from './last-writers.js';
import type { ScimUserRow } from './user.entity.js';
import type { GroupRef } from './user.mapper.js';

/** A scim_user row as the drivers return it (snake_case), with its groups as JSON when asked for. */
export interface RawUser {
  id: string;
  tenant_id: string;
  user_name: string;
  user_name_lower: string;
  external_id: string | null;
  display_name: string | null;
  active: unknown;
  user_type: string | null;
  auth_type: string | null;
  email: string | null;
  pending_email: string | null;
  is_service_account: unknown;
  two_factor_enabled: unknown;
  last_writers: unknown;
  search_text: string | null;
  data: unknown;
  version: number | string;
  created_at: unknown;
  updated_at: unknown;
  groups_json?: unknown;
}

type UserRowFields = Partial<ScimUserRow> &
  Pick<ScimUserRow, 'id' | 'tenantId' | 'userName' | 'userNameLower' | 'data'>;

/**
 * A user row as plain data, with the entity's defaults. Not `new ScimUserRow()`: MikroORM gives
 * entity instances property setters, and building rows through them took 40 us a row in the
 * engine's profile (the SQL hot path never hands these rows to an EntityManager).
 */
export function userRow(fields: UserRowFields): ScimUserRow {
  const now = new Date();
  return {
    active: true,
    isServiceAccount: false,
    twoFactorEnabled: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

export function userFromRaw(r: RawUser): ScimUserRow {
  return userRow({
    id: r.id,
    tenantId: r.tenant_id,
    userName: r.user_name,
    userNameLower: r.user_name_lower,
    externalId: toStr(r.external_id),
    displayName: toStr(r.display_name),
    active: toBool(r.active),
    userType: toStr(r.user_type),
    authType: toStr(r.auth_type),
    email: toStr(r.email),
    pendingEmail: toStr(r.pending_email),
    isServiceAccount: toBool(r.is_service_account),
    twoFactorEnabled: toBool(r.two_factor_enabled),
    lastWriters: decodeWriters(r.last_writers),
    searchText: toStr(r.search_text),
    data: toJson<Record<string, unknown>>(r.data),
    version: Number(r.version),
    createdAt: toDate(r.created_at),
    updatedAt: toDate(r.updated_at),
  });
}

export const groupsFromRaw = (r: RawUser): GroupRef[] | undefined => {
  const list = r.groups_json === undefined ? undefined : toJsonOrNull<GroupRef[]>(r.groups_json);
  return list?.length ? list : undefined;
};

/**
 * A user's groups as one JSON array column, so a user and its groups come back in one statement
 * (the `groups` attribute is read-only and sorted by display name).
 */
export function groupsJsonColumn(kind: SqlRunner['kind'], userId = 'u.id'): string {
  return kind === 'sqlite'
    ? `(select json_group_array(json_object('value', x.group_id, 'display', x.display_name)) from
         (select m.group_id, g.display_name from group_member m join scim_group g on g.id = m.group_id
           where m.member_id = ${userId} order by g.display_name) x) as groups_json`
    : `(select coalesce(json_agg(json_build_object('value', m.group_id, 'display', g.display_name) order by g.display_name), '[]'::json)
         from group_member m join scim_group g on g.id = m.group_id where m.member_id = ${userId}) as groups_json`;
}

export const USER_COLUMNS =
  'id, tenant_id, user_name, user_name_lower, external_id, display_name, active, user_type, auth_type, email, pending_email, is_service_account, two_factor_enabled, last_writers, search_text, data, version, created_at, updated_at';

const INSERT = `insert into scim_user (${USER_COLUMNS}) values (${USER_COLUMNS.split(',')
  .map(() => '?')
  .join(', ')})`;

/** The columns userValues returns, in its order. */
const VALUE_COLUMNS = USER_COLUMNS.split(', ').slice(2, -2);

/** The columns after id and tenant_id, in USER_COLUMNS order (shared by insert and update). */
function userValues(u: ScimUserRow): unknown[] {
  return [
    u.userName,
    u.userNameLower,
    u.externalId ?? null,
    u.displayName ?? null,
    u.active,
    u.userType ?? null,
    u.authType ?? null,
    u.email ?? null,
    u.pendingEmail ?? null,
    u.isServiceAccount,
    u.twoFactorEnabled,
    encodeWriters(u.lastWriters),
    u.searchText ?? null,
    jsonParam(u.data),
    u.version,
  ];
}

export function insertUser(q: SqlRunner, u: ScimUserRow): Promise<number> {
  return q.run(INSERT, [u.id, u.tenantId, ...userValues(u), u.createdAt, u.updatedAt]);
}

/**
 * The UPDATE (text and bind values) that writes the columns of `u` that differ from `before`
 * (the row as read), with version and updated_at. Only the changed columns are set because SQLite rewrites the entry of every index
 * over a column named in SET, changed or not: a PATCH of `title` that set every column dirtied
 * 5.6 pages (userName, externalId, display-name and created indexes, at random places) instead of
 * 1.8, and took 37-60 us instead of 17-22 (bench/README.md). On PostgreSQL it only makes the
 * statement and its WAL record smaller (updated_at is indexed, so no UPDATE is HOT anyway). The statement
 * text depends on which columns changed, a small set in practice, so it stays prepared.
 */
export function updateUserStatement(u: ScimUserRow, before: ScimUserRow): [string, unknown[]] {
  const next = userValues(u);
  const old = userValues(before);
  const set: string[] = [];
  const params: unknown[] = [];
  for (let i = 0; i < next.length - 1; i++) {
    if (next[i] === old[i]) continue; // strings (JSON too), numbers, booleans, null
    set.push(`${VALUE_COLUMNS[i]} = ?`);
    params.push(next[i]);
  }
  set.push('version = ?', 'updated_at = ?');
  params.push(u.version, u.updatedAt, u.id, u.tenantId);
  return [`update scim_user set ${set.join(', ')} where id = ? and tenant_id = ?`, params];
}

/** One user of a tenant, with its groups when `withGroups`, locked for the transaction when `lock`. */
export async function selectUser(
  q: SqlRunner,
  tenantId: string,
  id: string,
  opts: { withGroups?: boolean; lock?: string; withSource?: boolean } = {},
): Promise<{ row: ScimUserRow; groups?: GroupRef[]; source?: string | null } | null> {
  const groups = opts.withGroups ? `, ${groupsJsonColumn(q.kind)}` : '';
  // The tenant's mirror directory (directory/tenant-source.ts `tenantSourceOf`) in the same statement.
  const source = opts.withSource
    ? ', (select d.id from directory d where d.tenant_id = u.tenant_id) as source_directory'
    : '';
  // PostgreSQL refuses FOR UPDATE next to an aggregate subquery in the same SELECT only when grouped; this is not.
  const raw = await q.get<RawUser & { source_directory?: string | null }>(
    `select u.*${groups}${source} from scim_user u where u.id = ? and u.tenant_id = ?${opts.lock ? ` ${opts.lock}` : ''}`,
    [id, tenantId],
  );
  if (!raw) return null;
  const found: { row: ScimUserRow; groups?: GroupRef[]; source?: string | null } = {
    row: userFromRaw(raw),
    groups: groupsFromRaw(raw),
  };
  if (opts.withSource) found.source = raw.source_directory ?? null;
  return found;
}
