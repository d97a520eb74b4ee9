export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export type PatchOpKind = 'add' | 'replace' | 'remove';

/** One normalised operation of a PatchOp body: lower-case `op`, trimmed `path` (undefined when absent). */
export interface PatchOperation {
  op: PatchOpKind;
  path?: string;
  /** `undefined` when the operation had no `value` member; `null` when it was an explicit null. */
  value?: unknown;
  /** Position in the `Operations` array, for error messages. */
  index: number;
}

export interface PatchResult {
  /** A new resource; the input is never mutated. */
  resource: Record<string, unknown>;
  /**
   * Canonical paths of the attributes whose value differs after the PATCH, e.g. `name.givenName`,
   * `emails`, `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department`, `members`.
   * Empty when the PATCH was a no-op.
   */
  changed: string[];
  /**
   * Keys of path-less value objects (and readOnly/unknown sub-attributes inside values) that were
   * ignored because they do not resolve against the resource type; the server should log them.
   */
  ignored: string[];
}
