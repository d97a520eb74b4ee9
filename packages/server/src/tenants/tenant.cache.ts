import type { EntityManager } from '@mikro-orm/core';
import { Tenant } from './tenant.entity.js';

/**
 * Tenants by slug, kept for `ttlMs`: every SCIM request needs its tenant, and tenants change
 * rarely. A change made elsewhere (another replica, the CLI) is seen within the TTL.
 */
export class TenantCache {
  private readonly entries = new Map<string, { tenant: Tenant | null; until: number }>();

  constructor(private readonly ttlMs = 5000) {}

  async get(em: EntityManager, slug: string): Promise<Tenant | null> {
    const now = Date.now();
    const hit = this.entries.get(slug);
    if (hit && hit.until > now) return hit.tenant;
    const tenant = await em.findOne(Tenant, { slug }, { disableIdentityMap: true });
    // Unknown slugs are cached too, but briefly, so a typo in a tenant URL cannot flood the database.
    this.entries.set(slug, { tenant, until: now + (tenant ? this.ttlMs : Math.min(this.ttlMs, 1000)) });
    if (this.entries.size > 10_000) this.entries.clear();
    return tenant;
  }

  forget(slug?: string): void {
    if (slug) this.entries.delete(slug);
    else this.entries.clear();
  }
}
