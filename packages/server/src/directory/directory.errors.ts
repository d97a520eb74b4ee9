import type { SqlRunner } from '../db/sql.js';

/** Stable codes of the directory's refusals; the GraphQL door and the CLI translate them (directory.resolver.ts, cli/directory.ts). */
export type DirectoryErrorCode =
  | 'INVALID_SLUG'
  | 'DIRECTORY_EXISTS'
  | 'DIRECTORY_NOT_FOUND'
  | 'USER_NOT_FOUND'
  | 'GROUP_NOT_FOUND'
  | 'MEMBER_NOT_FOUND'
  | 'INVALID_VALUE'
  | 'UPN_TAKEN'
  | 'OBJECT_ID_TAKEN'
  | 'MEMBERSHIP_CYCLE'
  | 'NOT_DELETED'
  | 'DIRECTORY_READ_ONLY';

/** A refused directory change, naming the field at fault (`field` is an attribute or argument name). */
export class DirectoryError extends Error {
  constructor(
    readonly code: DirectoryErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const invalid = (field: string, problem: string) =>
  new DirectoryError('INVALID_VALUE', `${field}: ${problem}`, field);

/** Locks a directory row for a write (PostgreSQL) and refuses a tenant's mirror, which only SCIM writes change. */
export async function lockWritable(tx: SqlRunner, directoryId: string, forUpdate: string): Promise<void> {
  const row = await tx.get<{ slug: string; tenant_id: string | null }>(
    `select slug, tenant_id from directory where id = ? ${forUpdate}`,
    [directoryId],
  );
  if (row?.tenant_id)
    throw new DirectoryError(
      'DIRECTORY_READ_ONLY',
      `Directory "${row.slug}" mirrors a tenant's SCIM users and groups: change them through SCIM, not here`,
      'slug',
    );
}
