import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { inTenant, TENANT_ARG } from '../graphql/access.js';
import { pageSize, toConnection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { notFound } from '../graphql/errors.js';
import { toUserNode } from '../users/users.mapper.js';
import { UserConnection } from '../users/users.types.js';
import { ScimGroupRow } from './group.entity.js';
import { groupToResource } from './group.mapper.js';
import { pageGroups, pageMembers } from './groups.query.js';
import { GroupConnection, GroupNode } from './groups.types.js';

const toGroupNode = (row: ScimGroupRow, tenantSlug: string): GroupNode => ({
  id: row.id,
  displayName: row.displayName,
  externalId: row.externalId ?? null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  row,
  tenantSlug,
});

@Resolver(() => GroupNode)
export class GroupsResolver {
  @Query(() => GroupConnection, { description: "A tenant's groups by displayName." })
  async groups(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 200 (default 50).' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('search', () => String, { nullable: true, description: 'Substring of displayName (any case).' })
    search?: string,
  ): Promise<GroupConnection> {
    const { membership } = await inTenant(ctx, tenant, 'viewer');
    const { page, count } = await pageGroups(ctx.em, membership.tenant.id, search, pageSize(first), after);
    return toConnection(
      new GroupConnection(),
      { ...page, nodes: page.nodes.map((g) => toGroupNode(g, tenant)) },
      count,
    );
  }

  @Query(() => GroupNode, { description: 'One group by id; NOT_FOUND when it is not in this tenant.' })
  async group(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('id', () => ID) id: string,
  ): Promise<GroupNode> {
    const { membership } = await inTenant(ctx, tenant, 'viewer');
    const row = await ctx.em.findOne(
      ScimGroupRow,
      { id, tenantId: membership.tenant.id },
      { disableIdentityMap: true },
    );
    if (!row) throw notFound(`Group ${id}`);
    return toGroupNode(row, tenant);
  }

  @FieldResolver(() => UserConnection, { description: 'User members by userName (nested groups are not listed).' })
  async members(
    @Ctx() ctx: GqlContext,
    @Root() group: GroupNode,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<UserConnection> {
    const { page, count } = await pageMembers(ctx.em, group.row.tenantId, group.id, pageSize(first), after);
    const nodes = page.nodes.map((u) => toUserNode(u, group.tenantSlug));
    return toConnection(new UserConnection(), { ...page, nodes }, count);
  }

  @FieldResolver(() => Int, {
    description: 'How many users are members (one grouped query for a whole page of groups).',
  })
  memberCount(@Ctx() ctx: GqlContext, @Root() group: GroupNode): Promise<number> {
    return ctx.loaders.userMemberCount.load(group.id);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The SCIM resource without members (see `members`).' })
  scim(@Ctx() ctx: GqlContext, @Root() group: GroupNode): Record<string, unknown> {
    return groupToResource(group.row, `${ctx.origin}/scim/v2/${group.tenantSlug}`);
  }
}
