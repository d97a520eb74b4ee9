import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../graphql/connection.js';
import { SortDirection } from '../graphql/enums.js';
import type { ScimUserRow } from './user.entity.js';

export enum WriterKind {
  IDP = 'idp',
  ADMIN = 'admin',
}
registerEnumType(WriterKind, {
  name: 'WriterKind',
  description: 'Who wrote an attribute last: the IdP over SCIM, or an admin in scimdesk.',
});

export enum UserSortField {
  USER_NAME = 'userName',
  DISPLAY_NAME = 'displayName',
  CREATED = 'created',
  UPDATED = 'updated',
}
registerEnumType(UserSortField, { name: 'UserSortField', description: 'What a user list is sorted by.' });

@ObjectType('AttributeWriter', {
  description: "Who last wrote one attribute (SPEC S8): an admin's change is overwritten by the IdP's next cycle.",
})
export class AttributeWriterNode {
  @Field(() => String, {
    description: 'SCIM attribute path, e.g. `name.givenName` or `urn:...:User:isServiceAccount`.',
  })
  attribute!: string;

  @Field(() => WriterKind)
  by!: WriterKind;

  @Field(() => String, { nullable: true, description: "The admin's userName (or `cli`) when by is ADMIN." })
  admin?: string | null;

  @Field(() => ID, { nullable: true, description: 'The SCIM token the IdP used, when by is IDP.' })
  tokenId?: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType('GroupRef', { description: 'A group a user belongs to.' })
export class GroupRefNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}

@ObjectType('User', {
  description: 'A SCIM user of a tenant, as the admin API shows it (the SCIM resource is `scim`).',
})
export class UserNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  userName!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: 'The primary (else work, else first) email.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "An email change waiting for the user's confirmation." })
  pendingEmail?: string | null;

  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => String, { nullable: true, description: '`power`, `standard` or `admin` under the egnyte rules.' })
  userType?: string | null;

  @Field(() => String, { nullable: true, description: '`sso`, `ad` or `egnyte` (egnyte extension).' })
  authType?: string | null;

  @Field(() => Boolean, { description: 'Service account: no web or app sign-in; exempt from 2FA.' })
  isServiceAccount!: boolean;

  @Field(() => Boolean)
  twoFactorEnabled!: boolean;

  @Field(() => Int, { description: 'The SCIM version (ETag `W/"<version>"`).' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  /** Not in the schema: the row and tenant slug, for the field resolvers. */
  row!: ScimUserRow;
  tenantSlug!: string;
}

@ObjectType('UserConnection', { description: 'A page of users.' })
export class UserConnection extends connectionOf<UserNode>(UserNode, 'User', 'user') {}

@InputType({ description: 'User filters; all given ones must hold.' })
export class UserFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Substring of userName, displayName, given/family name or any email (any case).',
  })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true })
  userType?: string | null;

  @Field(() => String, { nullable: true })
  authType?: string | null;

  @Field(() => Boolean, { nullable: true })
  isServiceAccount?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  twoFactorEnabled?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only members of this group.' })
  groupId?: string | null;
}

@InputType({ description: 'User order; ties are broken by id.' })
export class UserSort {
  @Field(() => UserSortField, { defaultValue: UserSortField.USER_NAME })
  field!: UserSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType({ description: 'Admin-set attributes (SPEC S8); omitted ones are left alone.' })
export class UpdateUserInput {
  @Field(() => Boolean, { nullable: true })
  isServiceAccount?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  twoFactorEnabled?: boolean | null;

  @Field(() => String, { nullable: true, description: '`power` or `standard` under the egnyte rules.' })
  userType?: string | null;
}
