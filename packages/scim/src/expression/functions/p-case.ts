/**
 * PCase(source, wordSeparators): title case. Without separators, Unicode punctuation, symbol
 * and separator (space) characters split words (as .NET TextInfo.ToTitleCase, but entirely
 * uppercase words are lowered too, as the documented examples show); with separators, only
 * those characters split words.
 */
import { scalarText } from '../values.js';
import { mapText } from './helpers.js';
import type { ExprFunction } from './types.js';

const DEFAULT_SEPARATOR = /^[\p{P}\p{S}\p{Z}\s]$/u;

function titleCase(s: string, separators: string | null): string {
  const isSeparator = (ch: string) => (separators === null ? DEFAULT_SEPARATOR.test(ch) : separators.includes(ch));
  let out = '';
  let wordStart = true;
  for (const ch of s) {
    if (isSeparator(ch)) {
      out += ch;
      wordStart = true;
    } else {
      out += wordStart ? ch.toUpperCase() : ch.toLowerCase();
      wordStart = false;
    }
  }
  return out;
}

export const pCaseFunction: ExprFunction = {
  name: 'PCase',
  minArgs: 1,
  maxArgs: 2,
  required: [0],
  call(c) {
    const separators = c.isMissing(1) ? null : scalarText(c.arg(1)).text;
    return mapText(c.arg(0), (s) => titleCase(s, separators));
  },
};
