/**
 * NormalizeDiacritics(source): replaces accented letters with plain ones. The documented table
 * comes first (ligatures such as æ → ae, ø → oe, ß → ss, ł → l, ı → i); any other letter whose
 * canonical decomposition is a Latin letter plus combining marks loses the marks.
 */
import { mapText } from './helpers.js';
import type { ExprFunction } from './types.js';

/** Letters with no canonical decomposition, or whose documented replacement differs from it. */
const TABLE: Readonly<Record<string, string>> = {
  æ: 'ae',
  ǣ: 'ae',
  Æ: 'AE',
  Ǣ: 'AE',
  ø: 'oe',
  Ø: 'OE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
};

const COMBINING = /[\u0300-\u036f]/g;

function normalize(s: string): string {
  let out = '';
  for (const ch of s) {
    const mapped = TABLE[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const stripped = ch.normalize('NFD').replace(COMBINING, '');
    // Only replace when the result is a plain Latin letter (leaves other scripts untouched).
    out += stripped !== ch && /^[A-Za-z]+$/.test(stripped) ? stripped : ch;
  }
  return out;
}

export const normalizeDiacriticsFunction: ExprFunction = {
  name: 'NormalizeDiacritics',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call: (c) => mapText(c.arg(0), normalize),
};
