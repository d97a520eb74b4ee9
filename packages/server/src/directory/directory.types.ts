import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../graphql/connection.js';
import type { DirGroup, DirUser } from './directory.view.js';

export enum DirectoryObjectType {
  USER = 'user',
  GROUP = 'group',
}
registerEnumType(DirectoryObjectType, {
  name: 'DirectoryObjectType',
  description: 'A source directory object: a user or a group.',
});

@ObjectType('Directory', {
  description: 'A source directory (SPEC E1): users and groups with Entra attribute names, read by apps.',
})
export class DirectoryNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: 'The last change number handed out (every change of an object takes the next).' })
  seq!: number;

  @Field(() => Int, { description: 'Soft-deleted objects are purged (hard-deleted) after this many days.' })
  purgeAfterDays!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Set when the directory mirrors a tenant's SCIM users and groups (a tenant source): its slug. Read-only.",
  })
  sourceTenant!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('DirectoryUser', { description: 'A user of a source directory.' })
export class DirectoryUserNode {
  @Field(() => ID)
  objectId!: string;

  @Field(() => String)
  userPrincipalName!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  mail?: string | null;

  @Field(() => Boolean)
  accountEnabled!: boolean;

  @Field(() => String, { nullable: true, description: "The manager's objectId." })
  managerId?: string | null;

  @Field(() => GraphQLJSONObject, {
    description: 'Every other attribute (department, extensionAttribute1..15, extension_...), as strings.',
  })
  attributes!: Record<string, string>;

  @Field(() => Date, { nullable: true, description: 'Set while soft-deleted (restorable until purged).' })
  deletedAt?: Date | null;

  @Field(() => Float, { description: 'The change number of its last change.' })
  seq!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  /** Not in the schema: for the field resolvers. */
  directoryId!: string;
}

@ObjectType('DirectoryGroup', { description: 'A group of a source directory (members: users and nested groups).' })
export class DirectoryGroupNode {
  @Field(() => ID)
  objectId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  mailNickname?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date, { nullable: true })
  deletedAt?: Date | null;

  @Field(() => Float)
  seq!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  directoryId!: string;
}

@ObjectType('DirectoryMember', { description: 'A direct member of a directory group: a user or a group.' })
export class DirectoryMemberNode {
  @Field(() => DirectoryObjectType)
  type!: DirectoryObjectType;

  @Field(() => ID)
  objectId!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Users only.' })
  userPrincipalName?: string | null;

  @Field(() => Date, { nullable: true })
  deletedAt?: Date | null;
}

@ObjectType('DirectoryUserConnection', { description: 'A page of directory users, by userPrincipalName.' })
export class DirectoryUserConnection extends connectionOf<DirectoryUserNode>(
  DirectoryUserNode,
  'DirectoryUser',
  'directory user',
) {}

@ObjectType('DirectoryGroupConnection', { description: 'A page of directory groups, by displayName.' })
export class DirectoryGroupConnection extends connectionOf<DirectoryGroupNode>(
  DirectoryGroupNode,
  'DirectoryGroup',
  'directory group',
) {}

@ObjectType('DirectoryMemberConnection', { description: "A page of a group's direct members, by objectId." })
export class DirectoryMemberConnection extends connectionOf<DirectoryMemberNode>(
  DirectoryMemberNode,
  'DirectoryMember',
  'member',
) {}

@InputType({ description: 'A new source directory.' })
export class CreateDirectoryInput {
  @Field(() => String, { description: '2-63 lower-case letters, digits or "-".' })
  slug!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days before soft-deleted objects are purged (default 30).' })
  purgeAfterDays?: number | null;
}

@InputType({ description: 'User attributes to set; left out: kept; null: cleared.' })
export class DirectoryUserInput {
  @Field(() => String, { nullable: true, description: 'Create only; a UUID is made when left out.' })
  objectId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required on create.' })
  userPrincipalName?: string | null;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  mail?: string | null;

  @Field(() => Boolean, { nullable: true })
  accountEnabled?: boolean | null;

  @Field(() => String, { nullable: true, description: "The manager's objectId or userPrincipalName." })
  manager?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Other attributes by name (string values; null removes one).',
  })
  attributes?: Record<string, unknown> | null;
}

@InputType({ description: 'Group attributes to set; left out: kept; null: cleared.' })
export class DirectoryGroupInput {
  @Field(() => String, { nullable: true, description: 'Create only; a UUID is made when left out.' })
  objectId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required on create.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  mailNickname?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

export const toUserNode = (u: DirUser): DirectoryUserNode =>
  Object.assign(new DirectoryUserNode(), {
    objectId: u.objectId,
    userPrincipalName: u.userPrincipalName,
    displayName: u.displayName,
    mail: u.mail,
    accountEnabled: u.accountEnabled,
    managerId: u.managerId,
    attributes: u.attrs,
    deletedAt: u.deletedAt,
    seq: u.seq,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
    directoryId: u.directoryId,
  });

export const toGroupNode = (g: DirGroup): DirectoryGroupNode =>
  Object.assign(new DirectoryGroupNode(), {
    objectId: g.objectId,
    displayName: g.displayName,
    mailNickname: g.mailNickname,
    description: g.description,
    deletedAt: g.deletedAt,
    seq: g.seq,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
    directoryId: g.directoryId,
  });
