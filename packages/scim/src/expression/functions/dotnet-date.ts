/**
 * .NET date and time format strings (custom and standard), tokenized once and used both to
 * format (here) and to parse (`dotnet-date-parse.ts`). The culture is en-US, the one Entra's own
 * output `M/d/yyyy h:mm:ss tt` comes from. No library does .NET formats, hence this file.
 */
import type { DateValue } from './date-value.js';
import { fieldsOf } from './date-value.js';

export type DateFormatToken =
  /** A specifier letter (d f F g h H K m M s t y z) repeated `count` times. */
  | { kind: 'field'; letter: string; count: number }
  /** Literal text; `utc` marks an unquoted `Z`, which parsing reads as "this time is UTC". */
  | { kind: 'literal'; text: string; utc?: boolean };

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const FIELD_LETTERS = 'dfFghHKmMstyz';
const LONG_DATE = 'dddd, MMMM d, yyyy';

/** en-US standard formats (one-letter format strings). U is F in UTC, which is the same here. */
const STANDARD_FORMATS: Record<string, string> = {
  d: 'M/d/yyyy',
  D: LONG_DATE,
  f: `${LONG_DATE} h:mm tt`,
  F: `${LONG_DATE} h:mm:ss tt`,
  g: 'M/d/yyyy h:mm tt',
  G: 'M/d/yyyy h:mm:ss tt',
  m: 'MMMM d',
  M: 'MMMM d',
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: 'h:mm tt',
  T: 'h:mm:ss tt',
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  U: `${LONG_DATE} h:mm:ss tt`,
  y: 'MMMM yyyy',
  Y: 'MMMM yyyy',
};

function pushLiteral(tokens: DateFormatToken[], text: string): void {
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'literal' && !last.utc) last.text += text;
  else tokens.push({ kind: 'literal', text });
}

/** Tokens of a .NET date format string, or the reason it is invalid. */
export function tokenizeDateFormat(format: string): DateFormatToken[] | string {
  if (format === '') return 'the format is empty';
  if (format.length === 1) {
    const standard = STANDARD_FORMATS[format];
    if (standard === undefined) return `"${format}" is not a standard date format`;
    format = standard;
  }
  const tokens: DateFormatToken[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (FIELD_LETTERS.includes(ch)) {
      let j = i + 1;
      while (format[j] === ch) j++;
      tokens.push({ kind: 'field', letter: ch, count: j - i });
      i = j;
    } else if (ch === "'" || ch === '"') {
      let text = '';
      let j = i + 1;
      while (j < format.length && format[j] !== ch) {
        if (format[j] === '\\' && j + 1 < format.length) j++;
        text += format[j++];
      }
      if (j >= format.length) return `no closing ${ch} for the quote at position ${i + 1}`;
      pushLiteral(tokens, text);
      i = j + 1;
    } else if (ch === '\\') {
      if (i + 1 >= format.length) return 'the format ends with a backslash';
      pushLiteral(tokens, format[i + 1]);
      i += 2;
    } else if (ch === '%') {
      const next = format[i + 1];
      if (next === undefined || next === '%') return 'a % must be followed by one specifier';
      if (FIELD_LETTERS.includes(next)) {
        tokens.push({ kind: 'field', letter: next, count: 1 });
        i += 2;
      } else i++;
    } else if (ch === 'Z') {
      tokens.push({ kind: 'literal', text: 'Z', utc: true });
      i++;
    } else {
      pushLiteral(tokens, ch);
      i++;
    }
  }
  for (const t of tokens) {
    if (t.kind === 'field' && (t.letter === 'f' || t.letter === 'F') && t.count > 7) {
      return `"${t.letter.repeat(t.count)}" has more than 7 fraction digits`;
    }
  }
  return tokens;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function formatField(v: DateValue, letter: string, count: number): string {
  const f = fieldsOf(v);
  const two = Math.min(count, 2);
  switch (letter) {
    case 'd':
      return count <= 2 ? pad(f.day, count) : count === 3 ? DAY_NAMES[f.dayOfWeek].slice(0, 3) : DAY_NAMES[f.dayOfWeek];
    case 'M':
      return count <= 2
        ? pad(f.month, count)
        : count === 3
          ? MONTH_NAMES[f.month - 1].slice(0, 3)
          : MONTH_NAMES[f.month - 1];
    case 'y':
      return count === 1 ? String(f.year % 100) : pad(count === 2 ? f.year % 100 : f.year, count);
    case 'h':
      return pad(f.hour % 12 || 12, two);
    case 'H':
      return pad(f.hour, two);
    case 'm':
      return pad(f.minute, two);
    case 's':
      return pad(f.second, two);
    case 't':
      return (f.hour < 12 ? 'AM' : 'PM').slice(0, count === 1 ? 1 : 2);
    case 'f':
      return pad(Math.floor(f.fraction / 10 ** (7 - count)), count);
    case 'F':
      return pad(Math.floor(f.fraction / 10 ** (7 - count)), count).replace(/0+$/, '');
    case 'g':
      return 'A.D.';
    case 'z':
      return count === 1 ? '+0' : count === 2 ? '+00' : '+00:00';
    default: // K
      return v.kind === 'utc' ? 'Z' : v.kind === 'local' ? '+00:00' : '';
  }
}

/** Formats a date with .NET tokens (en-US names, `/` and `:` as separators, offsets +00:00). */
export function formatDateTokens(v: DateValue, tokens: readonly DateFormatToken[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'literal') {
      out += t.text;
      continue;
    }
    const text = formatField(v, t.letter, t.count);
    // An F fraction with nothing to print also removes a '.' printed just before it, as in .NET.
    if (text === '' && t.letter === 'F' && out.endsWith('.')) out = out.slice(0, -1);
    out += text;
  }
  return out;
}

/** Formats a date with a .NET format string, or returns the reason the format is invalid. */
export function formatDotNetDate(v: DateValue, format: string): { text: string } | { error: string } {
  const tokens = tokenizeDateFormat(format);
  return typeof tokens === 'string' ? { error: tokens } : { text: formatDateTokens(v, tokens) };
}

const GENERAL = tokenizeDateFormat('G') as DateFormatToken[];

/** The `M/d/yyyy h:mm:ss tt` text that CDate, DateAdd, Now and DateFromNum return. */
export function formatGeneralDate(v: DateValue): string {
  return formatDateTokens(v, GENERAL);
}
