import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type CycleKind = 'initial' | 'incremental';
export type CycleStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'stopped';
export type CyclePhase = 'users' | 'user-deletes' | 'groups' | 'group-deletes' | 'references' | 'done';

/**
 * One provisioning cycle of an app. Its progress (phase and cursor: the last source id the
 * phase committed) is written after every batch, so a cycle resumed by another runner starts
 * where the killed one stopped; objects are reconciled idempotently, so a repeat is harmless.
 */
@Entity({ tableName: 'cycle' })
@Index({ properties: ['appId', 'queuedAt'] })
@Index({ properties: ['status'] })
export class Cycle {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  appId!: string;

  @Property({ type: 'string', length: 16 })
  kind!: CycleKind;

  @Property({ type: 'string', length: 16 })
  status: CycleStatus = 'queued';

  /** manual, schedule, restart, demo. */
  @Property({ type: 'string', length: 16 })
  trigger!: string;

  @Property({ type: 'string', length: 16, default: 'users' })
  phase: CyclePhase = 'users';

  @Property({ type: 'string', length: 64, nullable: true })
  cursor?: string | null;

  /** The directory change numbers this cycle reads: (from, to]; from is null for an initial cycle. */
  @Property({ type: 'bigint', nullable: true })
  watermarkFrom?: number | null;

  @Property({ type: 'bigint', nullable: true })
  watermarkTo?: number | null;

  @Property({ type: 'integer', default: 0 })
  total: number = 0;

  @Property({ type: 'integer', default: 0 })
  done: number = 0;

  /** `{created, updated, disabled, deleted, skipped, failed}` as JSON. */
  @Property({ type: 'text' })
  counts: string = '{"created":0,"updated":0,"disabled":0,"deleted":0,"skipped":0,"failed":0}';

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  /** The runner holding it (host:pid) and when it last wrote progress. */
  @Property({ type: 'string', length: 128, nullable: true })
  claimedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  heartbeatAt?: Date | null;

  @Property({ type: 'datetime' })
  queuedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  /** Time spent running, summed over resumptions (ms). */
  @Property({ type: 'bigint', default: 0 })
  runMs: number = 0;

  /**
   * Disables and deletes of users this cycle sent without an admin's allow: the group-deletes
   * phase adds its own to them before comparing with the threshold.
   */
  @Property({ type: 'integer', default: 0 })
  stagedSent?: number = 0;

  /** The plan this cycle applies (plans/): each object it reaches is compared with its entry. */
  @Property({ type: 'string', length: 36, nullable: true })
  planId?: string | null;
}
