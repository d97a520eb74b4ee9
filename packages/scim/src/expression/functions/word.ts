/**
 * Word(String, WordNumber, Delimiters): the 1-based WordNumber-th word, where any character of
 * Delimiters separates words (runs of delimiters count as one). Documented: a number below 1,
 * a null string, or too few words give "".
 */
import { scalarText } from '../values.js';
import { intArg, textArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const wordFunction: ExprFunction = {
  name: 'Word',
  minArgs: 3,
  maxArgs: 3,
  required: [1],
  call(c) {
    const s = textArg(c, 0);
    const n = intArg(c, 1);
    const delimiters = scalarText(c.arg(2)).text ?? '';
    if (n === undefined) return null;
    if (s === null || n === null || n < 1) return '';
    const words: string[] = [];
    let current = '';
    for (const ch of s) {
      if (delimiters.includes(ch)) {
        if (current !== '') words.push(current);
        current = '';
      } else current += ch;
    }
    if (current !== '') words.push(current);
    return n <= words.length ? words[n - 1] : '';
  },
};
