import { inList, listParam, type SqlRunner } from '../db/sql.js';
import { allocSeq, bumpSeqs, chunks, type ObjectType, upsertTombstone } from './directory.store.js';

/**
 * Hard delete (an admin's, or the purge of soft-deleted objects): the rows and their membership
 * rows go, the groups they were members of (and, for a group, its members; for a user, the users
 * it managed, whose manager is cleared) take new change numbers, and each deleted object leaves a
 * tombstone with its own new number, so an incremental cycle learns of it.
 */
export async function hardDelete(
  tx: SqlRunner,
  directoryId: string,
  type: ObjectType,
  ids: readonly string[],
  now: Date,
): Promise<number> {
  if (!ids.length) return 0;
  const k = tx.kind;
  const table = type === 'user' ? 'directory_user' : 'directory_group';
  const gone = new Set(ids);
  const parents = new Set<string>();
  const memberUsers = new Set<string>();
  const memberGroups = new Set<string>();
  const reports = new Set<string>();
  for (const part of chunks(ids, 5000)) {
    const list = listParam(k, part);
    for (const r of await tx.all<{ group_id: string }>(
      `select distinct group_id from directory_member where directory_id = ? and member_type = ? and ${inList(k, 'member_id')}`,
      [directoryId, type, list],
    ))
      parents.add(r.group_id);
    if (type === 'group') {
      for (const r of await tx.all<{ member_id: string; member_type: string }>(
        `select distinct member_id, member_type from directory_member where directory_id = ? and ${inList(k, 'group_id')}`,
        [directoryId, list],
      ))
        (r.member_type === 'user' ? memberUsers : memberGroups).add(r.member_id);
    } else {
      for (const r of await tx.all<{ object_id: string }>(
        `select object_id from directory_user where directory_id = ? and ${inList(k, 'manager_id')}`,
        [directoryId, list],
      ))
        reports.add(r.object_id);
    }
  }
  const touchedGroups = [...new Set([...parents, ...memberGroups])].filter((g) => type !== 'group' || !gone.has(g));
  const touchedUsers = [...new Set([...memberUsers, ...reports])].filter((u) => type !== 'user' || !gone.has(u));
  let seq = await allocSeq(tx, directoryId, ids.length + touchedGroups.length + touchedUsers.length);

  for (const part of chunks(ids, 5000)) {
    const list = listParam(k, part);
    await tx.run(
      `delete from directory_member where directory_id = ? and member_type = ? and ${inList(k, 'member_id')}`,
      [directoryId, type, list],
    );
    if (type === 'group')
      await tx.run(`delete from directory_member where directory_id = ? and ${inList(k, 'group_id')}`, [
        directoryId,
        list,
      ]);
    else
      await tx.run(
        `update directory_user set manager_id = null where directory_id = ? and ${inList(k, 'manager_id')}`,
        [directoryId, list],
      );
    await tx.run(`delete from ${table} where directory_id = ? and ${inList(k, 'object_id')}`, [directoryId, list]);
  }
  for (const id of ids) await upsertTombstone(tx, directoryId, type, id, seq++, now);
  await bumpSeqs(tx, directoryId, 'group', touchedGroups, seq, now);
  seq += touchedGroups.length;
  await bumpSeqs(tx, directoryId, 'user', touchedUsers, seq, now);
  return ids.length;
}
