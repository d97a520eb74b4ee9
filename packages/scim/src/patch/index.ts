export { applyPatch } from './apply.js';
export { parsePatchRequest } from './operations.js';
export { PATCH_OP_SCHEMA, type PatchOperation, type PatchOpKind, type PatchResult } from './types.js';
export { deepClone } from './values.js';
