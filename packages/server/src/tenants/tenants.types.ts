import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role, RuleSetKind } from '../graphql/enums.js';

@ObjectType('Tenant', { description: 'A tenant ("domain"): its own SCIM URL, tokens, users and groups (SPEC S1).' })
export class TenantNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'URL name, e.g. `acmeusw`; every tenant-scoped field takes it as `tenant`.' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RuleSetKind)
  rules!: RuleSetKind;

  @Field(() => Boolean, { description: 'SSO on: new users default to authType `sso`.' })
  ssoEnabled!: boolean;

  @Field(() => String, { description: 'The tenant URL to give the IdP (`<base>/scim/v2/<slug>`).' })
  scimUrl!: string;

  @Field(() => Role, { description: "The caller's role here." })
  role!: Role;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType({ description: 'A new tenant (platform owners only).' })
export class CreateTenantInput {
  @Field(() => String, { description: '2-63 lower-case letters, digits or "-".' })
  slug!: string;

  @Field(() => String, { nullable: true, description: 'Display name; defaults to the slug.' })
  name?: string;

  @Field(() => RuleSetKind, { nullable: true, defaultValue: RuleSetKind.EGNYTE })
  rules?: RuleSetKind;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  ssoEnabled?: boolean;
}
