export { assertJsonShape, MAX_JSON_DEPTH } from './depth.js';
export { assertListSizes, checkPatchLimits, checkResourceLimits, type RequestLimits } from './limits.js';
