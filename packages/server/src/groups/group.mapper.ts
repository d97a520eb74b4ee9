import { GROUP_SCHEMA, type ScimResource } from '@scimdesk/scim';
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
    displayNameLower: displayName.toLowerCase(),
    externalId: typeof res.externalId === 'string' ? res.externalId : null,
    data,
  };
}

/** Member ids asked for in a resource's `members` (order kept, duplicates dropped). */
export function memberIds(res: ScimResource): string[] {
  const list = Array.isArray(res.members) ? (res.members as { value?: unknown }[]) : [];
  return [...new Set(list.map((m) => (typeof m.value === 'string' ? m.value : '')).filter(Boolean))];
}
