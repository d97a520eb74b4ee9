import { toBool, toDate, toDateOrNull, toJson, toStr } from '../db/row.js';

/**
 * The source directory as the cycle engine reads it: raw rows as `services.sql` returns them
 * (snake_case, driver-specific booleans, dates and bigints) and their Entra-shaped views.
 */

/** A directory_user row as `services.sql` returns it. */
export interface DirectoryUserRow {
  directory_id: string;
  object_id: string;
  user_principal_name: string;
  upn_key: string;
  display_name: string | null;
  mail: string | null;
  account_enabled: unknown;
  manager_id: string | null;
  attrs: unknown;
  deleted_at: unknown;
  seq: number | string;
  created_at: unknown;
  updated_at: unknown;
}

/** A directory_group row as `services.sql` returns it. */
export interface DirectoryGroupRow {
  directory_id: string;
  object_id: string;
  display_name: string;
  name_key: string;
  mail_nickname: string | null;
  description: string | null;
  attrs: unknown;
  deleted_at: unknown;
  seq: number | string;
  created_at: unknown;
  updated_at: unknown;
}

export const DIRECTORY_USER_COLUMNS =
  'directory_id, object_id, user_principal_name, upn_key, display_name, mail, account_enabled, manager_id, attrs, deleted_at, seq, created_at, updated_at';
export const DIRECTORY_GROUP_COLUMNS =
  'directory_id, object_id, display_name, name_key, mail_nickname, description, attrs, deleted_at, seq, created_at, updated_at';

/** A directory user in JS types. */
export interface DirUser {
  directoryId: string;
  objectId: string;
  userPrincipalName: string;
  upnKey: string;
  displayName: string | null;
  mail: string | null;
  accountEnabled: boolean;
  managerId: string | null;
  attrs: Record<string, string>;
  deletedAt: Date | null;
  seq: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface DirGroup {
  directoryId: string;
  objectId: string;
  displayName: string;
  nameKey: string;
  mailNickname: string | null;
  description: string | null;
  /** Further attributes (a tenant's groups: `id`, `externalId`); absent for imported groups. */
  attrs?: Record<string, string>;
  deletedAt: Date | null;
  seq: number;
  createdAt: Date;
  updatedAt: Date;
}

export const toDirUser = (r: DirectoryUserRow): DirUser => ({
  directoryId: r.directory_id,
  objectId: r.object_id,
  userPrincipalName: r.user_principal_name,
  upnKey: r.upn_key,
  displayName: toStr(r.display_name),
  mail: toStr(r.mail),
  accountEnabled: toBool(r.account_enabled),
  managerId: toStr(r.manager_id),
  attrs: toJson<Record<string, string>>(r.attrs) ?? {},
  deletedAt: toDateOrNull(r.deleted_at),
  seq: Number(r.seq),
  createdAt: toDate(r.created_at),
  updatedAt: toDate(r.updated_at),
});

export const toDirGroup = (r: DirectoryGroupRow): DirGroup => ({
  directoryId: r.directory_id,
  objectId: r.object_id,
  displayName: r.display_name,
  nameKey: r.name_key,
  mailNickname: toStr(r.mail_nickname),
  description: toStr(r.description),
  attrs: toJson<Record<string, string>>(r.attrs) ?? {},
  deletedAt: toDateOrNull(r.deleted_at),
  seq: Number(r.seq),
  createdAt: toDate(r.created_at),
  updatedAt: toDate(r.updated_at),
});

/** Bind values for DIRECTORY_USER_COLUMNS, in that order. */
export const userParams = (u: DirUser): unknown[] => [
  u.directoryId,
  u.objectId,
  u.userPrincipalName,
  u.upnKey,
  u.displayName,
  u.mail,
  u.accountEnabled,
  u.managerId,
  JSON.stringify(u.attrs),
  u.deletedAt,
  u.seq,
  u.createdAt,
  u.updatedAt,
];

export const groupParams = (g: DirGroup): unknown[] => [
  g.directoryId,
  g.objectId,
  g.displayName,
  g.nameKey,
  g.mailNickname,
  g.description,
  JSON.stringify(g.attrs ?? {}),
  g.deletedAt,
  g.seq,
  g.createdAt,
  g.updatedAt,
];

const omitNull = (o: Record<string, unknown>) => {
  for (const k of Object.keys(o)) if (o[k] === null || o[k] === undefined) delete o[k];
  return o;
};

/**
 * The user as Entra's Graph would show it to a mapping: `{objectId, userPrincipalName,
 * displayName, mail, accountEnabled, manager, ...attrs}`; `manager` is the manager's objectId.
 * Absent attributes are left out (not null). Soft-deleted users come out the same way: the
 * caller reads `deleted_at` from the row.
 */
export function sourceUser(row: DirectoryUserRow): Record<string, unknown> {
  const attrs = toJson<Record<string, string>>(row.attrs) ?? {};
  return omitNull({
    ...attrs,
    objectId: row.object_id,
    userPrincipalName: row.user_principal_name,
    displayName: row.display_name,
    mail: row.mail,
    accountEnabled: toBool(row.account_enabled),
    manager: row.manager_id,
  });
}

/** The group as a mapping sees it: `{objectId, displayName, mailNickname, description, ...attrs}` (absent ones left out). */
export function sourceGroup(row: DirectoryGroupRow): Record<string, unknown> {
  return omitNull({
    ...(toJson<Record<string, string>>(row.attrs) ?? {}),
    objectId: row.object_id,
    displayName: row.display_name,
    mailNickname: row.mail_nickname,
    description: row.description,
  });
}
