import { registerEnumType } from 'type-graphql';

/** Admin roles (values are the stored strings). */
export enum Role {
  OWNER = 'owner',
  ADMIN = 'admin',
  VIEWER = 'viewer',
}
registerEnumType(Role, {
  name: 'Role',
  description:
    'What an admin may do in a tenant: owners also manage admins; admins change users and tokens; viewers only read.',
});

export enum RuleSetKind {
  EGNYTE = 'egnyte',
  STANDARD = 'standard',
}
registerEnumType(RuleSetKind, {
  name: 'RuleSet',
  description: "A tenant's SCIM rules: `EGNYTE` (the seed article's rules) or `STANDARD` (plain RFC 7643).",
});

export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending.' });
