import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A personal API token for scripts, bound to one admin account (so to one tenant and its role).
 * Only the SHA-256 of its secret part is stored; it is shown once.
 */
@Entity({ tableName: 'api_token' })
export class ApiToken {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  @Index()
  tenantId!: string;

  @Property({ type: 'string', length: 36 })
  @Index()
  adminId!: string;

  @Property({ type: 'string', length: 64 })
  secretHash!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  description?: string | null;

  /** Who made it: `admin:<userName>` or `cli`. */
  @Property({ type: 'string', length: 300 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;
}
