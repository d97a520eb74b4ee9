/**
 * What a cycle reads from the source directory and the app's links, batch by batch, in
 * object-id order so a cursor (the last id committed) resumes it exactly. An initial cycle reads
 * every object (and links whose source is gone); an incremental one reads what changed in its
 * window of change numbers, tombstones, objects kept as failures, and, for groups, groups with a
 * member whose provisioning changed in this cycle.
 */
import type { DatabaseKind } from '../config.js';
import { inList, listDriven, listParam, type SqlRunner } from '../db/sql.js';
import {
  DIRECTORY_GROUP_COLUMNS,
  DIRECTORY_USER_COLUMNS,
  type DirectoryGroupRow,
  type DirectoryUserRow,
} from '../directory/directory.view.js';

export type ObjectType = 'user' | 'group';

export interface Window {
  directoryId: string;
  appId: string;
  /** Null for an initial cycle (every object). */
  from: number | null;
  to: number;
  /** When the cycle was queued: links changed since then count as "changed in this cycle". */
  since: Date;
  /** Escrow: failures due by then are retried (default `since`). */
  retryBy?: Date;
}

const TABLE = { user: 'directory_user', group: 'directory_group' } as const;

/**
 * The id sources of a cycle's window. In an incremental window each part is driven by its own
 * narrow index (the change sequence, tombstones, failures, links changed since the cycle was
 * queued), not by the object-id order: on SQLite `+object_id` keeps the planner off the primary
 * key, which would walk every object of a 100k directory to find the ten that changed.
 */
function idSources(kind: DatabaseKind, type: ObjectType, w: Window): { sql: string; params: unknown[] }[] {
  type Part = { sql: string; params: unknown[] };
  const t = TABLE[type];
  const plus = kind === 'sqlite' ? '+' : '';
  if (w.from === null) {
    return [
      { sql: `select object_id as id from ${t} where directory_id = ? and object_id > ?`, params: [w.directoryId] },
      {
        sql: `select source_id as id from app_link where app_id = ? and object_type = '${type}' and state <> 'deleted' and source_id > ?`,
        params: [w.appId],
      },
    ];
  }
  const list: Part[] = [
    {
      sql: `select object_id as id from ${t} where directory_id = ? and seq > ? and seq <= ? and ${plus}object_id > ?`,
      params: [w.directoryId, w.from, w.to],
    },
    {
      sql: `select object_id as id from directory_tombstone where directory_id = ? and object_type = '${type}' and seq > ? and seq <= ? and ${plus}object_id > ?`,
      params: [w.directoryId, w.from, w.to],
    },
    {
      // Escrow: failures whose retry time came by the time the cycle was queued.
      sql: `select source_id as id from app_link where app_id = ? and object_type = '${type}' and failed_at is not null and (retry_at is null or retry_at <= ?) and ${plus}source_id > ?`,
      params: [w.appId, w.retryBy ?? w.since],
    },
  ];
  // Groups whose members entered or left the target since the cycle was queued: from the few
  // links that changed (their own index), then each one's groups (directory_member's covering index).
  if (type === 'group')
    list.push({
      sql: `select m.group_id as id from app_link l ${kind === 'sqlite' ? 'cross join' : 'join'} directory_member m
              on m.directory_id = ? and m.member_id = l.source_id
            where l.app_id = ? and l.object_type = 'user' and l.updated_at >= ?
              and l.last_action in ('Create', 'Disable', 'Delete', 'Enable') and ${plus}m.group_id > ?`,
      params: [w.directoryId, w.appId, w.since],
    });
  return list;
}

/** The next `limit` object ids after `after`, in order. Each part is limited on its own index first. */
export async function nextIds(
  q: SqlRunner,
  type: ObjectType,
  w: Window,
  after: string,
  limit: number,
): Promise<string[]> {
  const parts = idSources(q.kind, type, w);
  const text = parts.map((p) => `select id from (${p.sql} order by id limit ${limit}) p`).join(' union ');
  const params = parts.flatMap((p) => [...p.params, after]);
  const rows = await q.all<{ id: string }>(`select id from (${text}) u order by id limit ${limit}`, params);
  return rows.map((r) => r.id);
}

export async function countObjects(q: SqlRunner, type: ObjectType, w: Window): Promise<number> {
  const parts = idSources(q.kind, type, w);
  const text = parts.map((p) => p.sql).join(' union ');
  const row = await q.get<{ n: number | string }>(
    `select count(*) as n from (${text}) u`,
    parts.flatMap((p) => [...p.params, '']),
  );
  return Number(row?.n ?? 0);
}

export async function loadUsers(
  q: SqlRunner,
  directoryId: string,
  ids: readonly string[],
): Promise<Map<string, DirectoryUserRow>> {
  const rows = await q.all<DirectoryUserRow>(
    `select ${DIRECTORY_USER_COLUMNS} from directory_user where directory_id = ? and ${inList(q.kind, 'object_id')}`,
    [directoryId, listParam(q.kind, ids)],
  );
  return new Map(rows.map((r) => [r.object_id, r]));
}

export async function loadGroups(
  q: SqlRunner,
  directoryId: string,
  ids: readonly string[],
): Promise<Map<string, DirectoryGroupRow>> {
  const rows = await q.all<DirectoryGroupRow>(
    `select ${DIRECTORY_GROUP_COLUMNS} from directory_group where directory_id = ? and ${inList(q.kind, 'object_id')}`,
    [directoryId, listParam(q.kind, ids)],
  );
  return new Map(rows.map((r) => [r.object_id, r]));
}

/** Direct groups (not soft-deleted) of each object. */
export async function groupsOf(
  q: SqlRunner,
  directoryId: string,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const rows = await q.all<{ member_id: string; group_id: string }>(
    `select m.member_id, m.group_id from ${listDriven(q.kind, 'j')} directory_member m on m.directory_id = ? and m.member_id = j.value`,
    [listParam(q.kind, ids), directoryId],
  );
  const deleted = new Set(
    (
      await q.all<{ object_id: string }>(
        'select object_id from directory_group where directory_id = ? and deleted_at is not null',
        [directoryId],
      )
    ).map((r) => r.object_id),
  );
  for (const r of rows) {
    if (deleted.has(r.group_id)) continue;
    const list = out.get(r.member_id);
    if (list) list.push(r.group_id);
    else out.set(r.member_id, [r.group_id]);
  }
  return out;
}

/** Every group-in-group edge (child -> parents), for the nested-only explanation of scope. */
export async function groupParents(q: SqlRunner, directoryId: string): Promise<Map<string, string[]>> {
  const rows = await q.all<{ id: string }>(
    `select member_id as id from directory_member where directory_id = ? and member_type = 'group'`,
    [directoryId],
  );
  return groupsOf(q, directoryId, [...new Set(rows.map((r) => r.id))]);
}

/** Direct user members of each group. */
export async function userMembers(
  q: SqlRunner,
  directoryId: string,
  groupIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await q.all<{ group_id: string; member_id: string }>(
    `select group_id, member_id from directory_member where directory_id = ? and member_type = 'user' and ${inList(q.kind, 'group_id')} order by member_id`,
    [directoryId, listParam(q.kind, groupIds)],
  );
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.group_id);
    if (list) list.push(r.member_id);
    else out.set(r.group_id, [r.member_id]);
  }
  return out;
}
