/** Stable codes of the directory's refusals; the GraphQL door and the CLI translate them (directory.resolver.ts, cli/directory.ts). */
export type DirectoryErrorCode =
  | 'INVALID_SLUG'
  | 'DIRECTORY_EXISTS'
  | 'DIRECTORY_NOT_FOUND'
  | 'USER_NOT_FOUND'
  | 'GROUP_NOT_FOUND'
  | 'MEMBER_NOT_FOUND'
  | 'INVALID_VALUE'
  | 'UPN_TAKEN'
  | 'OBJECT_ID_TAKEN'
  | 'MEMBERSHIP_CYCLE'
  | 'NOT_DELETED';

/** A refused directory change, naming the field at fault (`field` is an attribute or argument name). */
export class DirectoryError extends Error {
  constructor(
    readonly code: DirectoryErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const invalid = (field: string, problem: string) =>
  new DirectoryError('INVALID_VALUE', `${field}: ${problem}`, field);
