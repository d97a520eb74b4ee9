/** Guid(): a new random GUID (from the evaluation context, so tests are deterministic). */
import type { ExprFunction } from './types.js';

export const guidFunction: ExprFunction = {
  name: 'Guid',
  minArgs: 0,
  maxArgs: 0,
  call: (c) => c.ctx.guid(),
};
