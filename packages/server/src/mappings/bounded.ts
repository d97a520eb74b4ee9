import vm from 'node:vm';
import type { GqlContext } from '../graphql/context.js';
import { ApiError } from '../graphql/errors.js';

/**
 * The time limit of pure evaluations (the mapping editor's previews): one budget per GraphQL
 * request, shared by every preview in it, so that aliasing a preview a hundred times buys no more
 * time than sending it once.
 *
 * Regexes run on RE2 (expression/re2-engine.ts), in linear time, so a pattern can no longer stall
 * the process. node:vm's watchdog stays as the second line of defence for what RE2 does not cover:
 * an expression of 10,000 characters can still nest functions whose work multiplies (Replace's
 * template form, Join, RandomString...), and the watchdog interrupts any running code. One context
 * is made once and reused: a new context per call costs about a millisecond.
 */
const script = new vm.Script('run()');
const idle = () => undefined;
const sandbox = vm.createContext({ run: idle as () => unknown });

export class TimeBudget {
  private spentMs = 0;

  constructor(readonly limitMs: number) {}

  get remainingMs(): number {
    return Math.max(0, this.limitMs - this.spentMs);
  }

  /** Runs `fn` (synchronous, pure) within what is left of the budget; EVALUATION_TIMEOUT when it is spent. */
  run<T>(fn: () => T): T {
    const left = Math.floor(this.remainingMs);
    if (left < 1) throw this.timeout();
    const started = performance.now();
    try {
      sandbox.run = fn;
      return script.runInContext(sandbox, { timeout: left }) as T;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
        this.spentMs = this.limitMs;
        throw this.timeout();
      }
      throw err;
    } finally {
      sandbox.run = idle;
      this.spentMs += performance.now() - started;
    }
  }

  private timeout(): ApiError {
    return new ApiError(
      'EVALUATION_TIMEOUT',
      `The evaluations of this request took longer than ${this.limitMs} ms together (PREVIEW_TIMEOUT_MS is for all the previews of one request)`,
    );
  }
}

const budgets = new WeakMap<GqlContext, TimeBudget>();

/** The request's budget, made on first use. */
export function previewBudget(ctx: GqlContext): TimeBudget {
  let budget = budgets.get(ctx);
  if (!budget) {
    budget = new TimeBudget(ctx.services.config.PREVIEW_TIMEOUT_MS);
    budgets.set(ctx, budget);
  }
  return budget;
}
