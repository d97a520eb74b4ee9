import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { inTenant, signedIn } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';
import { asActor } from '../scim/actor.js';
import { createTenant } from './tenant.service.js';
import { toTenantNode } from './tenants.mapper.js';
import { CreateTenantInput, TenantNode } from './tenants.types.js';

@Resolver(() => TenantNode)
export class TenantsResolver {
  @Query(() => [TenantNode], { description: 'The tenants the caller may see (all of them for a platform owner).' })
  async tenants(@Ctx() ctx: GqlContext): Promise<TenantNode[]> {
    const p = await signedIn(ctx);
    return p.memberships.map((m) => toTenantNode(m, ctx.origin));
  }

  @Query(() => TenantNode, { description: 'One tenant by slug; NOT_FOUND when the caller has no part in it.' })
  async tenant(@Ctx() ctx: GqlContext, @Arg('slug', () => String) slug: string): Promise<TenantNode> {
    const { membership } = await inTenant(ctx, slug, 'viewer');
    return toTenantNode(membership, ctx.origin);
  }

  @Mutation(() => TenantNode, { description: 'Creates a tenant (platform owners only; they own every tenant).' })
  async createTenant(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateTenantInput) input: CreateTenantInput,
  ): Promise<TenantNode> {
    const p = await signedIn(ctx);
    if (!p.platformOwner) throw forbidden('Only a platform owner creates tenants');
    const tenant = await createTenant(ctx.em, {
      slug: input.slug,
      name: input.name,
      rules: input.rules,
      ssoEnabled: input.ssoEnabled ?? false,
    });
    await asActor(
      ctx.services,
      ctx.em,
      tenant,
      `admin:${p.userName}`,
      { method: 'GRAPHQL', path: 'createTenant', writer: 'admin' },
      async (scim) => {
        scim.audit.targetId = tenant.id;
        scim.audit.targetName = tenant.slug;
        scim.audit.modified = [
          { attribute: 'tenant', old: null, new: { slug: tenant.slug, rules: tenant.rules, sso: tenant.ssoEnabled } },
        ];
      },
    );
    return toTenantNode({ tenant, role: 'owner', adminId: null, adminUserName: null }, ctx.origin);
  }
}
