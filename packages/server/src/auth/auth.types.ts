import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../graphql/enums.js';
import { TenantNode } from '../tenants/tenants.types.js';

export enum AuthMethod {
  SESSION = 'session',
  API_TOKEN = 'apiToken',
}
registerEnumType(AuthMethod, {
  name: 'AuthMethod',
  description: 'How the caller authenticated: a dashboard session cookie or a personal API token.',
});

@ObjectType('Membership', { description: 'A tenant the caller may act in, and the role there.' })
export class MembershipNode {
  @Field(() => TenantNode)
  tenant!: TenantNode;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description: "The caller's admin account in this tenant (null for a platform owner without one).",
  })
  adminId?: string | null;
}

@ObjectType('Me', { description: 'The signed-in admin (or the admin account behind an API token).' })
export class MeNode {
  @Field(() => String)
  userName!: string;

  @Field(() => Boolean, { description: 'Owner of every tenant; may create tenants.' })
  platformOwner!: boolean;

  @Field(() => AuthMethod)
  authMethod!: AuthMethod;

  @Field(() => Date, { nullable: true, description: 'When the session ends (sessions only).' })
  sessionExpiresAt?: Date | null;

  @Field(() => [MembershipNode], { description: 'The tenant switcher: every tenant the caller may act in.' })
  memberships!: MembershipNode[];
}

@ObjectType('SignInResult', { description: 'A new dashboard session (its id is in an httpOnly cookie).' })
export class SignInResult {
  @Field(() => MeNode)
  me!: MeNode;

  @Field(() => String, {
    description: 'Echo this in the `x-csrf-token` header of every mutation (also in the `scimdesk_csrf` cookie).',
  })
  csrfToken!: string;
}
