/** Shared helpers for the expression tests (deterministic context, evaluation shorthands). */
import type { ExpressionContext } from './evaluate.js';
import { previewExpression } from './evaluate.js';
import type { ExprValue } from './values.js';

/** A deterministic context: fixed clock, a seeded linear congruential generator, a fixed GUID. */
export function testContext(seed = 1): ExpressionContext {
  let state = seed >>> 0;
  return {
    now: () => new Date('2021-07-02T15:33:38Z'),
    random: () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    },
    guid: () => '00aa00aa-bb11-cc22-dd33-44ee44ee44ee',
  };
}

export interface Row {
  expr: string;
  source?: Record<string, unknown>;
  expected: ExprValue;
}

/** Evaluates `expr`; returns the value and the codes of all diagnostics. */
export function run(expr: string, source: Record<string, unknown> = {}) {
  const r = previewExpression(expr, source, testContext());
  return {
    value: r.value,
    ignoreFlow: r.ignoreFlow,
    codes: r.diagnostics.map((d) => d.code),
    diagnostics: r.diagnostics,
  };
}
