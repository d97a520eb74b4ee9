import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A SCIM group row; members live in `group_member`. */
@Entity({ tableName: 'scim_group' })
@Unique({ properties: ['tenantId', 'displayNameLower'] })
@Index({ properties: ['tenantId', 'externalId'] })
/** The default list order (created, then id), walkable without a sort. */
@Index({ properties: ['tenantId', 'createdAt', 'id'] })
export class ScimGroupRow {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  tenantId!: string;

  @Property({ type: 'string', length: 256 })
  displayName!: string;

  @Property({ type: 'string', length: 256 })
  displayNameLower!: string;

  @Property({ type: 'string', length: 256, nullable: true })
  externalId?: string | null;

  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Property({ type: 'integer' })
  version = 1;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** Membership of a user (or, under the standard rules, a group) in a group. */
@Entity({ tableName: 'group_member' })
@Index({ properties: ['memberId'] })
export class GroupMemberRow {
  @PrimaryKey({ type: 'string', length: 36 })
  groupId!: string;

  @PrimaryKey({ type: 'string', length: 36 })
  memberId!: string;

  @Property({ type: 'string', length: 36 })
  tenantId!: string;

  @Property({ type: 'string', length: 8 })
  memberType: 'User' | 'Group' = 'User';

  /** The display name the client sent for this member, if any (Microsoft's and Okta's clients send one). */
  @Property({ type: 'string', length: 256, nullable: true })
  display?: string | null;
}
