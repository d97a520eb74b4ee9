import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GqlContext } from '../graphql/context.js';
import { directoryService, guarded, ownedDirectory, SLUG_ARG } from './directory.api.js';
import type { GroupInput, UserInput } from './directory.service.js';
import {
  DirectoryGroupInput,
  DirectoryGroupNode,
  DirectoryUserInput,
  DirectoryUserNode,
  toGroupNode,
  toUserNode,
} from './directory.types.js';

/** GraphQL nulls of "left out" fields are undefined; explicit nulls (clear it) stay null. */
const defined = <T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

const userInput = (i: DirectoryUserInput): UserInput => {
  const { attributes, accountEnabled, objectId, userPrincipalName, ...rest } = defined(i);
  return {
    ...rest,
    ...(objectId ? { objectId } : {}),
    ...(userPrincipalName !== undefined ? { userPrincipalName: userPrincipalName ?? undefined } : {}),
    ...(typeof accountEnabled === 'boolean' ? { accountEnabled } : {}),
    ...(attributes ? { attributes } : {}),
  };
};

const groupInput = (i: DirectoryGroupInput): GroupInput => {
  const { objectId, displayName, ...rest } = defined(i);
  return { ...rest, ...(objectId ? { objectId } : {}), ...(displayName ? { displayName } : {}) };
};

const OBJECT_ID = () => ID;

/** Edits of directory users, groups and memberships; each change bumps the rows it changes (directory.service.ts). */
@Resolver()
export class DirectoryEditResolver {
  private async run<T>(ctx: GqlContext, slug: string, fn: (id: string) => Promise<T>): Promise<T> {
    const d = await ownedDirectory(ctx, slug);
    return guarded(() => fn(d.id));
  }

  @Mutation(() => DirectoryUserNode)
  async createDirectoryUser(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('input', () => DirectoryUserInput) input: DirectoryUserInput,
  ): Promise<DirectoryUserNode> {
    return toUserNode(await this.run(ctx, slug, (id) => directoryService(ctx).createUser(id, userInput(input))));
  }

  @Mutation(() => DirectoryUserNode, { description: 'Sets the attributes given; unchanged values bump nothing.' })
  async updateDirectoryUser(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
    @Arg('input', () => DirectoryUserInput) input: DirectoryUserInput,
  ): Promise<DirectoryUserNode> {
    return toUserNode(
      await this.run(ctx, slug, (id) => directoryService(ctx).updateUser(id, objectId, userInput(input))),
    );
  }

  @Mutation(() => DirectoryUserNode, { description: 'Soft delete: restorable until purged.' })
  async softDeleteDirectoryUser(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
  ): Promise<DirectoryUserNode> {
    return toUserNode(await this.run(ctx, slug, (id) => directoryService(ctx).softDeleteUser(id, objectId)));
  }

  @Mutation(() => DirectoryUserNode)
  async restoreDirectoryUser(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
  ): Promise<DirectoryUserNode> {
    return toUserNode(await this.run(ctx, slug, (id) => directoryService(ctx).restoreUser(id, objectId)));
  }

  @Mutation(() => Boolean, { description: 'Hard delete: the user and its memberships go; a tombstone stays.' })
  async hardDeleteDirectoryUser(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
  ): Promise<boolean> {
    await this.run(ctx, slug, (id) => directoryService(ctx).hardDeleteUser(id, objectId));
    return true;
  }

  @Mutation(() => DirectoryGroupNode)
  async createDirectoryGroup(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('input', () => DirectoryGroupInput) input: DirectoryGroupInput,
  ): Promise<DirectoryGroupNode> {
    return toGroupNode(await this.run(ctx, slug, (id) => directoryService(ctx).createGroup(id, groupInput(input))));
  }

  @Mutation(() => DirectoryGroupNode)
  async updateDirectoryGroup(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
    @Arg('input', () => DirectoryGroupInput) input: DirectoryGroupInput,
  ): Promise<DirectoryGroupNode> {
    return toGroupNode(
      await this.run(ctx, slug, (id) => directoryService(ctx).updateGroup(id, objectId, groupInput(input))),
    );
  }

  @Mutation(() => DirectoryGroupNode)
  async softDeleteDirectoryGroup(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
  ): Promise<DirectoryGroupNode> {
    return toGroupNode(await this.run(ctx, slug, (id) => directoryService(ctx).softDeleteGroup(id, objectId)));
  }

  @Mutation(() => DirectoryGroupNode)
  async restoreDirectoryGroup(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
  ): Promise<DirectoryGroupNode> {
    return toGroupNode(await this.run(ctx, slug, (id) => directoryService(ctx).restoreGroup(id, objectId)));
  }

  @Mutation(() => Boolean, { description: 'Hard delete: the group and its memberships go; a tombstone stays.' })
  async hardDeleteDirectoryGroup(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
  ): Promise<boolean> {
    await this.run(ctx, slug, (id) => directoryService(ctx).hardDeleteGroup(id, objectId));
    return true;
  }

  @Mutation(() => DirectoryGroupNode, { description: 'Adds direct members (users or groups, by objectId).' })
  async addDirectoryGroupMembers(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
    @Arg('memberIds', () => [ID]) memberIds: string[],
  ): Promise<DirectoryGroupNode> {
    return toGroupNode(await this.run(ctx, slug, (id) => directoryService(ctx).addMembers(id, objectId, memberIds)));
  }

  @Mutation(() => DirectoryGroupNode, { description: 'Removes direct members (by objectId).' })
  async removeDirectoryGroupMembers(
    @Ctx() ctx: GqlContext,
    @Arg('slug', () => String, SLUG_ARG) slug: string,
    @Arg('objectId', OBJECT_ID) objectId: string,
    @Arg('memberIds', () => [ID]) memberIds: string[],
  ): Promise<DirectoryGroupNode> {
    return toGroupNode(await this.run(ctx, slug, (id) => directoryService(ctx).removeMembers(id, objectId, memberIds)));
  }
}
