import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AppDiagnosticNode } from '../apps/apps.types.js';
import { CycleNode } from '../cycles/cycles.types.js';
import { OnDemandRequestNode } from '../cycles/on-demand.types.js';
import { ModifiedAttributeNode } from '../events/events.types.js';

export enum PlanKindValue {
  NEXT = 'next',
  RESTART = 'restart',
  PROPOSAL = 'proposal',
}
registerEnumType(PlanKindValue, {
  name: 'PlanKind',
  description: 'What is planned: the next cycle, a restart (every object again), or a proposed app file.',
});

export enum PlanStatusValue {
  COMPUTING = 'computing',
  READY = 'ready',
  APPLYING = 'applying',
  APPLIED = 'applied',
  DROPPED = 'dropped',
  STALE = 'stale',
  FAILED = 'failed',
}
registerEnumType(PlanStatusValue, {
  name: 'PlanStatus',
  description:
    'COMPUTING -> READY -> APPLYING -> APPLIED (or FAILED); a READY plan may be DROPPED, and is STALE once the app changed or another plan was applied.',
});

@ObjectType('PlanTotals', { description: 'Planned actions by kind.' })
export class PlanTotalsNode {
  @Field(() => Int) create!: number;
  @Field(() => Int) update!: number;
  @Field(() => Int) disable!: number;
  @Field(() => Int) delete!: number;
  @Field(() => Int) skip!: number;
  @Field(() => Int) fail!: number;
  @Field(() => Boolean, {
    description: "Disables and deletes over the app's deletion threshold: the applying cycle would hold them.",
  })
  wouldHoldDeletes!: boolean;
}

@ObjectType('PlanOutcome', { description: 'What applying did, compared with the plan.' })
export class PlanOutcomeNode {
  @Field(() => Int, { description: 'Objects done exactly as planned.' })
  asPlanned!: number;

  @Field(() => Int, { description: 'Objects that changed on either side since the plan, planned again when applied.' })
  replanned!: number;

  @Field(() => Int, { description: 'Objects whose planned action failed at the target.' })
  failed!: number;
}

@ObjectType('PlanEntry', { description: 'One object of a plan.' })
export class PlanEntryNode {
  @Field(() => String, { description: '`user` or `group`.' })
  objectType!: string;

  @Field(() => String)
  sourceId!: string;

  @Field(() => String, { nullable: true })
  sourceName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Create, Update, Disable, Delete, Skip or Other (a failure); null when the plan did not have the object.',
  })
  action!: string | null;

  @Field(() => String, { nullable: true, description: 'Planned, Skipped or Failure.' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'The target id; `planned:<source id>` for a create.' })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why skipped or failing (NoChange, NotInScope, ...).' })
  code!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => [ModifiedAttributeNode], { description: 'Attributes it would write, old -> new.' })
  modified!: ModifiedAttributeNode[];

  @Field(() => [OnDemandRequestNode], { description: 'The requests it would send, with their bodies.' })
  requests!: OnDemandRequestNode[];

  @Field(() => String, { nullable: true, description: 'Once applied: `as-planned`, `replanned` or `failed`.' })
  outcome!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What changed since the plan: `source`, `target`, `both`, `action` (the decision only), `gone`.',
  })
  replannedBecause!: string | null;

  @Field(() => String, { nullable: true, description: 'The action the applying cycle took.' })
  appliedAction!: string | null;
}

@ObjectType('Plan', { description: 'What a cycle would do, per object, computed without sending anything (E10).' })
export class PlanNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The app's name." })
  app!: string;

  @Field(() => PlanKindValue)
  kind!: PlanKindValue;

  @Field(() => PlanStatusValue)
  status!: PlanStatusValue;

  @Field(() => Int, { description: 'Objects the plan reads.' })
  total!: number;

  @Field(() => Int, { description: 'Objects planned so far.' })
  done!: number;

  @Field(() => PlanTotalsNode, { nullable: true, description: 'Once ready.' })
  totals!: PlanTotalsNode | null;

  @Field(() => PlanOutcomeNode, { nullable: true, description: 'Once applied.' })
  outcome!: PlanOutcomeNode | null;

  @Field(() => ID, { nullable: true, description: 'The cycle applying it.' })
  cycleId!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => String, { nullable: true })
  createdBy!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType('PlanResult', { description: 'A plan made, or the diagnostics of a proposal that does not validate.' })
export class PlanResultNode {
  @Field(() => PlanNode, { nullable: true, description: 'Null when the proposal has errors.' })
  plan!: PlanNode | null;

  @Field(() => [AppDiagnosticNode])
  diagnostics!: AppDiagnosticNode[];
}

@ObjectType('PlanApplied', { description: 'A plan being applied: the plan and the cycle that applies it.' })
export class PlanAppliedNode {
  @Field(() => PlanNode)
  plan!: PlanNode;

  @Field(() => CycleNode)
  cycle!: CycleNode;
}
