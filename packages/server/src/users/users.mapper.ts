import type { ScimUserRow } from './user.entity.js';
import type { AttributeWriterNode, UserNode, WriterKind } from './users.types.js';

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** Row -> GraphQL object (the SCIM resource is a separate field, built at the edge). */
export function toUserNode(row: ScimUserRow, tenantSlug: string): UserNode {
  const name = (row.data.name ?? {}) as Record<string, unknown>;
  return {
    id: row.id,
    userName: row.userName,
    displayName: row.displayName ?? null,
    givenName: str(name.givenName),
    familyName: str(name.familyName),
    email: row.email ?? null,
    pendingEmail: row.pendingEmail ?? null,
    externalId: row.externalId ?? null,
    active: !!row.active,
    userType: row.userType ?? null,
    authType: row.authType ?? null,
    isServiceAccount: !!row.isServiceAccount,
    twoFactorEnabled: !!row.twoFactorEnabled,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    row,
    tenantSlug,
  };
}

export function lastWritersOf(row: ScimUserRow): AttributeWriterNode[] {
  return Object.entries(row.lastWriters ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([attribute, s]) => ({
      attribute,
      by: s.by as WriterKind,
      admin: s.admin ?? null,
      tokenId: s.tokenId ?? null,
      at: new Date(s.at),
    }));
}
