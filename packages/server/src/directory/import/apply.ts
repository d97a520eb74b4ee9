import type { SqlRunner } from '../../db/sql.js';
import {
  allocSeq,
  bumpSeqs,
  deleteMembers,
  dropTombstones,
  insertMembers,
  upsertGroups,
  upsertUsers,
} from '../directory.store.js';
import type { GroupPlan } from './plan-groups.js';
import type { UserPlan } from './plan-users.js';

export type Progress = (done: number, total: number) => void;

/**
 * Writes a checked plan: one range of change numbers for every row it changes (written users
 * and groups, and members whose membership changed), then multi-row upserts in chunks.
 */
export async function applyPlan(
  tx: SqlRunner,
  directoryId: string,
  users: UserPlan,
  groups: GroupPlan | undefined,
  now: Date,
  progress?: Progress,
): Promise<void> {
  const writtenUsers = new Set(users.writes.map((u) => u.objectId));
  const writtenGroups = new Set(groups?.writes.map((g) => g.objectId) ?? []);
  const bumpUsers = [...(groups?.touched.user ?? [])].filter((id) => !writtenUsers.has(id));
  const bumpGroups = [...(groups?.touched.group ?? [])].filter((id) => !writtenGroups.has(id));
  const n = users.writes.length + (groups?.writes.length ?? 0) + bumpUsers.length + bumpGroups.length;
  const total = n + (groups?.add.length ?? 0);
  let done = 0;
  const step = (k: number) => {
    done += k;
    progress?.(done, total);
  };
  if (!n) return;
  let seq = await allocSeq(tx, directoryId, n);
  for (const u of users.writes) u.seq = seq++;
  for (const g of groups?.writes ?? []) g.seq = seq++;

  for (let i = 0; i < users.writes.length; i += 5000) {
    const part = users.writes.slice(i, i + 5000);
    await upsertUsers(tx, part);
    step(part.length);
  }
  await dropTombstones(tx, directoryId, 'user', users.created);
  if (!groups) return;
  await upsertGroups(tx, groups.writes);
  step(groups.writes.length);
  await dropTombstones(tx, directoryId, 'group', groups.created);
  for (const [groupId, ids] of groups.remove) await deleteMembers(tx, directoryId, groupId, ids);
  await insertMembers(tx, directoryId, groups.add);
  step(groups.add.length);
  await bumpSeqs(tx, directoryId, 'user', bumpUsers, seq, now);
  seq += bumpUsers.length;
  await bumpSeqs(tx, directoryId, 'group', bumpGroups, seq, now);
  step(bumpUsers.length + bumpGroups.length);
}
