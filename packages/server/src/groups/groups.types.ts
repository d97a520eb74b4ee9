import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf } from '../graphql/connection.js';
import type { ScimGroupRow } from './group.entity.js';

@ObjectType('Group', { description: 'A SCIM group of a tenant (the SCIM resource is `scim`).' })
export class GroupNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  /** Not in the schema: the row and tenant slug, for the field resolvers. */
  row!: ScimGroupRow;
  tenantSlug!: string;
}

@ObjectType('GroupConnection', { description: 'A page of groups, by displayName.' })
export class GroupConnection extends connectionOf<GroupNode>(GroupNode, 'Group', 'group') {}
