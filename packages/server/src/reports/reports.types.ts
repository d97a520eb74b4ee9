import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType('CountBy', { description: 'How many users have one value of an attribute (null: not set).' })
export class CountBy {
  @Field(() => String, { nullable: true })
  value?: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TwoFactorCoverage', {
  description: 'Two-factor authentication among active people (service accounts are exempt).',
})
export class TwoFactorCoverage {
  @Field(() => Int, { description: 'Active users that are not service accounts.' })
  eligible!: number;

  @Field(() => Int)
  enabled!: number;

  @Field(() => Float, { description: 'enabled / eligible, 0..1 (1 when nobody is eligible).' })
  ratio!: number;
}

@ObjectType('DayCount', { description: 'Provisioning events of one UTC day.' })
export class DayCount {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC).' })
  day!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Events with status >= 400.' })
  failed!: number;
}

@ObjectType('FailureCount', { description: 'Failed events of one kind (HTTP status and SCIM error type).' })
export class FailureCount {
  @Field(() => Int)
  status!: number;

  @Field(() => String, { nullable: true })
  scimType?: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RefusedCount', {
  description: 'SCIM requests refused before they reached the tenant (no valid token), of one UTC day and reason.',
})
export class RefusedCount {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC).' })
  day!: string;

  @Field(() => String, {
    description: 'missing, malformed, unknown, wrong-tenant, revoked, expired or owner-inactive.',
  })
  reason!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TenantReport', { description: 'Counts for dashboards and scripts (SPEC G1).' })
export class TenantReport {
  @Field(() => Int)
  users!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  inactive!: number;

  @Field(() => [CountBy])
  byUserType!: CountBy[];

  @Field(() => [CountBy])
  byAuthType!: CountBy[];

  @Field(() => Int)
  serviceAccounts!: number;

  @Field(() => TwoFactorCoverage)
  twoFactor!: TwoFactorCoverage;

  /** Not in the schema: for the event field resolvers. */
  tenantId!: string;
}

export enum HealthCode {
  NO_BREAK_GLASS_ADMIN = 'NO_BREAK_GLASS_ADMIN',
  TOKEN_OWNER_SCIM_MANAGED = 'TOKEN_OWNER_SCIM_MANAGED',
  TOKEN_EXPIRING = 'TOKEN_EXPIRING',
  HIGH_FAILURE_RATE = 'HIGH_FAILURE_RATE',
  /** A SCIM token stopped working because its owner was deactivated or deleted (SPEC S2). */
  TOKEN_OWNER_INACTIVE = 'TOKEN_OWNER_INACTIVE',
}
registerEnumType(HealthCode, { name: 'HealthCode', description: 'Kinds of health warning (SPEC S9).' });

@ObjectType('HealthWarning', { description: 'Something an admin should fix before provisioning breaks (SPEC S9).' })
export class HealthWarning {
  @Field(() => HealthCode)
  code!: HealthCode;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: 'The SCIM token concerned, if any.' })
  tokenId?: string | null;
}
