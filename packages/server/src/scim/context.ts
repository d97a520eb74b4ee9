import type { EntityManager } from '@mikro-orm/core';
import type { EventAction } from '../events/event.entity.js';
import type { Writer } from '../rules/index.js';
import type { Tenant } from '../tenants/tenant.entity.js';

export interface ModifiedAttribute {
  attribute: string;
  old: unknown;
  new: unknown;
}

/** What a request did, filled in by the services and written as its provisioning event. */
export interface Audit {
  action: EventAction;
  resourceType?: 'User' | 'Group';
  targetId?: string;
  targetName?: string;
  modified: ModifiedAttribute[];
  warnings: string[];
}

export function newAudit(): Audit {
  return { action: 'Other', modified: [], warnings: [] };
}

/** One request's view: its own EntityManager fork, tenant, base URL for locations, and audit record. */
export interface ScimContext {
  em: EntityManager;
  tenant: Tenant;
  /** `http://host/scim/v2/<tenant>` */
  baseUrl: string;
  writer: Writer;
  audit: Audit;
  /** Who acts (`scim`, `admin:<userName>`, `cli`, ...) and with which SCIM token, for per-attribute last writers. */
  actor?: string;
  tokenId?: string | null;
}
