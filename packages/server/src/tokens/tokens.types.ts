import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminState } from '../admins/admins.types.js';

export enum TokenState {
  ACTIVE = 'active',
  EXPIRED = 'expired',
  REVOKED = 'revoked',
  OWNER_INACTIVE = 'ownerInactive',
}
registerEnumType(TokenState, {
  name: 'TokenState',
  description: 'Whether a token works; OWNER_INACTIVE: its owner was deactivated or deleted (SPEC S2).',
});

/** Whether a token (SCIM or API) works at `now`: revoked, then expired, then an inactive owner. */
export function tokenState(
  t: { revokedAt?: Date | null; expiresAt?: Date | null },
  now: Date,
  ownerInactive = false,
): TokenState {
  if (t.revokedAt) return TokenState.REVOKED;
  if (t.expiresAt && t.expiresAt <= now) return TokenState.EXPIRED;
  return ownerInactive ? TokenState.OWNER_INACTIVE : TokenState.ACTIVE;
}

@ObjectType('ScimToken', { description: "A tenant's SCIM secret token (SPEC S2). The secret is never shown again." })
export class ScimTokenNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "The owner admin's userName (null when the account is gone)." })
  owner?: string | null;

  @Field(() => TokenState)
  state!: TokenState;

  @Field(() => AdminState, {
    description:
      "The owner's account: DEACTIVATED or DELETED (its user, or the account itself) makes the token answer 401.",
  })
  ownerState!: AdminState;

  @Field(() => String, {
    nullable: true,
    description: 'Set when the owner is a SCIM-managed account: the IdP can deactivate it and break provisioning.',
  })
  ownerWarning?: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last use (recorded at most once a minute).' })
  lastUsedAt?: Date | null;
}

@InputType({ description: 'A new SCIM token.' })
export class CreateScimTokenInput {
  @Field(() => String, {
    nullable: true,
    description: "The admin who owns it (default: the caller). A service account is the article's advice.",
  })
  ownerUserName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days until it expires (default: never).' })
  expiresInDays?: number | null;
}

@ObjectType('CreatedScimToken', { description: 'A new SCIM token: the secret is shown this once.' })
export class CreatedScimToken {
  @Field(() => ScimTokenNode)
  token!: ScimTokenNode;

  @Field(() => String, { description: 'The secret token for the IdP.' })
  secret!: string;

  @Field(() => String, { description: 'The tenant URL for the IdP.' })
  tenantUrl!: string;
}
