import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { adminFor, expiryMs } from '../admins/admins.lookup.js';
import type { AdminState } from '../admins/admins.types.js';
import { asAdmin, inTenant, TENANT_ARG } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { notFound } from '../graphql/errors.js';
import { ScimToken } from './token.entity.js';
import { type TokenInfo, tokenInfos } from './tokens.query.js';
import { CreatedScimToken, CreateScimTokenInput, ScimTokenNode, tokenState } from './tokens.types.js';

export const SCIM_MANAGED_OWNER =
  'The owner is provisioned by the IdP: when the IdP deactivates or deletes it, this token stops working. Use a service account as owner.';

export function toScimTokenNode(t: TokenInfo, now = new Date()): ScimTokenNode {
  return {
    id: t.id,
    description: t.description,
    owner: t.ownerUserName,
    state: tokenState(t, now, t.ownerInactive),
    ownerState: t.ownerState as AdminState,
    ownerWarning: t.ownerScimManaged ? SCIM_MANAGED_OWNER : null,
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    revokedAt: t.revokedAt,
    lastUsedAt: t.lastUsedAt,
  };
}

@Resolver()
export class ScimTokensResolver {
  @Query(() => [ScimTokenNode], { description: "A tenant's SCIM tokens, newest first (never their secrets)." })
  async scimTokens(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
  ): Promise<ScimTokenNode[]> {
    const { membership } = await inTenant(ctx, tenant, 'viewer');
    return (await tokenInfos(ctx.em, membership.tenant.id)).map((t) => toScimTokenNode(t));
  }

  @Mutation(() => CreatedScimToken, { description: 'Creates a SCIM token; the secret is returned this once.' })
  async createScimToken(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('input', () => CreateScimTokenInput, { nullable: true }) input?: CreateScimTokenInput,
  ): Promise<CreatedScimToken> {
    const access = await inTenant(ctx, tenant, 'admin');
    const expiresInMs = expiryMs(input?.expiresInDays);
    const owner = await adminFor(ctx, access, input?.ownerUserName);
    const created = await asAdmin(ctx, access, 'createScimToken', async (scim) => {
      const out = await ctx.services.tokens.create(ctx.em, access.membership.tenant, owner, {
        expiresInMs,
        description: input?.description ?? undefined,
      });
      scim.audit.targetId = out.token.id;
      scim.audit.targetName = `SCIM token of ${owner.userName}`;
      scim.audit.modified = [
        { attribute: 'scimToken', old: null, new: { owner: owner.userName, expiresAt: out.token.expiresAt } },
      ];
      return out;
    });
    const [info] = await tokenInfos(ctx.em, access.membership.tenant.id, created.token.id);
    return { token: toScimTokenNode(info), secret: created.secret, tenantUrl: `${ctx.origin}/scim/v2/${tenant}` };
  }

  @Mutation(() => ScimTokenNode, { description: 'Revokes a SCIM token at once (on every replica).' })
  async revokeScimToken(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('id', () => ID) id: string,
  ): Promise<ScimTokenNode> {
    const access = await inTenant(ctx, tenant, 'admin');
    const tenantId = access.membership.tenant.id;
    const token = await ctx.em.findOne(ScimToken, { id, tenantId });
    if (!token) throw notFound(`SCIM token ${id}`);
    await asAdmin(ctx, access, 'revokeScimToken', async (scim) => {
      await ctx.services.tokens.revoke(ctx.em, token.id);
      scim.audit.targetId = token.id;
      scim.audit.targetName = 'SCIM token';
      scim.audit.modified = [{ attribute: 'revokedAt', old: null, new: token.revokedAt }];
    });
    const [info] = await tokenInfos(ctx.em, tenantId, id);
    return toScimTokenNode(info);
  }
}
