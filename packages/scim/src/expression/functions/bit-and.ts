/** BitAnd(value1, value2): bitwise AND of two integers (`&H` hex accepted). */
import { intArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const bitAndFunction: ExprFunction = {
  name: 'BitAnd',
  minArgs: 2,
  maxArgs: 2,
  required: [0, 1],
  call(c) {
    const a = intArg(c, 0);
    const b = intArg(c, 1);
    if (a === null || a === undefined || b === null || b === undefined) return null;
    // BigInt keeps 64-bit semantics (JavaScript's `&` truncates to 32 bits).
    return Number(BigInt.asIntN(64, BigInt(a) & BigInt(b)));
  },
};
