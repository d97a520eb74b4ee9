import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AppStateValue {
  RUNNING = 'running',
  PAUSED = 'paused',
  STOPPED = 'stopped',
}
registerEnumType(AppStateValue, {
  name: 'AppState',
  description:
    '`RUNNING`: cycles run (on schedule and on demand); `PAUSED`: the open cycle waits where it is; `STOPPED`: the open cycle ends, nothing runs.',
});

export enum AppScopeMode {
  ASSIGNED = 'assigned',
  ALL = 'all',
}
registerEnumType(AppScopeMode, {
  name: 'AppScopeMode',
  description: "`ASSIGNED`: only assigned users and groups' members (Entra's default); `ALL`: every object.",
});

@ObjectType('AppTarget', {
  description: 'Where an app provisions: a local tenant, or an external SCIM base URL. The token is never returned.',
})
export class AppTargetNode {
  @Field(() => String, { nullable: true, description: 'The local target tenant (slug).' })
  tenant!: string | null;

  @Field(() => String, { nullable: true, description: "The external target's SCIM base URL." })
  url!: string | null;

  @Field(() => Boolean, { description: 'An external target whose token is stored (encrypted).' })
  tokenStored!: boolean;

  @Field(() => String, { nullable: true, description: 'The environment variable holding the token, if named.' })
  tokenEnv!: string | null;
}

@ObjectType('AppAssignment', { description: 'A user or group assigned to an app.' })
export class AppAssignmentNode {
  @Field(() => ID)
  objectId!: string;

  @Field(() => String, { description: 'The name it was assigned by (userPrincipalName or displayName).' })
  name!: string;
}

@ObjectType('ScopingClause', {
  description: 'One clause of a scoping filter group (all clauses of a group must hold).',
})
export class ScopingClauseNode {
  @Field(() => String)
  attribute!: string;

  @Field(() => String, { description: 'An Entra scoping operator, e.g. `EQUALS`, `REGEX MATCH`, `IS TRUE`.' })
  operator!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@ObjectType('ScopingGroup', { description: 'A group of clauses; an object passes the filter when any group passes.' })
export class ScopingGroupNode {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => [ScopingClauseNode])
  clauses!: ScopingClauseNode[];
}

@ObjectType('ScopingFilter', { description: 'A scoping filter; with no groups every object passes.' })
export class ScopingFilterNode {
  @Field(() => [ScopingGroupNode])
  groups!: ScopingGroupNode[];
}

@ObjectType('AppScope', { description: 'Who an app provisions: the mode, the assignments and the scoping filters.' })
export class AppScopeNode {
  @Field(() => AppScopeMode)
  mode!: AppScopeMode;

  @Field(() => [AppAssignmentNode])
  users!: AppAssignmentNode[];

  @Field(() => [AppAssignmentNode])
  groups!: AppAssignmentNode[];

  @Field(() => ScopingFilterNode)
  userFilter!: ScopingFilterNode;

  @Field(() => ScopingFilterNode)
  groupFilter!: ScopingFilterNode;
}

@ObjectType('AppSchedule', { description: 'When cycles run by themselves.' })
export class AppScheduleNode {
  @Field(() => Int)
  intervalMinutes!: number;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Boolean, { description: 'An incremental cycle also runs as soon as the source changes.' })
  followChanges!: boolean;

  @Field(() => Date, { nullable: true })
  nextRunAt!: Date | null;
}

@ObjectType('AppQuarantine', { description: 'Why the app is quarantined (E8): its target keeps failing.' })
export class AppQuarantineNode {
  @Field(() => String, {
    description: 'TargetUnauthorized, TargetNotFound, TargetUnavailable or MostCallsFailing.',
  })
  reason!: string;

  @Field(() => String, { description: 'The same in a sentence.' })
  message!: string;

  @Field(() => Date)
  since!: Date;

  @Field(() => Int, { description: 'Cycles in a row that ended quarantined (each doubles the wait, up to a day).' })
  cycles!: number;
}

@ObjectType('App', {
  description: 'A provisioning app (SPEC E2): one source directory pushed into one target, with mappings and scope.',
})
export class AppNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AppStateValue)
  state!: AppStateValue;

  @Field(() => AppTargetNode)
  target!: AppTargetNode;

  @Field(() => String, { nullable: true, description: "The source directory's slug." })
  directory!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Set when the source is a scimdesk tenant (its SCIM users and groups): its slug.',
  })
  sourceTenant!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The mapping set: `{ user, group }` object mappings.' })
  mappings!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'The preset the mappings are, unchanged; null: custom.' })
  mappingsPreset!: string | null;

  @Field(() => AppScopeNode)
  scope!: AppScopeNode;

  @Field(() => AppScheduleNode)
  schedule!: AppScheduleNode;

  @Field(() => Int, {
    description: 'A cycle holds its disables and deletes (for an admin to allow) when they are more than this.',
  })
  deletionThreshold!: number;

  @Field(() => AppQuarantineNode, { nullable: true, description: 'Set while the app is quarantined.' })
  quarantine!: AppQuarantineNode | null;

  @Field(() => String, { nullable: true, description: 'Where alerts are POSTed (its secret is never returned).' })
  webhookUrl!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The directory change number the last finished cycle read up to; null: the next cycle is initial.',
  })
  watermark!: number | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('AppDiagnosticPosition', { description: 'A position inside a mapping expression.' })
export class AppDiagnosticPositionNode {
  @Field(() => Int, { nullable: true, description: '1-based line.' })
  line!: number | null;

  @Field(() => Int, { nullable: true, description: '1-based column.' })
  column!: number | null;

  @Field(() => Int, { nullable: true, description: '0-based offset.' })
  offset!: number | null;
}

@ObjectType('AppDiagnostic', { description: 'One problem of an app file, at its JSON path.' })
export class AppDiagnosticNode {
  @Field(() => String, { description: 'The JSON path, e.g. `mappings.user.mappings[2].source`.' })
  path!: string;

  @Field(() => String, {
    description: 'Stable code, e.g. `APP_UNKNOWN_USER`, `EXPR_UNKNOWN_FUNCTION`, `SCOPE_UNKNOWN_OPERATOR`.',
  })
  code!: string;

  @Field(() => String, { description: '`error` or `warning`.' })
  severity!: string;

  @Field(() => String)
  message!: string;

  @Field(() => AppDiagnosticPositionNode, { nullable: true, description: 'Where in the expression (mapping sources).' })
  expression!: AppDiagnosticPositionNode | null;
}

@ObjectType('ApplyAppResult', { description: 'What applying an app file did. With errors nothing is saved.' })
export class ApplyAppResultNode {
  @Field(() => AppNode, { nullable: true, description: 'The app as saved; null when there were errors.' })
  app!: AppNode | null;

  @Field(() => Boolean)
  created!: boolean;

  @Field(() => Boolean, { description: 'Mappings or scope changed: the next cycle evaluates every object again.' })
  reevaluate!: boolean;

  @Field(() => [AppDiagnosticNode], { description: 'Every error and warning.' })
  diagnostics!: AppDiagnosticNode[];
}

@ObjectType('AppValidation', { description: 'An app file checked without saving.' })
export class AppValidationNode {
  @Field(() => Boolean, { description: 'No errors (warnings may remain).' })
  ok!: boolean;

  @Field(() => [AppDiagnosticNode])
  diagnostics!: AppDiagnosticNode[];
}
