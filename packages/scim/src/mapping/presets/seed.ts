/**
 * The seed article's recommended mapping table (SPEC E3), as data: what a new provisioning app
 * starts with. `X` in the article is the egnyte extension URN.
 */
import type { AttributeMapping, MappingSet, ObjectMapping } from '../types.js';

const X = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';

const users: AttributeMapping[] = [
  {
    kind: 'expression',
    source: 'Word([userPrincipalName], 1, "@")',
    target: 'userName',
    apply: 'createOnly',
    matchingPrecedence: 1,
  },
  { kind: 'direct', source: 'objectId', target: 'externalId', apply: 'always' },
  {
    kind: 'expression',
    source: 'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
    target: 'active',
    apply: 'always',
  },
  { kind: 'direct', source: 'givenName', target: 'name.givenName', apply: 'always' },
  { kind: 'direct', source: 'surname', target: 'name.familyName', apply: 'always' },
  { kind: 'direct', source: 'userPrincipalName', target: `${X}:idpUserId`, apply: 'always' },
  { kind: 'expression', source: 'Coalesce([mail], [userPrincipalName])', target: `${X}:email`, apply: 'always' },
  {
    kind: 'expression',
    source: 'Coalesce([mail], [userPrincipalName])',
    target: 'emails[type eq "work"].value',
    apply: 'createOnly',
  },
  { kind: 'constant', source: 'True', target: `${X}:emailChangeImmediate`, apply: 'always' },
  { kind: 'constant', source: 'power', target: 'userType', apply: 'createOnly' },
  { kind: 'constant', source: 'sso', target: `${X}:authType`, apply: 'createOnly' },
  { kind: 'constant', source: 'False', target: `${X}:sendInvite`, apply: 'createOnly' },
];

/** Groups as the seed (and Entra's default) maps them. */
export const defaultGroupMapping: ObjectMapping = {
  enabled: true,
  actions: { create: true, update: true, delete: true },
  mappings: [
    { kind: 'direct', source: 'displayName', target: 'displayName', apply: 'always', matchingPrecedence: 1 },
    { kind: 'direct', source: 'objectId', target: 'externalId', apply: 'always' },
    { kind: 'direct', source: 'members', target: 'members', apply: 'always' },
  ],
};

export const seedPreset: MappingSet = {
  user: { enabled: true, actions: { create: true, update: true, delete: true }, mappings: users },
  group: defaultGroupMapping,
};
