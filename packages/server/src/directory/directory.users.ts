import { randomUUID } from 'node:crypto';
import type { SqlRunner } from '../db/sql.js';
import { hardDelete } from './directory.delete.js';
import { DirectoryError, invalid } from './directory.errors.js';
import { type Problem, readUserValues } from './directory.fields.js';
import { mergeUser, sameUser } from './directory.merge.js';
import { readGroup, readUser, readUserByRef, readUserByUpn } from './directory.read.js';
import { allocSeq, dropTombstones, upsertUsers } from './directory.store.js';
import type { DirUser } from './directory.view.js';

/** A user as the GraphQL door and the demo give one: typed columns and the other attributes by name. */
export interface UserInput {
  objectId?: string;
  userPrincipalName?: string;
  displayName?: string | null;
  mail?: string | null;
  accountEnabled?: boolean;
  /** The manager's objectId or userPrincipalName; null clears it. */
  manager?: string | null;
  /** Any other attributes (department, extensionAttribute1, extension_...): string, or null to clear. */
  attributes?: Record<string, unknown>;
}

export const userNotFound = (id: string) => new DirectoryError('USER_NOT_FOUND', `No user ${id} in this directory`);

function checked(input: UserInput) {
  const { attributes, ...columns } = input;
  const loose: Record<string, unknown> = { ...(attributes ?? {}) };
  for (const [k, v] of Object.entries(columns)) if (v !== undefined) loose[k] = v;
  const problems: Problem[] = [];
  const values = readUserValues(loose, problems);
  if (problems.length) throw invalid(problems[0].field, problems.map((p) => `${p.field}: ${p.problem}`).join('; '));
  return values;
}

async function managerIdOf(
  tx: SqlRunner,
  directoryId: string,
  self: string,
  ref: string | null | undefined,
): Promise<string | null | undefined> {
  if (ref === undefined || ref === null) return ref;
  const m = await readUserByRef(tx, directoryId, ref);
  if (!m) throw invalid('manager', `no user "${ref}" (objectId or userPrincipalName) in this directory`);
  if (m.objectId === self) throw invalid('manager', 'a user cannot be their own manager');
  return m.objectId;
}

async function checkUpnFree(tx: SqlRunner, directoryId: string, u: DirUser): Promise<void> {
  const holder = await readUserByUpn(tx, directoryId, u.userPrincipalName);
  if (holder && holder.objectId !== u.objectId)
    throw new DirectoryError(
      'UPN_TAKEN',
      `userPrincipalName: "${u.userPrincipalName}" is the user ${holder.objectId}'s`,
      'userPrincipalName',
    );
}

/** Writes `next` with a new change number (a re-created objectId loses its tombstone). */
async function write(tx: SqlRunner, next: DirUser, created: boolean): Promise<DirUser> {
  next.seq = await allocSeq(tx, next.directoryId, 1);
  await upsertUsers(tx, [next]);
  if (created) await dropTombstones(tx, next.directoryId, 'user', [next.objectId]);
  return next;
}

export async function createUser(tx: SqlRunner, directoryId: string, input: UserInput, now: Date): Promise<DirUser> {
  const v = checked(input);
  if (!v.userPrincipalName) throw invalid('userPrincipalName', 'is required');
  const objectId = v.objectId ?? randomUUID();
  if ((await readUser(tx, directoryId, objectId)) || (await readGroup(tx, directoryId, objectId)))
    throw new DirectoryError('OBJECT_ID_TAKEN', `objectId: ${objectId} exists in this directory`, 'objectId');
  const next = mergeUser(
    directoryId,
    objectId,
    undefined,
    v,
    await managerIdOf(tx, directoryId, objectId, v.manager),
    now,
  );
  await checkUpnFree(tx, directoryId, next);
  return write(tx, next, true);
}

export async function updateUser(
  tx: SqlRunner,
  directoryId: string,
  objectId: string,
  input: UserInput,
  now: Date,
): Promise<DirUser> {
  const prev = await readUser(tx, directoryId, objectId);
  if (!prev) throw userNotFound(objectId);
  const v = checked(input);
  if (v.objectId !== undefined && v.objectId !== objectId) throw invalid('objectId', 'cannot be changed');
  const next = mergeUser(directoryId, objectId, prev, v, await managerIdOf(tx, directoryId, objectId, v.manager), now);
  if (sameUser(prev, next)) return prev;
  await checkUpnFree(tx, directoryId, next);
  return write(tx, next, false);
}

/** Soft delete (deleted_at set) or restore (cleared); a user already in that state is left as is. */
export async function setUserDeleted(
  tx: SqlRunner,
  directoryId: string,
  objectId: string,
  deleted: boolean,
  now: Date,
): Promise<DirUser> {
  const prev = await readUser(tx, directoryId, objectId);
  if (!prev) throw userNotFound(objectId);
  if ((prev.deletedAt !== null) === deleted) return prev;
  return write(tx, { ...prev, deletedAt: deleted ? now : null, updatedAt: now }, false);
}

export async function hardDeleteUser(tx: SqlRunner, directoryId: string, objectId: string, now: Date): Promise<void> {
  if (!(await readUser(tx, directoryId, objectId))) throw userNotFound(objectId);
  await hardDelete(tx, directoryId, 'user', [objectId], now);
}
