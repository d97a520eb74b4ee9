import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export type AdminRole = 'owner' | 'admin' | 'viewer';

/**
 * An admin account of a tenant. `userId` ties it to the tenant user with the same userName:
 * when that user is deactivated or deleted, the admin's SCIM tokens stop working (SPEC S2).
 */
@Entity({ tableName: 'admin_account' })
@Unique({ properties: ['tenantId', 'userNameLower'] })
export class AdminAccount {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  @Index()
  tenantId!: string;

  @Property({ type: 'string', length: 256 })
  userName!: string;

  @Property({ type: 'string', length: 256 })
  userNameLower!: string;

  @Property({ type: 'string', length: 320, nullable: true })
  email?: string | null;

  @Property({ type: 'string', length: 16 })
  role: AdminRole = 'admin';

  @Property({ type: 'string', length: 200, nullable: true })
  passwordHash?: string | null;

  /** The tied SCIM user; no foreign key on purpose: a deleted user must leave a dangling tie that fails auth. */
  @Property({ type: 'string', length: 36, nullable: true })
  userId?: string | null;

  @Property({ type: 'boolean' })
  platformOwner = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
