import { ENTERPRISE_USER_SCHEMA, type ScimResource, USER_SCHEMA, usernameKey } from '@scimdesk/scim';
import { egnyteAttr, extensionOf, primaryEmail } from '../rules/user-attrs.js';
import type { ScimUserRow } from './user.entity.js';

export interface GroupRef {
  value: string;
  display: string;
}

export const etagOf = (version: number) => `W/"${version}"`;

/** Stored attributes -> the SCIM resource served to clients (row shape -> wire shape). */
export function userToResource(row: ScimUserRow, baseUrl: string, groups?: GroupRef[]): ScimResource {
  const { schemas, ...attrs } = row.data as ScimResource & { schemas?: string[] };
  const res: ScimResource = { schemas: schemas ?? [USER_SCHEMA], id: row.id, ...attrs };
  const manager = extensionOf(res, ENTERPRISE_USER_SCHEMA).manager as { value?: string } | undefined;
  if (manager?.value && !('$ref' in manager))
    res[ENTERPRISE_USER_SCHEMA] = {
      ...extensionOf(res, ENTERPRISE_USER_SCHEMA),
      manager: { ...manager, $ref: `${baseUrl}/Users/${manager.value}` },
    };
  if (groups?.length)
    res.groups = groups.map((g) => ({
      value: g.value,
      $ref: `${baseUrl}/Groups/${g.value}`,
      display: g.display,
      type: 'direct',
    }));
  res.meta = {
    resourceType: 'User',
    created: row.createdAt.toISOString(),
    lastModified: row.updatedAt.toISOString(),
    location: `${baseUrl}/Users/${row.id}`,
    version: etagOf(row.version),
  };
  return res;
}

/** The attributes kept in `data`: everything but id, meta, groups and the write-only password. */
export function storedAttributes(res: ScimResource): Record<string, unknown> {
  const { id: _id, meta: _meta, groups: _groups, password: _password, ...data } = res;
  return data;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The searchable text of a user: the names and emails the admin search looks in, lower case. */
export function searchTextOf(res: ScimResource): string {
  const name = (res.name ?? {}) as Record<string, unknown>;
  const emails = Array.isArray(res.emails) ? res.emails.map((e) => text((e as { value?: unknown })?.value)) : [];
  const email = egnyteAttr(res, 'email');
  return [
    text(res.userName),
    text(res.displayName),
    text(name.givenName),
    text(name.familyName),
    ...emails,
    text(email),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** Indexed columns derived from the stored attributes on every write. */
export function userColumns(res: ScimResource) {
  const userName = String(res.userName);
  const auth = egnyteAttr(res, 'authType');
  const flag = (name: string) => egnyteAttr(res, name) === true;
  return {
    userName,
    /** RFC 8265-style key: one user per name however Unicode spells it (packages/scim identity.ts). */
    userNameLower: usernameKey(userName),
    externalId: typeof res.externalId === 'string' ? res.externalId : null,
    displayName: typeof res.displayName === 'string' ? res.displayName : null,
    active: res.active !== false,
    userType: typeof res.userType === 'string' ? res.userType : null,
    authType: typeof auth === 'string' ? auth : null,
    email: primaryEmail(res) ?? null,
    isServiceAccount: flag('isServiceAccount'),
    twoFactorEnabled: flag('twoFactorEnabled'),
    searchText: searchTextOf(res),
    data: storedAttributes(res),
  };
}
