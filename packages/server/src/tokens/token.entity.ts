import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A SCIM secret token (SPEC S2). Only the SHA-256 of its secret part is stored. */
@Entity({ tableName: 'scim_token' })
export class ScimToken {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  @Index()
  tenantId!: string;

  @Property({ type: 'string', length: 36 })
  @Index()
  ownerId!: string;

  @Property({ type: 'string', length: 64 })
  secretHash!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  description?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;
}
