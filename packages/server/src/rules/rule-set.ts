import type { ScimResource } from '@scimdesk/scim';
import type { Tenant } from '../tenants/tenant.entity.js';

/** Who is writing: the IdP over SCIM, or an admin in scimdesk (GraphQL, CLI, dashboard). */
export type Writer = 'scim' | 'admin';

export interface UserWrite {
  resource: ScimResource;
  warnings: string[];
  /** A changed email waiting for confirmation; `null` clears a pending change. */
  pendingEmail?: string | null;
}

/** Tenant rules applied on top of RFC 7643 validation (SPEC S6). */
export interface RuleSet {
  name: 'egnyte' | 'standard';
  prepareUserCreate(tenant: Tenant, resource: ScimResource, writer: Writer): UserWrite;
  prepareUserUpdate(
    tenant: Tenant,
    before: ScimResource,
    after: ScimResource,
    writer: Writer,
    pendingEmail: string | null,
  ): UserWrite;
  /** Whether a group may hold a member of this kind (nested groups are ignored under egnyte). */
  acceptsMember(kind: 'User' | 'Group'): boolean;
}
