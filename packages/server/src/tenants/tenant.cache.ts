import { toBool, toDate } from '../db/row.js';
import type { SqlRunner } from '../db/sql.js';
import { type RuleSetName, Tenant } from './tenant.entity.js';

/**
 * Tenants by slug, kept for `ttlMs`: every SCIM request needs its tenant, and tenants change
 * rarely. A change made elsewhere (another replica, the CLI) is seen within the TTL.
 */
export class TenantCache {
  private readonly entries = new Map<string, { tenant: Tenant | null; until: number }>();

  constructor(
    private readonly sql: SqlRunner,
    private readonly ttlMs = 5000,
  ) {}

  async get(slug: string): Promise<Tenant | null> {
    const now = Date.now();
    const hit = this.entries.get(slug);
    if (hit && hit.until > now) return hit.tenant;
    const raw = await this.sql.get<Record<string, unknown>>('select * from tenant where slug = ?', [slug]);
    const tenant = raw
      ? Object.assign(new Tenant(), {
          id: String(raw.id),
          slug: String(raw.slug),
          name: String(raw.name),
          rules: raw.rules as RuleSetName,
          ssoEnabled: toBool(raw.sso_enabled),
          createdAt: toDate(raw.created_at),
        })
      : null;
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
