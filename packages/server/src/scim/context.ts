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
  /** Set once the event is written (a write's event commits in the write's transaction). */
  recorded?: boolean;
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
  /**
   * The request being served, for the provisioning event that a write commits with its change.
   * `okStatus` is the status a success answers with when the door decides it (PATCH: 204 or 200).
   */
  request?: { method: string; path: string; startedAt: number; okStatus?: number };
}
