import { randomUUID } from 'node:crypto';
import type { SqlRunner } from '../db/sql.js';
import { hardDelete } from './directory.delete.js';
import { DirectoryError, invalid } from './directory.errors.js';
import { type Problem, readGroupValues } from './directory.fields.js';
import { mergeGroup, sameGroup } from './directory.merge.js';
import { containsGroup, memberIdsOf, readGroup, readUser } from './directory.read.js';
import {
  allocSeq,
  bumpSeqs,
  deleteMembers,
  dropTombstones,
  insertMembers,
  type MemberLink,
  upsertGroups,
} from './directory.store.js';
import type { DirGroup } from './directory.view.js';

export interface GroupInput {
  objectId?: string;
  displayName?: string;
  mailNickname?: string | null;
  description?: string | null;
}

export const groupNotFound = (id: string) => new DirectoryError('GROUP_NOT_FOUND', `No group ${id} in this directory`);

function checked(input: GroupInput) {
  const loose: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (v !== undefined) loose[k] = v;
  const problems: Problem[] = [];
  const values = readGroupValues(loose, problems);
  if (problems.length) throw invalid(problems[0].field, problems.map((p) => `${p.field}: ${p.problem}`).join('; '));
  return values;
}

async function write(tx: SqlRunner, next: DirGroup, created: boolean): Promise<DirGroup> {
  next.seq = await allocSeq(tx, next.directoryId, 1);
  await upsertGroups(tx, [next]);
  if (created) await dropTombstones(tx, next.directoryId, 'group', [next.objectId]);
  return next;
}

export async function createGroup(tx: SqlRunner, directoryId: string, input: GroupInput, now: Date): Promise<DirGroup> {
  const v = checked(input);
  if (!v.displayName) throw invalid('displayName', 'is required');
  const objectId = v.objectId ?? randomUUID();
  if ((await readGroup(tx, directoryId, objectId)) || (await readUser(tx, directoryId, objectId)))
    throw new DirectoryError('OBJECT_ID_TAKEN', `objectId: ${objectId} exists in this directory`, 'objectId');
  return write(tx, mergeGroup(directoryId, objectId, undefined, v, now), true);
}

export async function updateGroup(
  tx: SqlRunner,
  directoryId: string,
  objectId: string,
  input: GroupInput,
  now: Date,
): Promise<DirGroup> {
  const prev = await readGroup(tx, directoryId, objectId);
  if (!prev) throw groupNotFound(objectId);
  const v = checked(input);
  if (v.objectId !== undefined && v.objectId !== objectId) throw invalid('objectId', 'cannot be changed');
  const next = mergeGroup(directoryId, objectId, prev, v, now);
  return sameGroup(prev, next) ? prev : write(tx, next, false);
}

export async function setGroupDeleted(
  tx: SqlRunner,
  directoryId: string,
  objectId: string,
  deleted: boolean,
  now: Date,
): Promise<DirGroup> {
  const prev = await readGroup(tx, directoryId, objectId);
  if (!prev) throw groupNotFound(objectId);
  if ((prev.deletedAt !== null) === deleted) return prev;
  return write(tx, { ...prev, deletedAt: deleted ? now : null, updatedAt: now }, false);
}

export async function hardDeleteGroup(tx: SqlRunner, directoryId: string, objectId: string, now: Date): Promise<void> {
  if (!(await readGroup(tx, directoryId, objectId))) throw groupNotFound(objectId);
  await hardDelete(tx, directoryId, 'group', [objectId], now);
}

/**
 * Adds (or removes) direct members, users or groups named by objectId. Each change bumps the
 * group and every member added or removed; members already in (or not in) are skipped, so a
 * change that changes nothing bumps nothing. A group may not contain itself, at any depth.
 */
export async function changeMembers(
  tx: SqlRunner,
  directoryId: string,
  groupId: string,
  memberIds: readonly string[],
  add: boolean,
  now: Date,
): Promise<DirGroup> {
  const group = await readGroup(tx, directoryId, groupId);
  if (!group) throw groupNotFound(groupId);
  const current = await memberIdsOf(tx, directoryId, groupId);
  const links: MemberLink[] = [];
  for (const id of new Set(memberIds)) {
    if (add === current.has(id)) continue;
    if (!add) {
      links.push({ groupId, memberId: id, memberType: 'user' });
      continue;
    }
    if (id === groupId) throw invalid('members', 'a group cannot be a member of itself');
    if (await readUser(tx, directoryId, id)) links.push({ groupId, memberId: id, memberType: 'user' });
    else if (await readGroup(tx, directoryId, id)) {
      if (await containsGroup(tx, directoryId, id, groupId))
        throw new DirectoryError('MEMBERSHIP_CYCLE', `members: group ${id} contains ${groupId} already`, 'members');
      links.push({ groupId, memberId: id, memberType: 'group' });
    } else throw new DirectoryError('MEMBER_NOT_FOUND', `members: no user or group ${id} in this directory`, 'members');
  }
  if (!links.length) return group;
  const ids = links.map((l) => l.memberId);
  if (add) await insertMembers(tx, directoryId, links);
  else await deleteMembers(tx, directoryId, groupId, ids);
  const seq = await allocSeq(tx, directoryId, 1 + ids.length);
  await bumpSeqs(tx, directoryId, 'group', [groupId], seq, now);
  // Both tables are bumped by id: an id is a user or a group, never both (objectIds are unique per directory).
  await bumpSeqs(tx, directoryId, 'user', ids, seq + 1, now);
  await bumpSeqs(tx, directoryId, 'group', ids, seq + 1, now);
  return { ...group, seq, updatedAt: now };
}
