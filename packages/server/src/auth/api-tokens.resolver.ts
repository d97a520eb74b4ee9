import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AdminAccount } from '../admins/admin.entity.js';
import { adminFor, expiryMs } from '../admins/admins.lookup.js';
import { actorOf, asAdmin, inTenant, TENANT_ARG } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { forbidden, notFound } from '../graphql/errors.js';
import { tokenState } from '../tokens/tokens.types.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenNode, CreateApiTokenInput, CreatedApiToken } from './api-tokens.types.js';
import { roleAtLeast } from './memberships.js';

export function toApiTokenNode(t: ApiToken, admin: string, now = new Date()): ApiTokenNode {
  return {
    id: t.id,
    admin,
    description: t.description ?? null,
    createdBy: t.createdBy,
    state: tokenState(t, now),
    createdAt: t.createdAt,
    expiresAt: t.expiresAt ?? null,
    revokedAt: t.revokedAt ?? null,
    lastUsedAt: t.lastUsedAt ?? null,
  };
}

@Resolver()
export class ApiTokensResolver {
  @Query(() => [ApiTokenNode], {
    description: "API tokens of a tenant: the caller's own, or every one for owners. Never their secrets.",
  })
  async apiTokens(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
  ): Promise<ApiTokenNode[]> {
    const { membership } = await inTenant(ctx, tenant, 'viewer');
    const all = roleAtLeast(membership.role, 'owner');
    const tokens = await ctx.em.find(
      ApiToken,
      all ? { tenantId: membership.tenant.id } : { tenantId: membership.tenant.id, adminId: membership.adminId ?? '' },
      { orderBy: { createdAt: 'desc' } },
    );
    const admins = await ctx.em.find(AdminAccount, { id: { $in: [...new Set(tokens.map((t) => t.adminId))] } });
    const names = new Map(admins.map((a) => [a.id, a.userName]));
    return tokens.map((t) => toApiTokenNode(t, names.get(t.adminId) ?? '?'));
  }

  @Mutation(() => CreatedApiToken, {
    description: 'Creates an API token acting as an admin account (own: admins; another admin: owners).',
  })
  async createApiToken(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('input', () => CreateApiTokenInput, { nullable: true }) input?: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    const access = await inTenant(ctx, tenant, 'admin');
    const expiresInMs = expiryMs(input?.expiresInDays);
    const admin = await adminFor(ctx, access, input?.adminUserName);
    if (admin.id !== access.membership.adminId && !roleAtLeast(access.membership.role, 'owner'))
      throw forbidden('Only owners create API tokens for other admins');
    const out = await asAdmin(ctx, access, 'createApiToken', async (scim) => {
      const made = await ctx.services.apiTokens.create(ctx.em, admin, {
        expiresInMs,
        description: input?.description,
        createdBy: actorOf(access.principal),
      });
      scim.audit.targetId = made.token.id;
      scim.audit.targetName = `API token of ${admin.userName}`;
      scim.audit.modified = [
        { attribute: 'apiToken', old: null, new: { admin: admin.userName, expiresAt: made.token.expiresAt } },
      ];
      return made;
    });
    return { token: toApiTokenNode(out.token, admin.userName), secret: out.secret };
  }

  @Mutation(() => ApiTokenNode, { description: "Revokes an API token (one's own: admins; any: owners)." })
  async revokeApiToken(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('id', () => ID) id: string,
  ): Promise<ApiTokenNode> {
    const access = await inTenant(ctx, tenant, 'admin');
    const token = await ctx.em.findOne(ApiToken, { id, tenantId: access.membership.tenant.id });
    const mayRevoke =
      token && (token.adminId === access.membership.adminId || roleAtLeast(access.membership.role, 'owner'));
    if (!token || !mayRevoke) throw notFound(`API token ${id}`);
    await asAdmin(ctx, access, 'revokeApiToken', async (scim) => {
      await ctx.services.apiTokens.revoke(ctx.em, token.id, token.tenantId);
      scim.audit.targetId = token.id;
      scim.audit.targetName = 'API token';
      scim.audit.modified = [{ attribute: 'revokedAt', old: null, new: token.revokedAt }];
    });
    const admin = await ctx.em.findOne(AdminAccount, { id: token.adminId });
    return toApiTokenNode(token, admin?.userName ?? '?');
  }
}
