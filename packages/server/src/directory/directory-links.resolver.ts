import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { platformOwner } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { DirectoryObjectLinkNode, linksOf } from './directory.links.js';
import { DirectoryGroupNode, DirectoryUserNode } from './directory.types.js';

const DESCRIPTION =
  "The apps that processed this object, by app name: its target id, state there and the app's last action.";

@Resolver(() => DirectoryUserNode)
export class DirectoryUserLinksResolver {
  @FieldResolver(() => [DirectoryObjectLinkNode], { description: DESCRIPTION })
  async provisioning(@Ctx() ctx: GqlContext, @Root() u: DirectoryUserNode): Promise<DirectoryObjectLinkNode[]> {
    await platformOwner(ctx, 'source directories');
    return linksOf(ctx.services.sql, u.directoryId, 'user', u.objectId);
  }
}

@Resolver(() => DirectoryGroupNode)
export class DirectoryGroupLinksResolver {
  @FieldResolver(() => [DirectoryObjectLinkNode], { description: DESCRIPTION })
  async provisioning(@Ctx() ctx: GqlContext, @Root() g: DirectoryGroupNode): Promise<DirectoryObjectLinkNode[]> {
    await platformOwner(ctx, 'source directories');
    return linksOf(ctx.services.sql, g.directoryId, 'group', g.objectId);
  }
}
