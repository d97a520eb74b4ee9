import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { ModifiedAttributeNode } from '../events/events.types.js';
import {
  ProvisioningActionKind,
  ProvisioningObjectKind,
  ProvisioningStatusKind,
  ProvisioningStepNode,
} from '../provisioning/provisioning-logs.types.js';
import type { OnDemandObject, OnDemandResult } from './on-demand.js';

@ObjectType('OnDemandRequest', { description: 'The last SCIM request sent for the object, with its body.' })
export class OnDemandRequestNode {
  @Field(() => String)
  method!: string;

  @Field(() => String)
  path!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  body?: unknown;
}

@ObjectType('OnDemandResponse', { description: "The target's answer to that request." })
export class OnDemandResponseNode {
  @Field(() => Int, { description: 'HTTP status (0: no answer).' })
  status!: number;

  @Field(() => Int)
  retries!: number;

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType('OnDemandObject', { description: 'One object provisioned on demand, with every step.' })
export class OnDemandObjectNode {
  @Field(() => ProvisioningObjectKind)
  objectType!: ProvisioningObjectKind;

  @Field(() => String, {
    description:
      '`object` (the one asked for), `member` (a member of the group), `membership` (the group again, with its members added).',
  })
  role!: string;

  @Field(() => String)
  sourceId!: string;

  @Field(() => String)
  sourceName!: string;

  @Field(() => ProvisioningActionKind)
  action!: ProvisioningActionKind;

  @Field(() => ProvisioningStatusKind)
  status!: ProvisioningStatusKind;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { nullable: true })
  targetName!: string | null;

  @Field(() => [ModifiedAttributeNode], { description: 'Attributes written, old -> new.' })
  modified!: ModifiedAttributeNode[];

  @Field(() => [ProvisioningStepNode], {
    description:
      'testConnection, import (the source attributes), scope (assignment and every clause), match (each attribute tried), action.',
  })
  steps!: ProvisioningStepNode[];

  @Field(() => OnDemandRequestNode, { nullable: true })
  request!: OnDemandRequestNode | null;

  @Field(() => OnDemandResponseNode, { nullable: true })
  response!: OnDemandResponseNode | null;

  @Field(() => String, { nullable: true })
  errorCode!: string | null;

  @Field(() => String, { nullable: true })
  errorMessage!: string | null;

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType('OnDemandResult', { description: 'Provision on demand: a user, or a group and each of its members.' })
export class OnDemandResultNode {
  @Field(() => String)
  app!: string;

  @Field(() => ProvisioningObjectKind)
  objectType!: ProvisioningObjectKind;

  @Field(() => OnDemandObjectNode)
  object!: OnDemandObjectNode;

  @Field(() => [OnDemandObjectNode], { description: "A group's direct user members, each through the pipeline." })
  members!: OnDemandObjectNode[];

  @Field(() => OnDemandObjectNode, {
    nullable: true,
    description: 'The group again, adding the members provisioned just now (groups with members only).',
  })
  membership!: OnDemandObjectNode | null;

  @Field(() => Boolean, { description: 'False when the connection test failed (nothing else was tried).' })
  connected!: boolean;

  @Field(() => Int)
  durationMs!: number;
}

const objectNode = (o: OnDemandObject): OnDemandObjectNode =>
  Object.assign(new OnDemandObjectNode(), {
    ...o,
    objectType: o.objectType as ProvisioningObjectKind,
    action: o.action as ProvisioningActionKind,
    status: o.status as ProvisioningStatusKind,
  });

export const toOnDemandNode = (r: OnDemandResult): OnDemandResultNode =>
  Object.assign(new OnDemandResultNode(), {
    ...r,
    objectType: r.objectType as ProvisioningObjectKind,
    object: objectNode(r.object),
    members: r.members.map(objectNode),
    membership: r.membership ? objectNode(r.membership) : null,
  });
