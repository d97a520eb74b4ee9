import { canonicalAttrs } from './directory.attrs.js';
import { type GroupValues, groupNameKey, type UserValues, upnKeyOf } from './directory.fields.js';
import type { DirGroup, DirUser } from './directory.view.js';

/**
 * The row a change leads to: the existing row (or a new one) with the values given laid over it.
 * Values left out keep what the row had; null clears. The seq is the caller's to set.
 */
export function mergeUser(
  directoryId: string,
  objectId: string,
  existing: DirUser | undefined,
  v: UserValues,
  managerId: string | null | undefined,
  now: Date,
): DirUser {
  const attrs: Record<string, string> = { ...(existing?.attrs ?? {}) };
  for (const [k, val] of Object.entries(v.attrs)) {
    if (val === null) delete attrs[k];
    else attrs[k] = val;
  }
  const upn = v.userPrincipalName ?? existing?.userPrincipalName ?? '';
  return {
    directoryId,
    objectId,
    userPrincipalName: upn,
    upnKey: upnKeyOf(upn),
    displayName: v.displayName !== undefined ? v.displayName : (existing?.displayName ?? null),
    mail: v.mail !== undefined ? v.mail : (existing?.mail ?? null),
    accountEnabled: v.accountEnabled ?? existing?.accountEnabled ?? true,
    managerId: managerId !== undefined ? managerId : (existing?.managerId ?? null),
    attrs: canonicalAttrs(attrs),
    deletedAt: existing?.deletedAt ?? null,
    seq: existing?.seq ?? 0,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

/** True when a write of `next` over `prev` would change nothing a reader sees (seq and timestamps aside). */
export function sameUser(prev: DirUser, next: DirUser): boolean {
  return (
    prev.userPrincipalName === next.userPrincipalName &&
    prev.displayName === next.displayName &&
    prev.mail === next.mail &&
    prev.accountEnabled === next.accountEnabled &&
    prev.managerId === next.managerId &&
    (prev.deletedAt === null) === (next.deletedAt === null) &&
    JSON.stringify(canonicalAttrs(prev.attrs)) === JSON.stringify(next.attrs)
  );
}

export function mergeGroup(
  directoryId: string,
  objectId: string,
  existing: DirGroup | undefined,
  v: GroupValues,
  now: Date,
): DirGroup {
  const name = v.displayName ?? existing?.displayName ?? '';
  return {
    directoryId,
    objectId,
    displayName: name,
    nameKey: groupNameKey(name),
    mailNickname: v.mailNickname !== undefined ? v.mailNickname : (existing?.mailNickname ?? null),
    description: v.description !== undefined ? v.description : (existing?.description ?? null),
    deletedAt: existing?.deletedAt ?? null,
    seq: existing?.seq ?? 0,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

export function sameGroup(prev: DirGroup, next: DirGroup): boolean {
  return (
    prev.displayName === next.displayName &&
    prev.mailNickname === next.mailNickname &&
    prev.description === next.description &&
    (prev.deletedAt === null) === (next.deletedAt === null)
  );
}
