import type { UserDetailFragment } from '../../graphql/generated';

export const EGNYTE = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
export type Writer = UserDetailFragment['lastWriters'][number];

/** The dashboard's fields and the SCIM attribute path whose last writer they show. */
export const ATTRIBUTE_PATHS = {
  userName: 'userName',
  displayName: 'displayName',
  givenName: 'name.givenName',
  familyName: 'name.familyName',
  email: 'emails',
  externalId: 'externalId',
  active: 'active',
  userType: 'userType',
  authType: `${EGNYTE}:authType`,
  isServiceAccount: `${EGNYTE}:isServiceAccount`,
  twoFactorEnabled: `${EGNYTE}:twoFactorEnabled`,
} as const;
export type AttributeKey = keyof typeof ATTRIBUTE_PATHS;

export function writerOf(user: Pick<UserDetailFragment, 'lastWriters'>, key: AttributeKey): Writer | undefined {
  const path = ATTRIBUTE_PATHS[key];
  return user.lastWriters.find((w) => w.attribute === path || w.attribute.startsWith(`${path}.`));
}

/** True when the IdP wrote the attribute last: its next cycle sends its own value again and overwrites an admin's. */
export const idpOwns = (user: Pick<UserDetailFragment, 'lastWriters'>, key: AttributeKey) =>
  writerOf(user, key)?.by === 'IDP';
