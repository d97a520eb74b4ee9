import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ModifiedAttributeNode } from '../events/events.types.js';
import { connectionOf } from '../graphql/connection.js';
import type { LogReport } from './log.report.js';

export enum ProvisioningActionKind {
  CREATE = 'Create',
  UPDATE = 'Update',
  DISABLE = 'Disable',
  DELETE = 'Delete',
  SKIP = 'Skip',
  OTHER = 'Other',
  STAGED_DELETE = 'StagedDelete',
}
registerEnumType(ProvisioningActionKind, {
  name: 'ProvisioningAction',
  description: "What the engine did to an object (Entra's provisioning log actions, plus `SKIP`).",
});

export enum ProvisioningStatusKind {
  SUCCESS = 'Success',
  FAILURE = 'Failure',
  SKIPPED = 'Skipped',
  WARNING = 'Warning',
}
registerEnumType(ProvisioningStatusKind, { name: 'ProvisioningStatus', description: 'How an action ended.' });

export enum ProvisioningObjectKind {
  USER = 'user',
  GROUP = 'group',
}
registerEnumType(ProvisioningObjectKind, { name: 'ProvisioningObjectType', description: 'A user or a group.' });

@ObjectType('ProvisioningStep', { description: 'One step of the work on an object: import, scope, match, action.' })
export class ProvisioningStepNode {
  @Field(() => String, { description: '`import`, `scope`, `match` or `action`.' })
  step!: string;

  @Field(() => String)
  status!: string;

  @Field(() => GraphQLJSON)
  details!: Record<string, unknown>;
}

@ObjectType('ProvisioningRequest', { description: 'The SCIM request sent to the target.' })
export class ProvisioningRequestNode {
  @Field(() => String)
  method!: string;

  @Field(() => String)
  path!: string;
}

@ObjectType('ProvisioningLogEntry', {
  description: 'One object in one cycle (SPEC E9): what the engine decided, did and got back.',
})
export class ProvisioningLogNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { description: "The app's name." })
  app!: string;

  @Field(() => ID, { nullable: true, description: 'The cycle; null for on-demand runs.' })
  cycleId!: string | null;

  @Field(() => ProvisioningObjectKind)
  objectType!: ProvisioningObjectKind;

  @Field(() => ProvisioningActionKind)
  action!: ProvisioningActionKind;

  @Field(() => ProvisioningStatusKind)
  status!: ProvisioningStatusKind;

  @Field(() => String, { description: 'Id of the object in the source directory.' })
  sourceId!: string;

  @Field(() => String, { nullable: true })
  sourceName!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the object in the target, once created or matched.' })
  targetId!: string | null;

  @Field(() => String, { nullable: true })
  targetName!: string | null;

  @Field(() => [ModifiedAttributeNode], { description: 'Modified properties, old -> new.' })
  modified!: ModifiedAttributeNode[];

  @Field(() => [ProvisioningStepNode])
  steps!: ProvisioningStepNode[];

  @Field(() => ProvisioningRequestNode, { nullable: true })
  request!: ProvisioningRequestNode | null;

  @Field(() => Int, { nullable: true, description: "The target's HTTP status." })
  responseStatus!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Entra-style error or skip code (`EntryConflict`, `RedundantExport`, ...).',
  })
  errorCode!: string | null;

  @Field(() => String, { nullable: true })
  errorMessage!: string | null;

  @Field(() => Int)
  retryCount!: number;

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType('ProvisioningLogConnection', { description: 'A page of provisioning log entries, newest first.' })
export class ProvisioningLogConnection extends connectionOf<ProvisioningLogNode>(
  ProvisioningLogNode,
  'ProvisioningLog',
  'log entry',
  'log entries',
) {}

@InputType({ description: 'Provisioning log filters; all given ones must hold.' })
export class ProvisioningLogFilter {
  @Field(() => ID, { nullable: true })
  cycleId?: string | null;

  @Field(() => ProvisioningObjectKind, { nullable: true })
  objectType?: ProvisioningObjectKind | null;

  @Field(() => [ProvisioningActionKind], { nullable: true, description: 'Any of these actions.' })
  actions?: ProvisioningActionKind[] | null;

  @Field(() => [ProvisioningStatusKind], { nullable: true, description: 'Any of these statuses.' })
  statuses?: ProvisioningStatusKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the source id, source name, target id or target name, any letter case.',
  })
  identity?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before.' })
  to?: Date | null;
}

@ObjectType('ProvisioningActionCount', { description: 'How many entries had one action.' })
export class ActionCountNode {
  @Field(() => ProvisioningActionKind)
  action!: ProvisioningActionKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ProvisioningErrorCount', { description: 'How many failures had one error code.' })
export class ErrorCountNode {
  @Field(() => String, { nullable: true, description: 'null: failures without a code.' })
  errorCode!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ProvisioningLogReport', { description: 'Counts over log entries: a cycle, or a filter of an app.' })
export class ProvisioningLogReportNode {
  @Field(() => String)
  app!: string;

  @Field(() => ID, { nullable: true })
  cycleId!: string | null;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  successes!: number;

  @Field(() => Int)
  failures!: number;

  @Field(() => Int)
  skipped!: number;

  @Field(() => Int)
  warnings!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'successes / (successes + failures), 0 to 1; null when there were neither.',
  })
  successRate!: number | null;

  @Field(() => [ActionCountNode])
  byAction!: ActionCountNode[];

  @Field(() => [ErrorCountNode], { description: 'Failures by error code, most frequent first.' })
  failuresByErrorCode!: ErrorCountNode[];
}

/** A log report (log.report.ts) as the API's node: `cycleReport`, `provisioningLogReport`, `App.report`. */
export function toLogReportNode(app: string, cycleId: string | null, r: LogReport): ProvisioningLogReportNode {
  return Object.assign(new ProvisioningLogReportNode(), {
    app,
    cycleId,
    total: r.total,
    successes: r.byStatus.Success,
    failures: r.byStatus.Failure,
    skipped: r.byStatus.Skipped,
    warnings: r.byStatus.Warning,
    successRate: r.successRate,
    byAction: r.byAction.map((a) => ({ action: a.action as ProvisioningActionKind, count: a.count })),
    failuresByErrorCode: r.failuresByErrorCode,
  });
}
