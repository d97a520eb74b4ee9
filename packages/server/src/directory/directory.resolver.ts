import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { platformOwner } from '../graphql/access.js';
import { pageSize, toConnection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { notFound } from '../graphql/errors.js';
import { directoryService, guarded, ownedDirectory, SLUG_ARG, toDirectoryNode } from './directory.api.js';
import { DESCENDING_ARG, DirectoryOrder, ENABLED_ARG, ONLY_DELETED_ARG, ORDER_ARG } from './directory.list-args.js';
import { pageDirectoryGroups, pageDirectoryMembers, pageDirectoryUsers } from './directory.query.js';
import {
  CreateDirectoryInput,
  DirectoryGroupConnection,
  DirectoryGroupNode,
  DirectoryMemberConnection,
  type DirectoryMemberNode,
  DirectoryNode,
  DirectoryObjectType,
  DirectoryUserConnection,
  DirectoryUserNode,
  toGroupNode,
  toUserNode,
} from './directory.types.js';

const FIRST = { nullable: true, description: 'Page size, at most 200 (default 50).' };
const SEARCH = { nullable: true, description: 'Substring of the name (any case).' };
const DELETED = { nullable: true, description: 'Include soft-deleted objects (default false).' };

/** Source directories (SPEC E1): platform owners only. */
@Resolver(() => DirectoryNode)
export class DirectoryResolver {
  @Query(() => [DirectoryNode], { description: 'Every source directory (platform owners only).' })
  async directories(@Ctx() ctx: GqlContext): Promise<DirectoryNode[]> {
    await platformOwner(ctx, 'source directories');
    return (await directoryService(ctx).list()).map(toDirectoryNode);
  }

  @Query(() => DirectoryNode, { description: 'One source directory by slug.' })
  async directory(@Ctx() ctx: GqlContext, @Arg('slug', () => String, SLUG_ARG) slug: string): Promise<DirectoryNode> {
    return toDirectoryNode(await ownedDirectory(ctx, slug));
  }

  @Query(() => DirectoryUserNode, { description: 'One directory user by objectId (soft-deleted ones too).' })
  async directoryUser(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', () => ID) objectId: string,
  ): Promise<DirectoryUserNode> {
    const d = await ownedDirectory(ctx, slug);
    const u = await directoryService(ctx).getUser(d.id, objectId);
    if (!u) throw notFound(`Directory user ${objectId}`);
    return toUserNode(u);
  }

  @Query(() => DirectoryGroupNode, { description: 'One directory group by objectId (soft-deleted ones too).' })
  async directoryGroup(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', () => ID) objectId: string,
  ): Promise<DirectoryGroupNode> {
    const d = await ownedDirectory(ctx, slug);
    const g = await directoryService(ctx).getGroup(d.id, objectId);
    if (!g) throw notFound(`Directory group ${objectId}`);
    return toGroupNode(g);
  }

  @Mutation(() => DirectoryNode, { description: 'Creates a source directory (platform owners only).' })
  async createDirectory(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateDirectoryInput) input: CreateDirectoryInput,
  ): Promise<DirectoryNode> {
    await platformOwner(ctx, 'source directories');
    const d = await guarded(() =>
      directoryService(ctx).createDirectory({
        slug: input.slug,
        name: input.name ?? undefined,
        purgeAfterDays: input.purgeAfterDays ?? undefined,
      }),
    );
    return toDirectoryNode(d);
  }

  @FieldResolver(() => DirectoryUserConnection, {
    description: 'Users by userPrincipalName, one keyset page at a time.',
  })
  async users(
    @Ctx() ctx: GqlContext,
    @Root() d: DirectoryNode,
    @Arg('first', () => Int, FIRST) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('search', () => String, SEARCH) search?: string,
    @Arg('includeDeleted', () => Boolean, DELETED) includeDeleted?: boolean,
    @Arg('onlyDeleted', () => Boolean, ONLY_DELETED_ARG) onlyDeleted?: boolean,
    @Arg('accountEnabled', () => Boolean, ENABLED_ARG) accountEnabled?: boolean,
    @Arg('orderBy', () => DirectoryOrder, ORDER_ARG) orderBy?: DirectoryOrder,
    @Arg('descending', () => Boolean, DESCENDING_ARG) descending?: boolean,
  ): Promise<DirectoryUserConnection> {
    const { page, count } = await pageDirectoryUsers(
      ctx.services.sql,
      d.id,
      {
        search,
        includeDeleted,
        onlyDeleted,
        accountEnabled,
        order: orderBy ?? DirectoryOrder.NAME,
        descending: !!descending,
      },
      pageSize(first),
      after,
    );
    return toConnection(new DirectoryUserConnection(), { ...page, nodes: page.nodes.map(toUserNode) }, count);
  }

  @FieldResolver(() => DirectoryGroupConnection, { description: 'Groups by displayName, one keyset page at a time.' })
  async groups(
    @Ctx() ctx: GqlContext,
    @Root() d: DirectoryNode,
    @Arg('first', () => Int, FIRST) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('search', () => String, SEARCH) search?: string,
    @Arg('includeDeleted', () => Boolean, DELETED) includeDeleted?: boolean,
    @Arg('onlyDeleted', () => Boolean, ONLY_DELETED_ARG) onlyDeleted?: boolean,
    @Arg('orderBy', () => DirectoryOrder, ORDER_ARG) orderBy?: DirectoryOrder,
    @Arg('descending', () => Boolean, DESCENDING_ARG) descending?: boolean,
  ): Promise<DirectoryGroupConnection> {
    const { page, count } = await pageDirectoryGroups(
      ctx.services.sql,
      d.id,
      { search, includeDeleted, onlyDeleted, order: orderBy ?? DirectoryOrder.NAME, descending: !!descending },
      pageSize(first),
      after,
    );
    return toConnection(new DirectoryGroupConnection(), { ...page, nodes: page.nodes.map(toGroupNode) }, count);
  }
}

@Resolver(() => DirectoryUserNode)
export class DirectoryUserFieldsResolver {
  @FieldResolver(() => DirectoryUserNode, { nullable: true, description: 'The manager (null when none).' })
  async manager(@Ctx() ctx: GqlContext, @Root() u: DirectoryUserNode): Promise<DirectoryUserNode | null> {
    if (!u.managerId) return null;
    const m = await directoryService(ctx).getUser(u.directoryId, u.managerId);
    return m ? toUserNode(m) : null;
  }

  @FieldResolver(() => [DirectoryGroupNode], { description: 'The groups this user is a direct member of.' })
  async groups(@Ctx() ctx: GqlContext, @Root() u: DirectoryUserNode): Promise<DirectoryGroupNode[]> {
    return (await directoryService(ctx).groupsOf(u.directoryId, u.objectId, 'user')).map(toGroupNode);
  }
}

@Resolver(() => DirectoryGroupNode)
export class DirectoryGroupFieldsResolver {
  @FieldResolver(() => DirectoryMemberConnection, { description: 'Direct members (users and groups), by objectId.' })
  async members(
    @Ctx() ctx: GqlContext,
    @Root() g: DirectoryGroupNode,
    @Arg('first', () => Int, FIRST) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<DirectoryMemberConnection> {
    const { page, count } = await pageDirectoryMembers(
      ctx.services.sql,
      g.directoryId,
      g.objectId,
      pageSize(first),
      after,
    );
    const nodes = page.nodes.map(
      (m): DirectoryMemberNode => ({
        ...m,
        type: m.type === 'user' ? DirectoryObjectType.USER : DirectoryObjectType.GROUP,
      }),
    );
    return toConnection(new DirectoryMemberConnection(), { ...page, nodes }, count);
  }

  @FieldResolver(() => [DirectoryGroupNode], { description: 'The groups this group is nested in (directly).' })
  async memberOf(@Ctx() ctx: GqlContext, @Root() g: DirectoryGroupNode): Promise<DirectoryGroupNode[]> {
    return (await directoryService(ctx).groupsOf(g.directoryId, g.objectId, 'group')).map(toGroupNode);
  }
}
