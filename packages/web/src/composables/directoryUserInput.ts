import type { DirectoryUserDetailFragment, DirectoryUserInput } from '../graphql/generated';

/** The user form's fields as typed (strings; attributes as name/value rows). */
export interface UserDraft {
  objectId: string;
  userPrincipalName: string;
  displayName: string;
  mail: string;
  accountEnabled: boolean;
  manager: string;
  attributes: { name: string; value: string }[];
}

/** Entra attributes the form offers first (any other valid name can be added as a row). */
export const COMMON_ATTRIBUTES = ['givenName', 'surname', 'department', 'jobTitle', 'employeeId'];

export function draftOf(u?: DirectoryUserDetailFragment | null): UserDraft {
  const attrs = Object.entries(u?.attributes ?? {}).map(([name, value]) => ({ name, value: String(value ?? '') }));
  const named = new Set(attrs.map((a) => a.name));
  return {
    objectId: u?.objectId ?? '',
    userPrincipalName: u?.userPrincipalName ?? '',
    displayName: u?.displayName ?? '',
    mail: u?.mail ?? '',
    accountEnabled: u?.accountEnabled ?? true,
    manager: u?.manager?.userPrincipalName ?? u?.managerId ?? '',
    attributes: [...attrs, ...COMMON_ATTRIBUTES.filter((n) => !named.has(n)).map((name) => ({ name, value: '' }))],
  };
}

/**
 * What to send: on create, every filled field; on edit, only what changed (left out: kept), with
 * emptied fields and removed attributes as null (cleared), so an unchanged save bumps nothing.
 */
export function userInputOf(d: UserDraft, original?: DirectoryUserDetailFragment | null): DirectoryUserInput {
  const input: DirectoryUserInput = {};
  const text = (v: string) => v.trim() || null;
  const before = original ? draftOf(original) : undefined;
  const changed = (k: 'userPrincipalName' | 'displayName' | 'mail' | 'manager') =>
    before ? d[k].trim() !== before[k].trim() : !!d[k].trim();
  if (!original && d.objectId.trim()) input.objectId = d.objectId.trim();
  if (changed('userPrincipalName')) input.userPrincipalName = d.userPrincipalName.trim();
  if (changed('displayName')) input.displayName = text(d.displayName);
  if (changed('mail')) input.mail = text(d.mail);
  if (changed('manager')) input.manager = text(d.manager);
  if (!original || d.accountEnabled !== original.accountEnabled) input.accountEnabled = d.accountEnabled;

  const now = new Map<string, string>();
  for (const a of d.attributes) if (a.name.trim() && a.value.trim()) now.set(a.name.trim(), a.value.trim());
  const was = new Map(Object.entries(original?.attributes ?? {}).map(([k, v]) => [k, String(v ?? '')]));
  const attributes: Record<string, string | null> = {};
  for (const [k, v] of now) if (was.get(k) !== v) attributes[k] = v;
  for (const k of was.keys()) if (!now.has(k)) attributes[k] = null;
  if (Object.keys(attributes).length) input.attributes = attributes;
  return input;
}
