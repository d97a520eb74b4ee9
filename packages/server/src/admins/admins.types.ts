import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../graphql/enums.js';

export enum AdminState {
  ACTIVE = 'active',
  DEACTIVATED = 'deactivated',
  DELETED = 'deleted',
}
registerEnumType(AdminState, {
  name: 'AdminState',
  description:
    'Whether an admin account can act (SPEC S2): DEACTIVATED (its tied user is inactive) or DELETED (the user or the account is gone) cannot sign in, and their SCIM tokens stop working.',
});

@ObjectType('Admin', {
  description: "An admin account of a tenant (tied to the tenant's user with the same userName).",
})
export class AdminNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  userName!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Role)
  role!: Role;

  @Field(() => Boolean, { description: 'Owner of every tenant (the first admin of the install).' })
  platformOwner!: boolean;

  @Field(() => ID, { nullable: true, description: 'The tied SCIM user.' })
  userId?: string | null;

  @Field(() => AdminState, { description: 'Only an ACTIVE account signs in and owns working tokens.' })
  state!: AdminState;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType({ description: 'A new admin account (owners of the tenant only).' })
export class CreateAdminInput {
  @Field(() => String)
  userName!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Role, { defaultValue: Role.ADMIN })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'At least 12 characters; generated (and returned once) when omitted.',
  })
  password?: string | null;
}

@ObjectType('CreatedAdmin', { description: 'A new admin; the generated password is shown this once.' })
export class CreatedAdmin {
  @Field(() => AdminNode)
  admin!: AdminNode;

  @Field(() => String, { nullable: true })
  generatedPassword?: string | null;
}
