/** Sample Entra ID source objects for the mapping tests. */
export const ENTRA_USER = {
  objectId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
  userPrincipalName: 'John.Doe@contoso.com',
  mail: 'john.doe@contoso.com',
  mailNickname: 'jdoe',
  givenName: 'John',
  surname: 'Doe',
  displayName: 'John Doe',
  accountEnabled: true,
  department: 'Sales',
} as const;

export const EGNYTE = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
