import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type LogAction = 'Create' | 'Update' | 'Disable' | 'Delete' | 'Skip' | 'Other' | 'StagedDelete';
export type LogStatus = 'Success' | 'Failure' | 'Skipped' | 'Warning';

/** One object in one cycle (SPEC E9): what the engine decided, did and got back. */
@Entity({ tableName: 'provisioning_log' })
@Index({ properties: ['appId', 'createdAt'] })
@Index({ properties: ['cycleId', 'createdAt'] })
@Index({ properties: ['appId', 'sourceId'] })
@Index({ properties: ['appId', 'status', 'action', 'errorCode'] })
export class ProvisioningLog {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  appId!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  cycleId?: string | null;

  @Property({ type: 'string', length: 8 })
  objectType!: 'user' | 'group';

  @Property({ type: 'string', length: 16 })
  action!: LogAction;

  @Property({ type: 'string', length: 16 })
  status!: LogStatus;

  @Property({ type: 'string', length: 64 })
  sourceId!: string;

  @Property({ type: 'string', length: 256, nullable: true })
  sourceName?: string | null;

  @Property({ type: 'string', length: 256, nullable: true })
  targetId?: string | null;

  @Property({ type: 'string', length: 256, nullable: true })
  targetName?: string | null;

  /** `[{attribute, old, new}]` as JSON (redacted values stay redacted). */
  @Property({ type: 'text' })
  modified: string = '[]';

  /** `[{step: import|scope|match|action, status, details}]` as JSON. */
  @Property({ type: 'text' })
  steps: string = '[]';

  /** The SCIM request sent (method path) and the status it answered. */
  @Property({ type: 'string', length: 600, nullable: true })
  request?: string | null;

  @Property({ type: 'integer', nullable: true })
  responseStatus?: number | null;

  @Property({ type: 'string', length: 64, nullable: true })
  errorCode?: string | null;

  @Property({ type: 'text', nullable: true })
  errorMessage?: string | null;

  @Property({ type: 'integer', default: 0 })
  retryCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  durationMs: number = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
