import { registerEnumType } from 'type-graphql';

/** How a directory's users or groups are ordered (both orders are keyset pages over an index). */
export enum DirectoryOrder {
  NAME = 'name',
  CHANGED = 'changed',
}
registerEnumType(DirectoryOrder, {
  name: 'DirectoryOrder',
  description:
    'NAME: by userPrincipalName (users) or displayName (groups), the default; CHANGED: by change number (last change).',
});

export const ORDER_ARG = { nullable: true, description: 'The order (default NAME).' };
export const DESCENDING_ARG = {
  nullable: true,
  description: 'Reverse the order (CHANGED descending: latest change first).',
};
export const ONLY_DELETED_ARG = {
  nullable: true,
  description: 'Only soft-deleted objects, restorable until purged (default false).',
};
export const ENABLED_ARG = { nullable: true, description: 'Only users whose accountEnabled is this.' };
