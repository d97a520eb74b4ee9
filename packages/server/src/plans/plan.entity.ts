import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type PlanKind = 'next' | 'restart' | 'proposal';
/** computing -> ready -> applying -> applied | failed; ready -> dropped | stale. */
export type PlanStatus = 'computing' | 'ready' | 'applying' | 'applied' | 'dropped' | 'stale' | 'failed';

/**
 * What a cycle would do, computed without sending anything to the target (E10): the next cycle,
 * a restart, or a proposed app file (mappings and scope). Applying runs a cycle over the same
 * window; each object it reaches is compared with its entry (plan_entry.outcome).
 */
@Entity({ tableName: 'plan' })
@Index({ properties: ['appId', 'createdAt'] })
export class Plan {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  appId!: string;

  @Property({ type: 'string', length: 16 })
  kind!: PlanKind;

  @Property({ type: 'string', length: 16, default: 'computing' })
  status: PlanStatus = 'computing';

  /** The proposed app file (JSON), saved by apply; null for next and restart. */
  @Property({ type: 'text', nullable: true })
  proposal?: string | null;

  /** The app's mappings, scope, source and target when planned: apply refuses a plan of another version. */
  @Property({ type: 'string', length: 64 })
  appVersion!: string;

  /** The directory change numbers the plan read, (from, to]; from null = every object. */
  @Property({ type: 'bigint', nullable: true })
  watermarkFrom?: number | null;

  @Property({ type: 'bigint', default: 0 })
  watermarkTo: number = 0;

  @Property({ type: 'integer', default: 0 })
  total: number = 0;

  @Property({ type: 'integer', default: 0 })
  done: number = 0;

  /** Planned actions by kind: `{create, update, disable, delete, skip, fail}` as JSON. */
  @Property({ type: 'text' })
  totals: string = '{}';

  /** Once applied: `{asPlanned, replanned}` as JSON. */
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  @Property({ type: 'string', length: 36, nullable: true })
  cycleId?: string | null;

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'string', length: 320, nullable: true })
  createdBy?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Written with every batch while computing: a plan whose process died is seen as failed. */
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}

/** One object of a plan: the planned action and what it saw of both sides. */
@Entity({ tableName: 'plan_entry' })
export class PlanEntry {
  @PrimaryKey({ type: 'string', length: 36 })
  planId!: string;

  @PrimaryKey({ type: 'string', length: 8 })
  objectType!: 'user' | 'group';

  @PrimaryKey({ type: 'string', length: 64 })
  sourceId!: string;

  @Property({ type: 'string', length: 512, nullable: true })
  sourceName?: string | null;

  /** Create, Update, Disable, Delete, Skip, Other (a failure); null for an object the plan did not have. */
  @Property({ type: 'string', length: 16, nullable: true })
  action?: string | null;

  /** Planned, Skipped or Failure. */
  @Property({ type: 'string', length: 16, nullable: true })
  status?: string | null;

  @Property({ type: 'string', length: 256, nullable: true })
  targetId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  code?: string | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** `[{attribute, old, new}]` as JSON. */
  @Property({ type: 'text', nullable: true })
  modified?: string | null;

  /** The request bodies the action would send (a create's POST, an update's PatchOps) as JSON. */
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  /** The source object's change number when planned (null: hard-deleted). */
  @Property({ type: 'bigint', nullable: true })
  sourceSeq?: number | null;

  /** A hash of the target object as read when planned (null: none found). */
  @Property({ type: 'string', length: 64, nullable: true })
  targetHash?: string | null;

  /** After apply: as-planned or replanned. */
  @Property({ type: 'string', length: 16, nullable: true })
  outcome?: string | null;

  /** Why it was re-planned: source, target, both, action (neither side changed but the decision did), gone. */
  @Property({ type: 'string', length: 16, nullable: true })
  replannedBecause?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  appliedAction?: string | null;
}
