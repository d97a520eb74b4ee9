import type { SqlRunner } from '../db/sql.js';
import { upnKeyOf } from './directory.fields.js';
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

/** Single-object reads, on the caller's runner (a transaction, or the pool). */

export async function readUser(q: SqlRunner, directoryId: string, objectId: string): Promise<DirUser | undefined> {
  const r = await q.get<DirectoryUserRow>(
    `select ${DIRECTORY_USER_COLUMNS} from directory_user where directory_id = ? and object_id = ?`,
    [directoryId, objectId],
  );
  return r ? toDirUser(r) : undefined;
}

export async function readUserByUpn(q: SqlRunner, directoryId: string, upn: string): Promise<DirUser | undefined> {
  const r = await q.get<DirectoryUserRow>(
    `select ${DIRECTORY_USER_COLUMNS} from directory_user where directory_id = ? and upn_key = ?`,
    [directoryId, upnKeyOf(upn)],
  );
  return r ? toDirUser(r) : undefined;
}

/** A user named by objectId or userPrincipalName (a tenant source's: its userName, which may have no "@"). */
export async function readUserByRef(q: SqlRunner, directoryId: string, ref: string): Promise<DirUser | undefined> {
  return (await readUser(q, directoryId, ref)) ?? readUserByUpn(q, directoryId, ref);
}

export async function readGroup(q: SqlRunner, directoryId: string, objectId: string): Promise<DirGroup | undefined> {
  const r = await q.get<DirectoryGroupRow>(
    `select ${DIRECTORY_GROUP_COLUMNS} from directory_group where directory_id = ? and object_id = ?`,
    [directoryId, objectId],
  );
  return r ? toDirGroup(r) : undefined;
}

/** The groups `memberId` is a direct member of, by displayName. */
export async function readGroupsOf(
  q: SqlRunner,
  directoryId: string,
  memberId: string,
  type: 'user' | 'group',
): Promise<DirGroup[]> {
  const rows = await q.all<DirectoryGroupRow>(
    `select ${DIRECTORY_GROUP_COLUMNS.split(', ')
      .map((c) => `g.${c}`)
      .join(
        ', ',
      )} from directory_member m join directory_group g on g.directory_id = m.directory_id and g.object_id = m.group_id
     where m.directory_id = ? and m.member_id = ? and m.member_type = ? order by g.name_key, g.object_id`,
    [directoryId, memberId, type],
  );
  return rows.map(toDirGroup);
}

/** True when `groupId` is `start` or nested (at any depth) inside it. */
export async function containsGroup(
  q: SqlRunner,
  directoryId: string,
  start: string,
  groupId: string,
): Promise<boolean> {
  const row = await q.get<{ found: number }>(
    `with recursive d(id) as (
       select cast(? as text)
       union
       select m.member_id from directory_member m join d on m.group_id = d.id
        where m.directory_id = ? and m.member_type = 'group'
     ) select 1 as found from d where id = ?`,
    [start, directoryId, groupId],
  );
  return !!row;
}

export async function memberIdsOf(q: SqlRunner, directoryId: string, groupId: string): Promise<Set<string>> {
  const rows = await q.all<{ member_id: string }>(
    'select member_id from directory_member where directory_id = ? and group_id = ?',
    [directoryId, groupId],
  );
  return new Set(rows.map((r) => r.member_id));
}
