/**
 * SCIM to SCIM: what an app whose source is a scimdesk tenant starts with. Source names are SCIM
 * paths (the tenant's users as its IdP provisioned them), mapped onto the same paths of the
 * target, so what Entra provisioned upstream arrives downstream unchanged. externalId carries the
 * upstream externalId (Entra's objectId), else the upstream id.
 */
import type { AttributeMapping, MappingSet } from '../types.js';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const same = (path: string, matchingPrecedence?: number): AttributeMapping => ({
  kind: 'direct',
  source: path,
  target: path,
  apply: 'always',
  ...(matchingPrecedence ? { matchingPrecedence } : {}),
});

const externalId: AttributeMapping = {
  kind: 'expression',
  source: 'Coalesce([externalId], [id])',
  target: 'externalId',
  apply: 'always',
};

export const scimPreset: MappingSet = {
  user: {
    enabled: true,
    actions: { create: true, update: true, delete: true },
    mappings: [
      same('userName', 1),
      externalId,
      same('active'),
      same('displayName'),
      same('title'),
      same('userType'),
      same('preferredLanguage'),
      same('name.givenName'),
      same('name.familyName'),
      same('name.formatted'),
      same('emails[type eq "work"].value'),
      same('phoneNumbers[type eq "work"].value'),
      same('phoneNumbers[type eq "mobile"].value'),
      same('addresses[type eq "work"].locality'),
      same('addresses[type eq "work"].country'),
      same(`${ENT}:employeeNumber`),
      same(`${ENT}:department`),
      same(`${ENT}:manager`),
    ],
  },
  group: {
    enabled: true,
    actions: { create: true, update: true, delete: true },
    mappings: [same('displayName', 1), externalId, same('members')],
  },
};
