import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AppNode } from '../apps/apps.types.js';
import { connectionOf } from '../graphql/connection.js';
import { ErrorCountNode, ProvisioningLogReportNode } from '../provisioning/provisioning-logs.types.js';
import { type CycleRow, progressOf } from './cycle.row.js';

export enum CycleKindValue {
  INITIAL = 'initial',
  INCREMENTAL = 'incremental',
}
registerEnumType(CycleKindValue, {
  name: 'CycleKind',
  description: '`INITIAL` evaluates every object; `INCREMENTAL` reads what changed since the watermark.',
});

export enum CycleStatusValue {
  QUEUED = 'queued',
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
  STOPPED = 'stopped',
}
registerEnumType(CycleStatusValue, {
  name: 'CycleStatus',
  description: 'QUEUED -> RUNNING -> SUCCEEDED, FAILED or STOPPED.',
});

export enum CyclePhaseValue {
  USERS = 'users',
  USER_DELETES = 'user-deletes',
  GROUPS = 'groups',
  GROUP_DELETES = 'group-deletes',
  REFERENCES = 'references',
  DONE = 'done',
}
registerEnumType(CyclePhaseValue, {
  name: 'CyclePhase',
  description:
    'What a cycle works on: users, then the user disables and deletes it staged (sent, or held by the deletion threshold), groups, then the group ones, then unresolved references (managers).',
});

@ObjectType('CycleCounts', { description: 'What a cycle did, by action.' })
export class CycleCountsNode {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  disabled!: number;

  @Field(() => Int)
  deleted!: number;

  @Field(() => Int)
  skipped!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int, { description: 'Disables and deletes held back by the deletion threshold.' })
  held!: number;
}

@ObjectType('Cycle', {
  description: "One provisioning cycle of an app, with its live progress (read from the cycle's row: any replica).",
})
export class CycleNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The app's name." })
  app!: string;

  @Field(() => CycleKindValue)
  kind!: CycleKindValue;

  @Field(() => CycleStatusValue)
  status!: CycleStatusValue;

  @Field(() => String, { description: '`manual`, `schedule`, `restart` or `demo`.' })
  trigger!: string;

  @Field(() => CyclePhaseValue)
  phase!: CyclePhaseValue;

  @Field(() => CycleCountsNode)
  counts!: CycleCountsNode;

  @Field(() => Int, { description: 'Objects done so far.' })
  done!: number;

  @Field(() => Int, { description: 'Objects this cycle reads (known once it runs).' })
  total!: number;

  @Field(() => Float, { description: 'Objects per second over the running time.' })
  rate!: number;

  @Field(() => Int, { nullable: true, description: 'Seconds left at that rate; null when unknown or finished.' })
  etaSeconds!: number | null;

  @Field(() => Float, { description: 'Time spent running, summed over resumptions (ms).' })
  durationMs!: number;

  @Field(() => Date)
  queuedAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it failed or was stopped.' })
  error!: string | null;
}

export function toCycleNode(c: CycleRow, appName: string): CycleNode {
  const p = progressOf(c);
  return {
    id: p.cycleId,
    app: appName,
    kind: p.kind as CycleKindValue,
    status: p.status as CycleStatusValue,
    trigger: p.trigger,
    phase: p.phase as CyclePhaseValue,
    counts: { ...p.counts },
    done: p.done,
    total: p.total,
    rate: p.rate,
    etaSeconds: p.etaSeconds,
    durationMs: p.durationMs,
    queuedAt: p.queuedAt,
    startedAt: p.startedAt,
    finishedAt: p.finishedAt,
    error: p.error,
  };
}

@ObjectType('CycleConnection', { description: "A page of an app's cycles, newest first." })
export class CycleConnection extends connectionOf<CycleNode>(CycleNode, 'Cycle', 'cycle') {}

@ObjectType('AppReport', {
  description: "An app's last cycles: each cycle's success rate and failures, and the same over all of them.",
})
export class AppReportNode {
  @Field(() => [ProvisioningLogReportNode], { description: 'One report per cycle, newest first.' })
  cycles!: ProvisioningLogReportNode[];

  @Field(() => Int, { description: 'Successful log entries over these cycles.' })
  successes!: number;

  @Field(() => Int, { description: 'Failed log entries over these cycles.' })
  failures!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'successes / (successes + failures) over these cycles; null when there were neither.',
  })
  successRate!: number | null;

  @Field(() => [ErrorCountNode], { description: 'Failures by error code over these cycles, most frequent first.' })
  failuresByErrorCode!: ErrorCountNode[];
}

@ObjectType('HeldDelete', {
  description:
    'A disable or delete the deletion threshold held back: it waits for an admin to allow it (the next cycle sends it) or reject it.',
})
export class HeldDeleteNode {
  @Field(() => String, { description: '`user` or `group`.' })
  objectType!: string;

  @Field(() => String, { description: 'The source objectId.' })
  sourceId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'userPrincipalName or displayName, while the source object exists.',
  })
  sourceName!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { description: '`Disable` or `Delete`.' })
  action!: string;

  @Field(() => ID, { description: 'The cycle that held it.' })
  heldBy!: string;

  @Field(() => Date, { nullable: true })
  heldAt!: Date | null;

  @Field(() => Boolean, { description: 'Allowed: the next cycle sends it.' })
  allowed!: boolean;
}

@ObjectType('HeldDeletesResult', { description: 'What allowing or rejecting held deletes did.' })
export class HeldDeletesResultNode {
  @Field(() => Int, { description: 'How many held objects were allowed or rejected.' })
  changed!: number;

  @Field(() => CycleNode, { nullable: true, description: 'The cycle that sends the allowed deletes (allow only).' })
  cycle!: CycleNode | null;

  @Field(() => AppNode)
  app!: AppNode;
}

@ObjectType('FailedObject', { description: 'An object whose last attempt failed, kept to be retried (escrow).' })
export class FailedObjectNode {
  @Field(() => String, { description: '`user` or `group`.' })
  objectType!: string;

  @Field(() => String, { description: 'The source objectId.' })
  sourceId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'userPrincipalName or displayName, while the source object exists.',
  })
  sourceName!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => Int, { description: 'Failures in a row.' })
  failures!: number;

  @Field(() => String, { nullable: true, description: 'The last error: its code and message.' })
  lastError!: string | null;

  @Field(() => Date)
  failedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a cycle retries it; null or past: the next cycle.' })
  retryAt!: Date | null;
}

@ObjectType('RetryFailuresResult', { description: 'What retrying failed objects now did.' })
export class RetryFailuresResultNode {
  @Field(() => Int, { description: 'How many failed objects were made due now.' })
  changed!: number;

  @Field(() => CycleNode, { nullable: true, description: 'The cycle that retries them (a running app).' })
  cycle!: CycleNode | null;

  @Field(() => AppNode)
  app!: AppNode;
}
