import { randomUUID } from 'node:crypto';
import { type Problem, readUserValues, type UserValues, upnKeyOf } from '../directory.fields.js';
import { mergeUser, sameUser } from '../directory.merge.js';
import type { DirUser } from '../directory.view.js';
import type { Diagnostics } from './diagnostics.js';
import type { SourceRow } from './read-file.js';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  softDeleted: number;
}

export const noCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, softDeleted: 0 });

/** What a users file changes; rows without their new seq yet. */
export interface UserPlan {
  writes: DirUser[];
  created: string[];
  counts: Counts;
  /** Every user after the import, by objectId and by folded userPrincipalName (for group members). */
  byId: Map<string, DirUser>;
  byUpn: Map<string, string>;
}

interface Row {
  src: SourceRow;
  values: UserValues;
  upnKey: string;
  target: string;
  match?: DirUser;
}

/**
 * Matches each row to a user (objectId, else folded userPrincipalName), checks the file as a
 * whole (duplicates, managers, userPrincipalNames taken by users not in it) and works out which
 * rows change. `groupIds` are the directory's group objectIds, which a user may not take.
 */
export function planUsers(
  directoryId: string,
  existing: readonly DirUser[],
  groupIds: ReadonlySet<string>,
  src: readonly SourceRow[],
  opts: { softDeleteMissing: boolean; now: Date },
  diag: Diagnostics,
): UserPlan {
  const byId = new Map(existing.map((u) => [u.objectId, u]));
  const byKey = new Map(existing.map((u) => [u.upnKey, u]));
  const rows: Row[] = [];
  const fileKeys = new Map<string, Row>();
  const fileIds = new Map<string, Row>();
  const bad = (r: SourceRow, field: string, problem: string) => diag.add(r.file, r.line, field, problem);

  for (const s of src) {
    const problems: Problem[] = [];
    const values = readUserValues(s.values, problems);
    if (!('userPrincipalName' in s.values) || (values.userPrincipalName === undefined && !problems.length))
      problems.push({ field: 'userPrincipalName', problem: 'is missing' });
    for (const p of problems) bad(s, p.field, p.problem);
    if (problems.length || !values.userPrincipalName) continue;
    const upnKey = upnKeyOf(values.userPrincipalName);
    const match = values.objectId ? byId.get(values.objectId) : byKey.get(upnKey);
    const row: Row = { src: s, values, upnKey, target: match?.objectId ?? values.objectId ?? randomUUID(), match };
    const dupKey = fileKeys.get(upnKey);
    if (dupKey) {
      bad(s, 'userPrincipalName', `"${values.userPrincipalName}" is also on line ${dupKey.src.line}`);
      continue;
    }
    const dupId = fileIds.get(row.target);
    if (dupId) {
      bad(s, 'objectId', `${row.target} is also on line ${dupId.src.line}`);
      continue;
    }
    if (groupIds.has(row.target)) {
      bad(s, 'objectId', `${row.target} is a group's objectId`);
      continue;
    }
    fileKeys.set(upnKey, row);
    fileIds.set(row.target, row);
    rows.push(row);
  }

  // userPrincipalNames held by users the file does not name stay theirs.
  for (const r of rows) {
    const holder = byKey.get(r.upnKey);
    if (holder && holder.objectId !== r.target && !fileIds.has(holder.objectId))
      bad(
        r.src,
        'userPrincipalName',
        `"${r.values.userPrincipalName}" is the user ${holder.objectId}'s (not in this file)`,
      );
  }

  const managerOf = (r: Row): string | null | undefined => {
    const ref = r.values.manager;
    if (ref === undefined || ref === null) return ref;
    const id =
      fileIds.get(ref)?.target ??
      fileKeys.get(upnKeyOf(ref))?.target ??
      byId.get(ref)?.objectId ??
      byKey.get(upnKeyOf(ref))?.objectId;
    if (!id) bad(r.src, 'manager', `no user "${ref}" in the file or the directory`);
    else if (id === r.target) bad(r.src, 'manager', 'a user cannot be their own manager');
    else return id;
    return undefined;
  };

  const plan: UserPlan = { writes: [], created: [], counts: noCounts(), byId: new Map(byId), byUpn: new Map() };
  for (const r of rows) {
    const next = mergeUser(directoryId, r.target, r.match, r.values, managerOf(r), opts.now);
    next.deletedAt = null; // a user in the file is live: the import restores a soft-deleted one
    plan.byId.set(next.objectId, next);
    if (!r.match) {
      plan.created.push(next.objectId);
      plan.counts.created += 1;
      plan.writes.push(next);
    } else if (sameUser(r.match, next)) plan.counts.unchanged += 1;
    else {
      plan.counts.updated += 1;
      plan.writes.push(next);
    }
  }
  for (const u of existing) {
    if (fileIds.has(u.objectId)) continue;
    if (opts.softDeleteMissing && u.deletedAt === null) {
      const next = { ...u, deletedAt: opts.now, updatedAt: opts.now };
      plan.byId.set(u.objectId, next);
      plan.writes.push(next);
      plan.counts.softDeleted += 1;
    }
  }
  for (const u of plan.byId.values()) plan.byUpn.set(u.upnKey, u.objectId);
  return plan;
}
