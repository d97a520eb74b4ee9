import { attr, type SchemaDef } from './types.js';

export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

/** Core Group (RFC 7643 §4.2). */
export const groupSchema: SchemaDef = {
  id: GROUP_SCHEMA,
  name: 'Group',
  description: 'Group',
  attributes: [
    attr('displayName', 'string', {
      required: true,
      maxLength: 256,
      description: 'A human-readable name for the Group.',
    }),
    attr('members', 'complex', {
      multiValued: true,
      description: 'A list of members of the Group.',
      subAttributes: [
        attr('value', 'string', { mutability: 'immutable' }),
        attr('$ref', 'reference', { mutability: 'immutable', referenceTypes: ['User', 'Group'] }),
        attr('display', 'string', {
          maxLength: 256,
          description: "The member's name as the client sent it; when absent the server shows the member's own name.",
        }),
        attr('type', 'string', { mutability: 'immutable', canonicalValues: ['User', 'Group'] }),
      ],
    }),
  ],
};
