import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../graphql/connection.js';

export enum EventActionKind {
  CREATE = 'Create',
  UPDATE = 'Update',
  DISABLE = 'Disable',
  DELETE = 'Delete',
  OTHER = 'Other',
}
registerEnumType(EventActionKind, { name: 'EventAction', description: 'What a provisioning event did.' });

@ObjectType('ModifiedAttribute', { description: 'One attribute a change modified, old -> new.' })
export class ModifiedAttributeNode {
  @Field(() => String)
  attribute!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  old?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  new?: unknown;
}

@ObjectType('ProvisioningEvent', {
  description: 'One SCIM request or admin change (SPEC S7): who, what, on which object, the outcome.',
})
export class EventNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { description: '`scim` (the IdP), `admin:<userName>`, `cli` or `demo-seed`.' })
  actor!: string;

  @Field(() => ID, { nullable: true, description: 'The SCIM token used.' })
  tokenId?: string | null;

  @Field(() => String, { description: 'HTTP method, or `GRAPHQL` for admin changes.' })
  method!: string;

  @Field(() => String, { description: 'Request path, or the GraphQL mutation.' })
  path!: string;

  @Field(() => EventActionKind)
  action!: EventActionKind;

  @Field(() => String, { nullable: true, description: '`User` or `Group`.' })
  resourceType?: string | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;

  @Field(() => String, { nullable: true })
  targetName?: string | null;

  @Field(() => [ModifiedAttributeNode])
  modified!: ModifiedAttributeNode[];

  @Field(() => Int, { description: 'HTTP status answered (or its equivalent for admin changes).' })
  status!: number;

  @Field(() => String, { nullable: true, description: 'SCIM error type (`uniqueness`, `mutability`, ...).' })
  scimType?: string | null;

  @Field(() => String, { nullable: true })
  error?: string | null;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType('ProvisioningEventConnection', { description: 'A page of provisioning events, newest first.' })
export class EventConnection extends connectionOf<EventNode>(EventNode, 'ProvisioningEvent', 'event') {}

@InputType({ description: 'Event filters; all given ones must hold.' })
export class EventFilter {
  @Field(() => Date, { nullable: true, description: 'At or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before.' })
  to?: Date | null;

  @Field(() => EventActionKind, { nullable: true })
  action?: EventActionKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only failures (status >= 400); false: only successes.' })
  failed?: boolean | null;

  @Field(() => Int, { nullable: true })
  status?: number | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact target name (userName or group displayName).' })
  targetName?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the target name, any letter case.' })
  targetSearch?: string | null;

  @Field(() => String, { nullable: true, description: '`User` or `Group`.' })
  resourceType?: string | null;

  @Field(() => ID, { nullable: true })
  tokenId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact actor (`scim`, `admin:<userName>`, `engine:<app>`).' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the actor, any letter case.' })
  actorSearch?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: leave out the reads that succeeded (GET, POST .../.search: most of every IdP cycle); failed reads stay.',
  })
  quietReads?: boolean | null;
}
