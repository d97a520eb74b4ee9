import { caseFold, GROUP_SCHEMA, type ScimResource } from '@scimdesk/scim';
import { etagOf } from '../users/user.mapper.js';
import type { ScimGroupRow } from './group.entity.js';

export interface MemberRef {
  value: string;
  display: string;
  type: 'User' | 'Group';
}

export function groupToResource(row: ScimGroupRow, baseUrl: string, members?: MemberRef[]): ScimResource {
  const { schemas, ...attrs } = row.data as ScimResource & { schemas?: string[] };
  const res: ScimResource = { schemas: schemas ?? [GROUP_SCHEMA], id: row.id, ...attrs };
  if (members)
    res.members = members.map((m) => ({
      value: m.value,
      $ref: `${baseUrl}/${m.type === 'User' ? 'Users' : 'Groups'}/${m.value}`,
      display: m.display,
      type: m.type,
    }));
  res.meta = {
    resourceType: 'Group',
    created: row.createdAt.toISOString(),
    lastModified: row.updatedAt.toISOString(),
    location: `${baseUrl}/Groups/${row.id}`,
    version: etagOf(row.version),
  };
  return res;
}

export function groupColumns(res: ScimResource) {
  const { id: _id, meta: _meta, members: _members, ...data } = res;
  const displayName = String(res.displayName);
  return {
    displayName,
    displayNameLower: caseFold(displayName),
    externalId: typeof res.externalId === 'string' ? res.externalId : null,
    data,
  };
}

/** Member ids asked for in a resource's `members` (order kept, duplicates dropped). */
export function memberIds(res: ScimResource): string[] {
  return [...memberDisplays(res).keys()];
}

/** Member id -> the display the client gave (or undefined), in request order. */
export function memberDisplays(res: ScimResource): Map<string, string | undefined> {
  const list = Array.isArray(res.members) ? (res.members as { value?: unknown; display?: unknown }[]) : [];
  const out = new Map<string, string | undefined>();
  for (const m of list)
    if (typeof m.value === 'string' && m.value && !out.has(m.value))
      out.set(m.value, typeof m.display === 'string' ? m.display : undefined);
  return out;
}
