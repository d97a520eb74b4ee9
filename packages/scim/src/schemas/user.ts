import { multiValued } from './common.js';
import { attr, type SchemaDef } from './types.js';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

/** Core User, every attribute of RFC 7643 §4.1 with the characteristics of §8.7.1. */
export const userSchema: SchemaDef = {
  id: USER_SCHEMA,
  name: 'User',
  description: 'User Account',
  attributes: [
    attr('userName', 'string', {
      required: true,
      maxLength: 256,
      uniqueness: 'server',
      description: 'Unique identifier for the User, typically used by the user to directly authenticate.',
    }),
    attr('name', 'complex', {
      description: "The components of the user's real name.",
      subAttributes: [
        attr('formatted', 'string'),
        attr('familyName', 'string'),
        attr('givenName', 'string'),
        attr('middleName', 'string'),
        attr('honorificPrefix', 'string'),
        attr('honorificSuffix', 'string'),
      ],
    }),
    attr('displayName', 'string', {
      maxLength: 256,
      description: 'The name of the User, suitable for display to end-users.',
    }),
    attr('nickName', 'string'),
    attr('profileUrl', 'reference', { referenceTypes: ['external'] }),
    attr('title', 'string'),
    attr('userType', 'string', {
      maxLength: 32,
      description: "The organization-to-user relationship, e.g. 'Employee'; under the egnyte rules: power or standard.",
    }),
    attr('preferredLanguage', 'string'),
    attr('locale', 'string'),
    attr('timezone', 'string'),
    attr('active', 'boolean', { description: "The User's administrative status." }),
    attr('password', 'string', { mutability: 'writeOnly', returned: 'never' }),
    // The primary address is stored in a varchar(320) column (RFC 5321's longest address).
    multiValued('emails', 'Email addresses for the user.', ['work', 'home', 'other'], 'string', {}, { maxLength: 320 }),
    multiValued('phoneNumbers', 'Phone numbers for the User.', ['work', 'home', 'mobile', 'fax', 'pager', 'other']),
    multiValued('ims', 'Instant messaging addresses for the User.', [
      'aim',
      'gtalk',
      'icq',
      'xmpp',
      'msn',
      'skype',
      'qq',
      'yahoo',
    ]),
    multiValued('photos', 'URLs of photos of the User.', ['photo', 'thumbnail'], 'reference'),
    attr('addresses', 'complex', {
      multiValued: true,
      description: 'A physical mailing address for this User.',
      subAttributes: [
        attr('formatted', 'string'),
        attr('streetAddress', 'string'),
        attr('locality', 'string'),
        attr('region', 'string'),
        attr('postalCode', 'string'),
        attr('country', 'string'),
        attr('type', 'string', { canonicalValues: ['work', 'home', 'other'] }),
        attr('primary', 'boolean'),
      ],
    }),
    attr('groups', 'complex', {
      multiValued: true,
      mutability: 'readOnly',
      description: 'Groups to which the user belongs, direct or indirect.',
      subAttributes: [
        attr('value', 'string', { mutability: 'readOnly' }),
        attr('$ref', 'reference', { mutability: 'readOnly', referenceTypes: ['User', 'Group'] }),
        attr('display', 'string', { mutability: 'readOnly' }),
        attr('type', 'string', { mutability: 'readOnly', canonicalValues: ['direct', 'indirect'] }),
      ],
    }),
    multiValued('entitlements', 'Entitlements for the User.', []),
    multiValued('roles', 'Roles for the User.', []),
    multiValued('x509Certificates', 'DER-encoded X.509 certificates.', [], 'binary'),
  ],
};
