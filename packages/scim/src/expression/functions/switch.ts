/**
 * Switch(source, defaultValue, key1, value1, ..., keyN, valueN): the value paired with the first
 * key equal (case-sensitively) to the source, else defaultValue (null when omitted). A null
 * source matches the "" key, as Entra recommends instead of IsPresent/IsNullOrEmpty. Booleans
 * compare as "True"/"False". Only the chosen value is evaluated.
 */
import { scalarText } from '../values.js';
import { textArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const switchFunction: ExprFunction = {
  name: 'Switch',
  minArgs: 4,
  maxArgs: Number.POSITIVE_INFINITY,
  pairsFrom: 2,
  call(c) {
    const source = textArg(c, 0) ?? '';
    for (let i = 2; i + 1 < c.count; i += 2) {
      const key = scalarText(c.arg(i)).text ?? '';
      if (key === source) return c.arg(i + 1);
    }
    return c.arg(1);
  },
};
