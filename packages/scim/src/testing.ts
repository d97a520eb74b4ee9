import { ScimError } from './errors.js';

/** Test helper: runs `fn` and returns the ScimError it throws; fails when it throws nothing or something else. */
export function scimErrorOf(fn: () => unknown): ScimError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ScimError) return e;
    throw e;
  }
  throw new Error('expected a ScimError to be thrown');
}

export {
  REGEX_CONFORMANCE,
  type RegexConformanceRow,
  SCOPING_REGEX_CONFORMANCE,
} from './expression/regex-conformance.js';
