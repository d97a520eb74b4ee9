import { attr, type SchemaDef } from './types.js';

export const EGNYTE_USER_SCHEMA = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';

/** The seed's custom extension (SPEC S4), URN kept verbatim so its mapping table works as written. */
export const egnyteUserSchema: SchemaDef = {
  id: EGNYTE_USER_SCHEMA,
  name: 'EgnyteUser',
  description: 'scimdesk / Egnyte user attributes',
  attributes: [
    attr('authType', 'string', {
      canonicalValues: ['sso', 'ad', 'egnyte'],
      maxLength: 16,
      description: 'How the user signs in: sso, ad or egnyte (any case in, lower case out).',
    }),
    attr('sendInvite', 'boolean', { description: 'Send an invitation at creation (only if created active).' }),
    attr('idpUserId', 'string', { description: "The user's id at the SSO provider; needed when authType is sso." }),
    attr('userPrincipalName', 'string', { description: 'The AD login; needed when authType is ad.' }),
    attr('email', 'string', {
      maxLength: 320,
      description: "The user's current email as the IdP sees it; drives email changes.",
    }),
    attr('emailChangeImmediate', 'boolean', {
      description: 'When true, an email change applies at once instead of waiting for confirmation.',
    }),
    attr('isServiceAccount', 'boolean', { description: 'Service account: no web or apps, exempt from 2FA.' }),
    attr('twoFactorEnabled', 'boolean', { description: 'Two-factor authentication required.' }),
  ],
};
