import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type EventAction = 'Create' | 'Update' | 'Disable' | 'Delete' | 'Other';

/** One SCIM request (or admin change) as a provisioning event (SPEC S7). */
@Entity({ tableName: 'provisioning_event' })
@Index({ properties: ['tenantId', 'createdAt'] })
@Index({ properties: ['tenantId', 'targetId'] })
export class ProvisioningEvent {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  tenantId!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  tokenId?: string | null;

  /** Who acted: `scim` for IdP requests, or `admin:<userName>`, `cli`, `seed`. */
  @Property({ type: 'string', length: 300 })
  actor = 'scim';

  @Property({ type: 'string', length: 8 })
  method!: string;

  @Property({ type: 'string', length: 2048 })
  path!: string;

  @Property({ type: 'string', length: 8 })
  action: EventAction = 'Other';

  @Property({ type: 'string', length: 8, nullable: true })
  resourceType?: string | null;

  @Property({ type: 'string', length: 36, nullable: true })
  targetId?: string | null;

  @Property({ type: 'string', length: 256, nullable: true })
  targetName?: string | null;

  /** `[{ attribute, old, new }]` */
  @Property({ type: 'json', nullable: true })
  modified?: { attribute: string; old: unknown; new: unknown }[] | null;

  @Property({ type: 'integer' })
  status!: number;

  @Property({ type: 'string', length: 32, nullable: true })
  scimType?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  error?: string | null;

  @Property({ type: 'json', nullable: true })
  warnings?: string[] | null;

  @Property({ type: 'integer' })
  durationMs = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
