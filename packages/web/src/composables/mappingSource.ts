/**
 * The source object a preview evaluates against, built from a directory user or group the way
 * the engine reads it (packages/server/src/directory/directory.view.ts `sourceUser` /
 * `sourceGroup`, then `sourceView` of @scimdesk/scim): Entra's attribute names, `manager` as the
 * manager's objectId, absent attributes left out, and `IsSoftDeleted` derived.
 */
import { sourceView } from '@scimdesk/scim';
import type { MappingSourceGroupFragment, MappingSourceUserFragment } from '../graphql/generated';

/** A source object and who it is, for people. */
export interface PreviewSource {
  label: string;
  object: Record<string, unknown>;
}

function omitNull(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

export function userSource(u: MappingSourceUserFragment): PreviewSource {
  const object = omitNull({
    ...u.attributes,
    objectId: u.objectId,
    userPrincipalName: u.userPrincipalName,
    displayName: u.displayName,
    mail: u.mail,
    accountEnabled: u.accountEnabled,
    manager: u.managerId,
  });
  // A soft-deleted user is IsSoftDeleted whatever accountEnabled says (as an unassigned one is in Entra).
  if (u.deletedAt) object.IsSoftDeleted = true;
  return { label: u.userPrincipalName, object: sourceView(object) };
}

export function groupSource(g: MappingSourceGroupFragment): PreviewSource {
  const object = omitNull({
    objectId: g.objectId,
    displayName: g.displayName,
    mailNickname: g.mailNickname,
    description: g.description,
  });
  object.IsSoftDeleted = !!g.deletedAt;
  return { label: g.displayName, object };
}

/** A source object typed by the admin as JSON: the object, or why it is not one. */
export function parseSourceJson(text: string): { object: Record<string, unknown> } | { error: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { error: `Not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return { error: 'Give a JSON object: { "name": value, ... }' };
  return { object: sourceView(v as Record<string, unknown>) };
}
