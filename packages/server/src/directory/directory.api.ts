import { platformOwner } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { ApiError } from '../graphql/errors.js';
import { DirectoryError, type DirectoryErrorCode } from './directory.errors.js';
import { type DirectoryInfo, DirectoryService } from './directory.service.js';
import type { DirectoryNode } from './directory.types.js';

/** What the GraphQL door shares: access, the service, and the one translation of DirectoryErrors. */

const CODE: Record<DirectoryErrorCode, ApiError['code']> = {
  INVALID_SLUG: 'BAD_USER_INPUT',
  INVALID_VALUE: 'BAD_USER_INPUT',
  MEMBERSHIP_CYCLE: 'BAD_USER_INPUT',
  NOT_DELETED: 'BAD_USER_INPUT',
  DIRECTORY_READ_ONLY: 'BAD_USER_INPUT',
  DIRECTORY_EXISTS: 'CONFLICT',
  UPN_TAKEN: 'CONFLICT',
  OBJECT_ID_TAKEN: 'CONFLICT',
  DIRECTORY_NOT_FOUND: 'NOT_FOUND',
  USER_NOT_FOUND: 'NOT_FOUND',
  GROUP_NOT_FOUND: 'NOT_FOUND',
  MEMBER_NOT_FOUND: 'NOT_FOUND',
};

/** A DirectoryError as the API's error: its code mapped, its own code and field in `extensions`. */
export function apiErrorOf(err: unknown): unknown {
  if (!(err instanceof DirectoryError)) return err;
  return new ApiError(CODE[err.code], err.message, {
    directoryCode: err.code,
    ...(err.field ? { field: err.field } : {}),
  });
}

export async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw apiErrorOf(err);
  }
}

export const directoryService = (ctx: GqlContext) => new DirectoryService(ctx.services.sql);

/** A directory by slug, for a platform owner (everyone else: FORBIDDEN; unknown slug: NOT_FOUND). */
export async function ownedDirectory(ctx: GqlContext, slug: string): Promise<DirectoryInfo> {
  await platformOwner(ctx, 'source directories');
  return guarded(() => directoryService(ctx).get(slug));
}

export const toDirectoryNode = (d: DirectoryInfo): DirectoryNode => ({
  id: d.id,
  slug: d.slug,
  name: d.name,
  seq: d.seq,
  purgeAfterDays: d.purgeAfterDays,
  sourceTenant: d.sourceTenant,
  createdAt: d.createdAt,
});

export const SLUG_ARG = { description: 'Directory slug, e.g. `acme`.' };
