export { DEFAULT_PATCH_LIMITS, type PatchLimits, splitOperations } from './chunk.js';
export { decideSync, modifiedOf, type SyncInput } from './decide.js';
export { disableMapping, planDisable, referencesAttribute, SOFT_DELETED } from './disable.js';
export { type MatchAttempt, type MatchOutcome, runMatch } from './match.js';
export type * from './types.js';
