import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { eventsConnection } from '../events/events.resolver.js';
import { EventConnection } from '../events/events.types.js';
import { asAdmin, inTenant, TENANT_ARG } from '../graphql/access.js';
import { pageSize, toConnection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { SortDirection } from '../graphql/enums.js';
import { notFound } from '../graphql/errors.js';
import { dialectFor } from '../scim/sql/dialect.js';
import { userToResource } from './user.mapper.js';
import { confirmPendingEmail, renameUser, updateUserFlags } from './users.admin.js';
import { lastWritersOf, toUserNode } from './users.mapper.js';
import { pageUsers } from './users.query.js';
import {
  AttributeWriterNode,
  GroupRefNode,
  UpdateUserInput,
  UserConnection,
  UserFilter,
  UserNode,
  UserSort,
  UserSortField,
} from './users.types.js';

@Resolver()
export class UsersResolver {
  @Query(() => UserConnection, { description: "A tenant's users: filtered, sorted, one keyset page at a time." })
  async users(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 200 (default 50).' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('sort', () => UserSort, { nullable: true }) sort?: UserSort,
  ): Promise<UserConnection> {
    const { membership } = await inTenant(ctx, tenant, 'viewer');
    const size = pageSize(first);
    const { page, count } = await pageUsers(
      ctx.em,
      dialectFor(ctx.services.db.kind),
      membership.tenant.id,
      filter ?? {},
      { key: sort?.field ?? UserSortField.USER_NAME, desc: sort?.direction === SortDirection.DESC },
      size,
      after,
    );
    const nodes = page.nodes.map((r) => toUserNode(r, tenant));
    return toConnection(new UserConnection(), { ...page, nodes }, count);
  }

  @Query(() => UserNode, { description: 'One user by id; NOT_FOUND when it is not in this tenant.' })
  async user(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('id', () => ID) id: string,
  ): Promise<UserNode> {
    const access = await inTenant(ctx, tenant, 'viewer');
    const row = await ctx.services.users.findRow(access.membership.tenant.id, id);
    if (!row) throw notFound(`User ${id}`);
    return toUserNode(row, tenant);
  }

  @Mutation(() => UserNode, {
    description:
      'Sets admin-owned attributes (service account, 2FA, userType) through the SCIM rules, as writer admin.',
  })
  async updateUser(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ): Promise<UserNode> {
    const access = await inTenant(ctx, tenant, 'admin');
    const row = await asAdmin(ctx, access, `updateUser /Users/${id}`, (scim) => updateUserFlags(ctx, scim, id, input));
    return toUserNode(row, tenant);
  }

  @Mutation(() => UserNode, {
    description: 'Changes a userName: under the egnyte rules only an admin may (SCIM gets 400 mutability).',
  })
  async renameUser(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('id', () => ID) id: string,
    @Arg('userName', () => String) userName: string,
  ): Promise<UserNode> {
    const access = await inTenant(ctx, tenant, 'admin');
    const row = await asAdmin(ctx, access, `renameUser /Users/${id}`, (scim) => renameUser(ctx, scim, id, userName));
    return toUserNode(row, tenant);
  }

  @Mutation(() => UserNode, { description: "Applies a user's pending email change (egnyte rules)." })
  async confirmPendingEmail(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('id', () => ID) id: string,
  ): Promise<UserNode> {
    const access = await inTenant(ctx, tenant, 'admin');
    const row = await asAdmin(ctx, access, `confirmPendingEmail /Users/${id}`, (scim) =>
      confirmPendingEmail(ctx, scim, id),
    );
    return toUserNode(row, tenant);
  }
}

@Resolver(() => UserNode)
export class UserFieldsResolver {
  @FieldResolver(() => [GroupRefNode], { description: 'Groups the user is a member of (batched per request).' })
  async groups(@Ctx() ctx: GqlContext, @Root() user: UserNode): Promise<GroupRefNode[]> {
    const refs = await ctx.loaders.groupsOfUser.load(user.id);
    return refs.map((g) => ({ id: g.value, displayName: g.display }));
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The SCIM resource exactly as a SCIM GET returns it.' })
  async scim(@Ctx() ctx: GqlContext, @Root() user: UserNode): Promise<Record<string, unknown>> {
    const groups = await ctx.loaders.groupsOfUser.load(user.id);
    return userToResource(user.row, `${ctx.origin}/scim/v2/${user.tenantSlug}`, groups);
  }

  @FieldResolver(() => [AttributeWriterNode], { description: 'Who last wrote each attribute (SPEC S8).' })
  lastWriters(@Root() user: UserNode): AttributeWriterNode[] {
    return lastWritersOf(user.row);
  }

  @FieldResolver(() => EventConnection, { description: "The user's provisioning events, newest first." })
  async history(
    @Ctx() ctx: GqlContext,
    @Root() user: UserNode,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<EventConnection> {
    return eventsConnection(ctx, user.row.tenantId, { targetId: user.id }, first, after);
  }
}
