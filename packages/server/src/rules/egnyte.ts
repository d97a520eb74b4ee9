import { deepClone, ScimError, type ScimResource } from '@scimdesk/scim';
import type { Tenant } from '../tenants/tenant.entity.js';
import type { RuleSet, UserWrite } from './rule-set.js';
import { egnyteAttr, primaryEmail, setEgnyteAttr, setPrimaryEmail } from './user-attrs.js';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const AUTH_TYPES = ['sso', 'ad', 'egnyte'];
const SCIM_USER_TYPES = ['power', 'standard'];

const invalid = (detail: string) => new ScimError(400, 'invalidValue', detail);

function checkUserName(userName: unknown): void {
  if (typeof userName !== 'string' || !USERNAME.test(userName))
    throw invalid(
      `userName "${String(userName)}" is not allowed: it must start with a letter or digit and use only letters, digits, ".", "-" and "_"`,
    );
}

function normalizeAuthType(res: ScimResource, tenant: Tenant, warnings: string[]): void {
  const raw = egnyteAttr(res, 'authType');
  const authType = raw === undefined ? (tenant.ssoEnabled ? 'sso' : 'egnyte') : String(raw).toLowerCase();
  if (!AUTH_TYPES.includes(authType)) throw invalid(`authType "${String(raw)}" is not one of sso, ad, egnyte`);
  if (authType === 'sso' && !tenant.ssoEnabled) warnings.push('authType is sso but SSO is off for this tenant');
  if (authType === 'sso' && !egnyteAttr(res, 'idpUserId')) warnings.push('authType sso without idpUserId');
  if (authType === 'ad' && !egnyteAttr(res, 'userPrincipalName'))
    warnings.push('authType ad without userPrincipalName');
  setEgnyteAttr(res, 'authType', authType);
}

function normalizeUserType(value: unknown, current?: unknown): string {
  const t = String(value).toLowerCase();
  if (t === 'admin' || current === 'admin')
    throw new ScimError(400, 'mutability', 'Admins are made by hand in scimdesk, never by SCIM');
  if (!SCIM_USER_TYPES.includes(t)) throw invalid(`userType "${String(value)}" is not one of power, standard`);
  return t;
}

/** The seed's rules (SPEC S6). */
export const egnyteRules: RuleSet = {
  name: 'egnyte',

  prepareUserCreate(tenant, input, writer) {
    const res: ScimResource = deepClone(input);
    const warnings: string[] = [];
    checkUserName(res.userName);
    if (res.userType === undefined) res.userType = 'power';
    else if (!(writer === 'admin' && String(res.userType).toLowerCase() === 'admin'))
      res.userType = normalizeUserType(res.userType);
    else res.userType = 'admin';
    if (res.active === undefined) res.active = true;
    normalizeAuthType(res, tenant, warnings);
    if (egnyteAttr(res, 'sendInvite') === undefined) {
      const authType = egnyteAttr(res, 'authType');
      setEgnyteAttr(res, 'sendInvite', authType === 'egnyte' && res.active === true);
    }
    const ext = egnyteAttr(res, 'email');
    if (typeof ext === 'string' && ext && !primaryEmail(res)) setPrimaryEmail(res, ext);
    return { resource: res, warnings };
  },

  prepareUserUpdate(tenant, before, input, writer, pendingEmail) {
    const res: ScimResource = deepClone(input);
    const out: UserWrite = { resource: res, warnings: [] };
    if (res.userName !== before.userName) {
      if (writer === 'scim')
        throw new ScimError(
          400,
          'mutability',
          'userName is set at creation and can be changed only by an admin in scimdesk',
        );
      checkUserName(res.userName);
    }
    if (res.userType !== before.userType && writer === 'scim') {
      res.userType = res.userType === undefined ? before.userType : normalizeUserType(res.userType, before.userType);
    }
    // authType is set at creation; a PUT that leaves it out keeps it rather than resetting it to the tenant default.
    if (egnyteAttr(res, 'authType') === undefined && egnyteAttr(before, 'authType') !== undefined)
      setEgnyteAttr(res, 'authType', egnyteAttr(before, 'authType'));
    if (egnyteAttr(res, 'authType') !== egnyteAttr(before, 'authType') || egnyteAttr(res, 'authType') === undefined)
      normalizeAuthType(res, tenant, out.warnings);
    applyEmailChange(before, res, out, pendingEmail, writer === 'admin');
    return out;
  },

  acceptsMember: (kind) => kind === 'User',
};

/**
 * An email change (through `emails` or the extension's `email`) waits for the user's
 * confirmation unless `emailChangeImmediate` is true after the request: the stored emails keep
 * the old address and the new one becomes the pending email. An admin's change (confirming a
 * pending email in scimdesk) is the confirmation, so it applies at once.
 */
function applyEmailChange(
  before: ScimResource,
  res: ScimResource,
  out: UserWrite,
  pending: string | null,
  byAdmin: boolean,
): void {
  const oldEmail = primaryEmail(before);
  const extBefore = egnyteAttr(before, 'email');
  const extAfter = egnyteAttr(res, 'email');
  const wanted =
    typeof extAfter === 'string' && extAfter && extAfter !== extBefore
      ? extAfter
      : primaryEmail(res) !== oldEmail
        ? primaryEmail(res)
        : undefined;
  if (wanted === undefined || wanted === oldEmail) {
    if (wanted === oldEmail && pending) out.pendingEmail = null;
    return;
  }
  // A first email is not a change: nobody has to confirm it.
  if (!oldEmail || byAdmin || egnyteAttr(res, 'emailChangeImmediate') === true) {
    setPrimaryEmail(res, wanted);
    out.pendingEmail = null;
    return;
  }
  setPrimaryEmail(res, oldEmail);
  out.pendingEmail = wanted;
  out.warnings.push(`email change to ${wanted} is pending the user's confirmation`);
}
