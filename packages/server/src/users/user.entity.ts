import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { type LastWriters, LastWritersType } from './last-writers.js';

/**
 * A SCIM user row. `data` holds the canonical SCIM attributes (no id/meta/groups); the other
 * columns are derived from it on every write so that filters, sorting and reports run on indexes.
 */
@Entity({ tableName: 'scim_user' })
@Unique({ properties: ['tenantId', 'userNameLower'] })
@Index({ properties: ['tenantId', 'externalId'] })
/** The default list order (created, then id), walkable without a sort. */
@Index({ properties: ['tenantId', 'createdAt', 'id'] })
/** Keyset pages of the admin API sorted by last change or by display name (nulls as ''). */
@Index({ properties: ['tenantId', 'updatedAt', 'id'] })
@Index({
  name: 'scim_user_display_sort_index',
  expression: "create index scim_user_display_sort_index on scim_user (tenant_id, coalesce(display_name, ''), id)",
})
export class ScimUserRow {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  tenantId!: string;

  @Property({ type: 'string', length: 256 })
  userName!: string;

  @Property({ type: 'string', length: 256 })
  userNameLower!: string;

  @Property({ type: 'string', length: 256, nullable: true })
  externalId?: string | null;

  @Property({ type: 'string', length: 256, nullable: true })
  displayName?: string | null;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'string', length: 32, nullable: true })
  userType?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  authType?: string | null;

  @Property({ type: 'string', length: 320, nullable: true })
  email?: string | null;

  /** An email change waiting for the user's confirmation (egnyte rules). */
  @Property({ type: 'string', length: 320, nullable: true })
  pendingEmail?: string | null;

  /** The egnyte extension's flags, derived from `data` for filters and reports. */
  @Property({ type: 'boolean', default: false })
  isServiceAccount = false;

  @Property({ type: 'boolean', default: false })
  twoFactorEnabled = false;

  /**
   * Who last wrote each attribute (SPEC S8): `{ "<attrPath>": { by, admin?, tokenId?, at } }`,
   * stored with each distinct stamp once (last-writers.ts).
   */
  @Property({ type: LastWritersType, nullable: true })
  lastWriters?: LastWriters | null;

  /**
   * Lower-cased userName, displayName, given and family name, and every email, one per line: what
   * the admin API's user search matches with one LIKE (trigram-indexed on PostgreSQL).
   */
  @Property({ type: 'text', nullable: true })
  searchText?: string | null;

  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Property({ type: 'integer' })
  version = 1;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
