import type { Membership } from '../auth/memberships.js';
import type { Role, RuleSetKind } from '../graphql/enums.js';
import type { TenantNode } from './tenants.types.js';

/** Row + the caller's membership -> GraphQL object. */
export function toTenantNode(m: Membership, publicBase: string): TenantNode {
  const t = m.tenant;
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    rules: t.rules as RuleSetKind,
    ssoEnabled: t.ssoEnabled,
    scimUrl: `${publicBase}/scim/v2/${t.slug}`,
    role: m.role as Role,
    createdAt: t.createdAt,
  };
}
