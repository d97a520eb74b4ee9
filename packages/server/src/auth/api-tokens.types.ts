import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TokenState } from '../tokens/tokens.types.js';

@ObjectType('ApiToken', {
  description: 'A personal API token for scripts (`Authorization: Bearer sdp_...`), bound to one admin account.',
})
export class ApiTokenNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The admin account it acts as (and so its tenant and role).' })
  admin!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'Who made it: `admin:<userName>` or `cli`.' })
  createdBy!: string;

  @Field(() => TokenState)
  state!: TokenState;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt?: Date | null;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, {
    nullable: true,
    description: 'The admin it acts as (default: the caller; others: owners only).',
  })
  adminUserName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days until it expires (default: never).' })
  expiresInDays?: number | null;
}

@ObjectType('CreatedApiToken', { description: 'A new API token: the secret is shown this once.' })
export class CreatedApiToken {
  @Field(() => ApiTokenNode)
  token!: ApiTokenNode;

  @Field(() => String)
  secret!: string;
}
