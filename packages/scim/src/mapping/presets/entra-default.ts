/**
 * The user mapping Entra ID gives a new non-gallery SCIM app (azure.md §2.4), as data, for
 * targets that are not egnyte-style. Source names use Entra's attribute names.
 */
import type { AttributeMapping, MappingSet } from '../types.js';
import { defaultGroupMapping } from './seed.js';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const direct = (source: string, target: string, matchingPrecedence?: number): AttributeMapping => ({
  kind: 'direct',
  source,
  target,
  apply: 'always',
  ...(matchingPrecedence ? { matchingPrecedence } : {}),
});

export const entraDefaultPreset: MappingSet = {
  user: {
    enabled: true,
    actions: { create: true, update: true, delete: true },
    mappings: [
      direct('userPrincipalName', 'userName', 1),
      {
        kind: 'expression',
        source: 'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
        target: 'active',
        apply: 'always',
      },
      direct('displayName', 'displayName'),
      direct('jobTitle', 'title'),
      direct('mail', 'emails[type eq "work"].value'),
      direct('mailNickname', 'externalId'),
      direct('givenName', 'name.givenName'),
      direct('surname', 'name.familyName'),
      direct('telephoneNumber', 'phoneNumbers[type eq "work"].value'),
      direct('mobile', 'phoneNumbers[type eq "mobile"].value'),
      direct('facsimileTelephoneNumber', 'phoneNumbers[type eq "fax"].value'),
      direct('streetAddress', 'addresses[type eq "work"].streetAddress'),
      direct('city', 'addresses[type eq "work"].locality'),
      direct('state', 'addresses[type eq "work"].region'),
      direct('postalCode', 'addresses[type eq "work"].postalCode'),
      direct('country', 'addresses[type eq "work"].country'),
      direct('physicalDeliveryOfficeName', 'addresses[type eq "other"].formatted'),
      direct('employeeId', `${ENT}:employeeNumber`),
      direct('department', `${ENT}:department`),
      direct('manager', `${ENT}:manager`),
    ],
  },
  group: defaultGroupMapping,
};
