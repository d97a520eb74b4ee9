import vm from 'node:vm';
import { ApiError } from '../graphql/errors.js';

/**
 * Runs a pure evaluation with a time limit. Expressions and scoping filters run admin-written
 * regular expressions on the JavaScript engine, and a pattern such as `(a+)+b` backtracks for
 * minutes: V8 cannot bound one regex match, but node:vm's watchdog interrupts the running code,
 * regex included, so one preview cannot stall the server for everyone.
 */
export function runBounded<T>(fn: () => T, timeoutMs: number): T {
  try {
    return vm.runInNewContext('run()', { run: fn }, { timeout: timeoutMs }) as T;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new ApiError(
        'EVALUATION_TIMEOUT',
        `The evaluation took longer than ${timeoutMs} ms: look for a regular expression with nested quantifiers such as (a+)+`,
      );
    }
    throw err;
  }
}
