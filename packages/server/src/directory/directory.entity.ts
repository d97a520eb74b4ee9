import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A source directory (SPEC E1): users and groups with Entra's attribute names, the side an
 * app reads from. `seq` is the directory's change counter: every change of a user, a group or a
 * membership takes the next value, so an incremental cycle reads `seq > watermark` (Graph's delta).
 */
@Entity({ tableName: 'directory' })
export class Directory {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 64, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 256 })
  name!: string;

  /** The last change number handed out. */
  @Property({ type: 'bigint', default: 0 })
  seq: number = 0;

  /**
   * Set when the directory mirrors a scimdesk tenant (an app's `"source": {"tenant": ...}`): its
   * rows follow the tenant's SCIM users and groups in the same transactions (directory/tenant-source.ts)
   * and no one edits them directly.
   */
  @Property({ type: 'string', length: 36, nullable: true, unique: true })
  tenantId?: string | null;

  /** Soft-deleted objects are purged (hard-deleted) after this many days. */
  @Property({ type: 'integer', default: 30 })
  purgeAfterDays: number = 30;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A source user. The indexed columns are derived from `attrs` (every other Entra attribute) on write. */
@Entity({ tableName: 'directory_user' })
@Unique({ properties: ['directoryId', 'upnKey'] })
@Index({ properties: ['directoryId', 'seq'] })
@Index({ properties: ['directoryId', 'displayName'] })
export class DirectoryUser {
  @PrimaryKey({ type: 'string', length: 36 })
  directoryId!: string;

  /** Entra's objectId (a UUID unless the import named one). */
  @PrimaryKey({ type: 'string', length: 64 })
  objectId!: string;

  @Property({ type: 'string', length: 256 })
  userPrincipalName!: string;

  /** userPrincipalName case-folded (NFC, lower case): the import's match key. */
  @Property({ type: 'string', length: 256 })
  upnKey!: string;

  @Property({ type: 'string', length: 256, nullable: true })
  displayName?: string | null;

  @Property({ type: 'string', length: 320, nullable: true })
  mail?: string | null;

  @Property({ type: 'boolean', default: true })
  accountEnabled: boolean = true;

  /** The manager's objectId. */
  @Property({ type: 'string', length: 64, nullable: true })
  managerId?: string | null;

  /** Every other attribute (department, extensionAttribute1..15, free-form extensions) as JSON. */
  @Property({ type: 'text' })
  attrs: string = '{}';

  /** Set by a soft delete; the user is restorable until it is purged. */
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  @Property({ type: 'bigint' })
  seq!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'directory_group' })
@Index({ properties: ['directoryId', 'seq'] })
@Index({ properties: ['directoryId', 'nameKey'] })
export class DirectoryGroup {
  @PrimaryKey({ type: 'string', length: 36 })
  directoryId!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  objectId!: string;

  @Property({ type: 'string', length: 256 })
  displayName!: string;

  /** displayName case-folded, for imports and assignments that name a group. */
  @Property({ type: 'string', length: 256 })
  nameKey!: string;

  @Property({ type: 'string', length: 256, nullable: true })
  mailNickname?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Further attributes as JSON (a tenant's groups: `externalId`, `id`; empty for imported groups). */
  @Property({ type: 'text', default: '{}' })
  attrs: string = '{}';

  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  @Property({ type: 'bigint' })
  seq!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** A direct member of a group: a user or a group (nesting). */
@Entity({ tableName: 'directory_member' })
/** The groups of a member: covering, so SQLite's planner picks it over the primary key's prefix. */
@Index({ name: 'directory_member_member_groups_index', properties: ['directoryId', 'memberId', 'groupId'] })
export class DirectoryMember {
  @PrimaryKey({ type: 'string', length: 36 })
  directoryId!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  groupId!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  memberId!: string;

  @Property({ type: 'string', length: 8 })
  memberType!: 'user' | 'group';
}

/** What a hard delete leaves behind, so incremental cycles learn of it. */
@Entity({ tableName: 'directory_tombstone' })
@Index({ properties: ['directoryId', 'seq'] })
export class DirectoryTombstone {
  @PrimaryKey({ type: 'string', length: 36 })
  directoryId!: string;

  @PrimaryKey({ type: 'string', length: 8 })
  objectType!: 'user' | 'group';

  @PrimaryKey({ type: 'string', length: 64 })
  objectId!: string;

  @Property({ type: 'bigint' })
  seq!: number;

  @Property({ type: 'datetime' })
  deletedAt: Date = new Date();
}
