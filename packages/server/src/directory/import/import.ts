import type { Sql, SqlRunner } from '../../db/sql.js';
import { attributeNameProblem, USER_COLUMN_ATTRS } from '../directory.attrs.js';
import { lockWritable } from '../directory.errors.js';
import {
  DIRECTORY_GROUP_COLUMNS,
  DIRECTORY_USER_COLUMNS,
  type DirectoryGroupRow,
  type DirectoryUserRow,
  toDirGroup,
  toDirUser,
} from '../directory.view.js';
import { applyPlan, type Progress } from './apply.js';
import { Diagnostics, ImportError } from './diagnostics.js';
import { type Memberships, planGroups } from './plan-groups.js';
import { type Counts, planUsers } from './plan-users.js';
import { readImportFile, type SourceRow } from './read-file.js';

/** Whether a users file's column names an attribute (the CLI's and the HTTP import's header check). */
export const userColumnProblem = (name: string) =>
  USER_COLUMN_ATTRS.includes(name) ? undefined : attributeNameProblem(name);

export interface ImportResult {
  users: Counts;
  groups?: Counts;
}

export interface ImportOptions {
  softDeleteMissing?: boolean;
  /** Check every row and count what would change, but write nothing. */
  dryRun?: boolean;
  now?: Date;
  /** Called as the import reads, checks and writes (the CLI draws a progress bar from it). */
  onProgress?: (phase: 'read' | 'write', done: number, total: number) => void;
}

/**
 * Imports users (and groups) into a directory, all or nothing: one transaction that locks the
 * directory, reads its users and groups, checks every row (every problem is reported, up to
 * MAX_DIAGNOSTICS) and writes only rows that change. Throws ImportError when any row is bad.
 */
export async function importRows(
  sql: Sql,
  directoryId: string,
  rows: { users?: readonly SourceRow[]; groups?: readonly SourceRow[] },
  opts: ImportOptions = {},
  diag = new Diagnostics(),
): Promise<ImportResult> {
  const now = opts.now ?? new Date();
  const softDeleteMissing = opts.softDeleteMissing ?? false;
  return sql.transaction(async (tx) => {
    await lockWritable(tx, directoryId, sql.forUpdate);
    const existingUsers = (
      await tx.all<DirectoryUserRow>(`select ${DIRECTORY_USER_COLUMNS} from directory_user where directory_id = ?`, [
        directoryId,
      ])
    ).map(toDirUser);
    const existingGroups = (
      await tx.all<DirectoryGroupRow>(`select ${DIRECTORY_GROUP_COLUMNS} from directory_group where directory_id = ?`, [
        directoryId,
      ])
    ).map(toDirGroup);
    opts.onProgress?.('read', 1, 1);
    const groupIds = new Set(existingGroups.map((g) => g.objectId));
    const users = planUsers(
      directoryId,
      existingUsers,
      groupIds,
      rows.users ?? [],
      { softDeleteMissing: softDeleteMissing && !!rows.users, now },
      diag,
    );
    const groups = rows.groups
      ? planGroups(
          directoryId,
          existingGroups,
          await readMemberships(tx, directoryId),
          users,
          rows.groups,
          { softDeleteMissing, now },
          diag,
        )
      : undefined;
    if (diag.count) throw new ImportError(diag);
    const counts = { users: users.counts, ...(groups ? { groups: groups.counts } : {}) };
    if (opts.dryRun) return counts;
    const progress: Progress = (done, total) => opts.onProgress?.('write', done, total);
    await applyPlan(tx, directoryId, users, groups, now, progress);
    return counts;
  });
}

/** Reads the files (.csv or .json users, .json groups) and imports them; file problems are ImportErrors too. */
export async function importFiles(
  sql: Sql,
  directoryId: string,
  files: { users?: string; groups?: string },
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const diag = new Diagnostics();
  const users = files.users ? readImportFile(files.users, diag, ['csv', 'json'], userColumnProblem) : undefined;
  const groups = files.groups ? readImportFile(files.groups, diag, ['json']) : undefined;
  if (diag.count) {
    // Rows of a readable file are still checked, so one run reports as much as it can.
    if (!users?.length && !groups?.length) throw new ImportError(diag);
  }
  return importRows(sql, directoryId, { users, groups }, opts, diag);
}

async function readMemberships(tx: SqlRunner, directoryId: string): Promise<Memberships> {
  const rows = await tx.all<{ group_id: string; member_id: string; member_type: 'user' | 'group' }>(
    'select group_id, member_id, member_type from directory_member where directory_id = ?',
    [directoryId],
  );
  const out: Memberships = new Map();
  for (const r of rows) {
    const m = out.get(r.group_id) ?? new Map<string, 'user' | 'group'>();
    m.set(r.member_id, r.member_type);
    out.set(r.group_id, m);
  }
  return out;
}
