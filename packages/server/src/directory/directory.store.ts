import type { SqlRunner } from '../db/sql.js';
import {
  DIRECTORY_GROUP_COLUMNS,
  DIRECTORY_USER_COLUMNS,
  type DirGroup,
  type DirUser,
  groupParams,
  userParams,
} from './directory.view.js';

/**
 * The directory's write statements, shared by the service (one object at a time) and the import
 * (thousands per statement). Every function runs on the caller's transaction.
 *
 * Change numbers: `allocSeq` takes n values from `directory.seq` with one UPDATE. On PostgreSQL
 * that row stays locked until the transaction ends, and SQLite runs one writer at a time, so the
 * values of a directory's transactions commit in increasing order: a reader that saw
 * `directory.seq = w` has seen every row with `seq <= w`.
 */

export type ObjectType = 'user' | 'group';
const TABLE: Record<ObjectType, string> = { user: 'directory_user', group: 'directory_group' };

/** Rows per multi-row statement (13 bind values a user row: well under both databases' limits). */
export const CHUNK = 500;

export function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Takes `n` change numbers for `directoryId`; resolves with the first (the range is first .. first + n - 1). */
export async function allocSeq(tx: SqlRunner, directoryId: string, n: number): Promise<number> {
  const row = await tx.get<{ seq: number | string }>('update directory set seq = seq + ? where id = ? returning seq', [
    n,
    directoryId,
  ]);
  if (!row) throw new Error(`directory ${directoryId} vanished during a write`);
  return Number(row.seq) - n + 1;
}

const placeholders = (columns: string, rows: number) => {
  const one = `(${columns
    .split(',')
    .map(() => '?')
    .join(', ')})`;
  return Array.from({ length: rows }, () => one).join(', ');
};

const USER_UPDATE = DIRECTORY_USER_COLUMNS.split(', ')
  .filter((c) => !['directory_id', 'object_id', 'created_at'].includes(c))
  .map((c) => `${c} = excluded.${c}`)
  .join(', ');
const GROUP_UPDATE = DIRECTORY_GROUP_COLUMNS.split(', ')
  .filter((c) => !['directory_id', 'object_id', 'created_at'].includes(c))
  .map((c) => `${c} = excluded.${c}`)
  .join(', ');

/** Inserts or rewrites whole user rows (created_at of an existing row is kept). */
export async function upsertUsers(tx: SqlRunner, users: readonly DirUser[]): Promise<void> {
  for (const part of chunks(users)) {
    await tx.run(
      `insert into directory_user (${DIRECTORY_USER_COLUMNS}) values ${placeholders(DIRECTORY_USER_COLUMNS, part.length)}
       on conflict (directory_id, object_id) do update set ${USER_UPDATE}`,
      part.flatMap(userParams),
    );
  }
}

export async function upsertGroups(tx: SqlRunner, groups: readonly DirGroup[]): Promise<void> {
  for (const part of chunks(groups)) {
    await tx.run(
      `insert into directory_group (${DIRECTORY_GROUP_COLUMNS}) values ${placeholders(DIRECTORY_GROUP_COLUMNS, part.length)}
       on conflict (directory_id, object_id) do update set ${GROUP_UPDATE}`,
      part.flatMap(groupParams),
    );
  }
}

/** The ids of a list, numbered from 0, as a FROM-able `v(id, i)`. */
const numbered = (kind: SqlRunner['kind']) =>
  kind === 'sqlite'
    ? '(select value as id, cast(key as integer) as i from json_each(?)) v'
    : '(select id, i - 1 as i from unnest(?::text[]) with ordinality as x(id, i)) v';
const listBind = (kind: SqlRunner['kind'], ids: readonly string[]) =>
  kind === 'sqlite' ? JSON.stringify(ids) : [...ids];

/** Gives `ids` the change numbers base, base + 1, ... (in that order) and updated_at = now. */
export async function bumpSeqs(
  tx: SqlRunner,
  directoryId: string,
  type: ObjectType,
  ids: readonly string[],
  base: number,
  now: Date,
): Promise<void> {
  const t = TABLE[type];
  for (const [n, part] of chunks(ids, 5000).entries()) {
    await tx.run(
      `update ${t} set seq = ? + v.i, updated_at = ? from ${numbered(tx.kind)}
       where ${t}.directory_id = ? and ${t}.object_id = v.id`,
      [base + n * 5000, now, listBind(tx.kind, part), directoryId],
    );
  }
}

export interface MemberLink {
  groupId: string;
  memberId: string;
  memberType: ObjectType;
}

export async function insertMembers(tx: SqlRunner, directoryId: string, links: readonly MemberLink[]): Promise<void> {
  for (const part of chunks(links, 1000)) {
    await tx.run(
      `insert into directory_member (directory_id, group_id, member_id, member_type) values ${placeholders('a,b,c,d', part.length)}
       on conflict do nothing`,
      part.flatMap((l) => [directoryId, l.groupId, l.memberId, l.memberType]),
    );
  }
}

/** Removes `memberIds` from group `groupId`. */
export async function deleteMembers(
  tx: SqlRunner,
  directoryId: string,
  groupId: string,
  memberIds: readonly string[],
): Promise<void> {
  for (const part of chunks(memberIds, 5000)) {
    await tx.run(
      `delete from directory_member where directory_id = ? and group_id = ? and member_id in (select id from ${numbered(tx.kind)})`,
      [directoryId, groupId, listBind(tx.kind, part)],
    );
  }
}

/** Re-created objects lose their tombstones. */
export async function dropTombstones(
  tx: SqlRunner,
  directoryId: string,
  type: ObjectType,
  ids: readonly string[],
): Promise<void> {
  for (const part of chunks(ids, 5000)) {
    await tx.run(
      `delete from directory_tombstone where directory_id = ? and object_type = ? and object_id in (select id from ${numbered(tx.kind)})`,
      [directoryId, type, listBind(tx.kind, part)],
    );
  }
}

export async function upsertTombstone(
  tx: SqlRunner,
  directoryId: string,
  type: ObjectType,
  id: string,
  seq: number,
  now: Date,
): Promise<void> {
  await tx.run(
    `insert into directory_tombstone (directory_id, object_type, object_id, seq, deleted_at) values (?, ?, ?, ?, ?)
     on conflict (directory_id, object_type, object_id) do update set seq = excluded.seq, deleted_at = excluded.deleted_at`,
    [directoryId, type, id, seq, now],
  );
}
