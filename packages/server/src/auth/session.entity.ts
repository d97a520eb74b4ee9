import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A dashboard session. The cookie holds a random secret; only its SHA-256 is stored (the key).
 * `adminIds` are the admin accounts whose password matched at sign-in: one person with accounts
 * in several tenants has one session over all of them.
 */
@Entity({ tableName: 'admin_session' })
export class AdminSession {
  @PrimaryKey({ type: 'string', length: 64 })
  idHash!: string;

  @Property({ type: 'string', length: 256 })
  userName!: string;

  @Property({ type: 'json' })
  adminIds!: string[];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  @Index()
  expiresAt!: Date;
}
