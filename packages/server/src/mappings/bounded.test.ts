import { describe, expect, it } from 'vitest';
import { ApiError } from '../graphql/errors.js';
import { TimeBudget } from './bounded.js';

const busy = (ms: number) => () => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spinning: the watchdog must interrupt it
  }
  return 'done';
};

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ApiError ? e.code : String(e);
  }
  return 'no error';
};

describe('the preview time budget', () => {
  it('is shared by every evaluation of a request: what one spends, the next has not', () => {
    const budget = new TimeBudget(200);
    expect(budget.run(busy(120))).toBe('done');
    expect(budget.remainingMs).toBeLessThan(81);
    const started = performance.now();
    expect(codeOf(() => budget.run(busy(5_000)))).toBe('EVALUATION_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(budget.remainingMs).toBe(0);
    // Spent: refused at once, without running.
    let ran = false;
    expect(
      codeOf(() =>
        budget.run(() => {
          ran = true;
        }),
      ),
    ).toBe('EVALUATION_TIMEOUT');
    expect(ran).toBe(false);
  });

  it("passes the evaluation's own errors through and stays usable", () => {
    const budget = new TimeBudget(1_000);
    expect(
      codeOf(() =>
        budget.run(() => {
          throw new ApiError('BAD_USER_INPUT', 'x');
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(budget.run(() => 42)).toBe(42);
  });
});
