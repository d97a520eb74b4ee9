/**
 * RandomString(Length, MinimumNumbers, MinimumSpecialCharacters, MinimumCapital,
 * MinimumLowerCase, CharactersToAvoid): a random string meeting the minimums (Length ≤ 256).
 * Randomness comes from the evaluation context.
 */
import { scalarText } from '../values.js';
import { intArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const RANDOM_STRING_MAX_LENGTH = 256;
const DIGITS = '0123456789';
const SPECIAL = '!@#$%^&*()-_=+[]{};:,.?/~';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

export const randomStringFunction: ExprFunction = {
  name: 'RandomString',
  minArgs: 5,
  maxArgs: 6,
  required: [0, 1, 2, 3, 4],
  call(c) {
    const counts = [0, 1, 2, 3, 4].map((i) => intArg(c, i));
    if (counts.some((n) => n === undefined || n === null)) return null;
    const [length, ...minimums] = counts as number[];
    if (length < 1 || length > RANDOM_STRING_MAX_LENGTH) {
      c.report('EXPR_INVALID_ARGUMENT', `RandomString: Length must be 1 to ${RANDOM_STRING_MAX_LENGTH}.`, 0);
      return null;
    }
    const negative = minimums.findIndex((n) => n < 0);
    if (negative >= 0) {
      c.report('EXPR_INVALID_ARGUMENT', 'RandomString: minimums must not be negative.', negative + 1);
      return null;
    }
    if (minimums.reduce((a, b) => a + b, 0) > length) {
      c.report('EXPR_INVALID_ARGUMENT', 'RandomString: the minimums add up to more than Length.', 0);
      return null;
    }
    const avoid = c.isMissing(5) ? '' : (scalarText(c.arg(5)).text ?? '');
    const sets = [DIGITS, SPECIAL, UPPER, LOWER].map((s) => [...s].filter((ch) => !avoid.includes(ch)).join(''));
    const empty = sets.findIndex((s, i) => s === '' && minimums[i] > 0);
    if (empty >= 0) {
      c.report('EXPR_INVALID_ARGUMENT', 'RandomString: CharactersToAvoid excludes a required character class.', 5);
      return null;
    }
    const all = sets.join('');
    if (all === '') {
      c.report('EXPR_INVALID_ARGUMENT', 'RandomString: CharactersToAvoid excludes every character.', 5);
      return null;
    }
    const pick = (set: string) => set[Math.min(set.length - 1, Math.floor(c.ctx.random() * set.length))];
    const chars: string[] = [];
    minimums.forEach((n, i) => {
      for (let k = 0; k < n; k++) chars.push(pick(sets[i]));
    });
    while (chars.length < length) chars.push(pick(all));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = Math.min(i, Math.floor(c.ctx.random() * (i + 1)));
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    return chars.join('');
  },
};
