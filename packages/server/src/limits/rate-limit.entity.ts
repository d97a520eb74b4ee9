import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One counter window shared by the replicas (limits/rate-limiter.ts): hits of `key` in the
 * window starting at `windowStart` (epoch ms). Sign-in attempts use the same table with
 * `windowStart` 0 and their own end in `expiresAt` (auth/sign-in-throttle.ts).
 */
@Entity({ tableName: 'rate_limit_window' })
export class RateLimitWindow {
  @PrimaryKey({ type: 'string', length: 300 })
  key!: string;

  @PrimaryKey({ type: 'bigint' })
  windowStart!: string;

  @Property({ type: 'integer' })
  hits = 0;

  /** Epoch ms after which the row is deleted. */
  @Property({ type: 'bigint', index: true })
  expiresAt!: string;
}

/** SCIM requests refused before they reached the tenant (no valid token), per UTC day and reason. */
@Entity({ tableName: 'refused_request' })
export class RefusedRequestCount {
  @PrimaryKey({ type: 'string', length: 36 })
  tenantId!: string;

  /** YYYY-MM-DD (UTC). */
  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @PrimaryKey({ type: 'string', length: 32 })
  reason!: string;

  @Property({ type: 'integer' })
  requests = 0;
}
