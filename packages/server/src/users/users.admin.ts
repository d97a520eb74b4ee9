import { EGNYTE_USER_SCHEMA } from '@scimdesk/scim';
import type { GqlContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { egnyteAttr, setEgnyteAttr, setPrimaryEmail } from '../rules/user-attrs.js';
import type { ScimContext } from '../scim/context.js';
import type { ScimUserRow } from './user.entity.js';
import type { UpdateUserInput } from './users.types.js';

const EGNYTE_USER_TYPES = ['power', 'standard'];

/** Reads the user back after an admin change (the GraphQL object is built from the row). */
async function reread(ctx: GqlContext, scim: ScimContext, id: string): Promise<ScimUserRow> {
  return ctx.services.users.find(scim, id);
}

/**
 * Service account, 2FA and userType live in the SCIM resource (egnyte extension, core userType):
 * the change goes through the user service and the tenant's rules with writer `admin`, so SCIM
 * GET shows it, the event log has it, and the attributes' last writer becomes this admin.
 */
export async function updateUserFlags(
  ctx: GqlContext,
  scim: ScimContext,
  id: string,
  input: UpdateUserInput,
): Promise<ScimUserRow> {
  const { isServiceAccount, twoFactorEnabled, userType } = input;
  if (isServiceAccount == null && twoFactorEnabled == null && userType == null)
    throw badInput('Give at least one of isServiceAccount, twoFactorEnabled, userType');
  let type = userType?.trim();
  if (type !== undefined && scim.tenant.rules === 'egnyte') {
    type = type.toLowerCase();
    if (!EGNYTE_USER_TYPES.includes(type))
      throw badInput('userType is power or standard (admins are made with createAdmin)', 'userType');
  }
  if (type === '') throw badInput('userType cannot be empty', 'userType');
  await ctx.services.users.modify(scim, id, (res) => {
    if (isServiceAccount != null) setEgnyteAttr(res, 'isServiceAccount', isServiceAccount);
    if (twoFactorEnabled != null) setEgnyteAttr(res, 'twoFactorEnabled', twoFactorEnabled);
    if (type !== undefined) res.userType = type;
    return res;
  });
  return reread(ctx, scim, id);
}

export async function renameUser(ctx: GqlContext, scim: ScimContext, id: string, userName: string) {
  if (!userName.trim()) throw badInput('userName cannot be empty', 'userName');
  await ctx.services.users.modify(scim, id, (res) => ({ ...res, userName: userName.trim() }));
  return reread(ctx, scim, id);
}

/** The pending email becomes the user's email (an admin's confirmation applies at once under the rules). */
export async function confirmPendingEmail(ctx: GqlContext, scim: ScimContext, id: string) {
  const row = await ctx.services.users.find(scim, id);
  const pending = row.pendingEmail;
  if (!pending) throw badInput(`User ${row.userName} has no pending email change`);
  await ctx.services.users.modify(scim, id, (res) => {
    setPrimaryEmail(res, pending);
    if (res[EGNYTE_USER_SCHEMA] && egnyteAttr(res, 'email') !== undefined) setEgnyteAttr(res, 'email', pending);
    return res;
  });
  return reread(ctx, scim, id);
}
