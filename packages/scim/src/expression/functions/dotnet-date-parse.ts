/**
 * .NET's DateTime.ParseExact for the tokens of `dotnet-date.ts`: digits are ASCII, names are
 * en-US and matched ignoring case, `y`/`yy` years pivot at 2049, a missing date defaults to today
 * (unless NoCurrentDateDefault) and missing parts of a date to January or the 1st. A parsed
 * offset converts the time to UTC (the engine's local time).
 */
import type { DateKind, DateValue } from './date-value.js';
import { dateFromFields, fieldsOf } from './date-value.js';
import type { DateFormatToken } from './dotnet-date.js';
import { DAY_NAMES, MONTH_NAMES } from './dotnet-date.js';

/** System.Globalization.DateTimeStyles flags. */
export const DATE_STYLES: Readonly<Record<string, number>> = {
  None: 0,
  AllowLeadingWhite: 1,
  AllowTrailingWhite: 2,
  AllowInnerWhite: 4,
  AllowWhiteSpaces: 7,
  NoCurrentDateDefault: 8,
  AdjustToUniversal: 16,
  AssumeLocal: 32,
  AssumeUniversal: 64,
  RoundtripKind: 128,
};
const S = DATE_STYLES;

/** Entra's default when dateTimeStyles is left empty. */
export const DEFAULT_DATE_STYLES = S.RoundtripKind | S.AllowLeadingWhite | S.AllowTrailingWhite;

/**
 * Reads "AdjustToUniversal, AllowWhiteSpaces" (names in any case, `DateTimeStyles.` prefixes,
 * `,` or `|` between them, or a number) into flags; returns the reason when invalid.
 */
export function parseDateStyles(text: string): number | string {
  let flags = 0;
  for (const raw of text.split(/[,|]/)) {
    const name = raw.trim().replace(/^DateTimeStyles\./i, '');
    const key = Object.keys(S).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) flags |= S[key];
    else if (/^\d{1,3}$/.test(name) && Number(name) < 256) flags |= Number(name);
    else return `"${raw.trim()}" is not a DateTimeStyles value`;
  }
  const has = (f: number) => (flags & f) !== 0;
  if (has(S.AssumeLocal) && has(S.AssumeUniversal)) return 'AssumeLocal and AssumeUniversal exclude each other';
  if (has(S.RoundtripKind) && has(S.AdjustToUniversal | S.AssumeLocal | S.AssumeUniversal)) {
    return 'RoundtripKind excludes AdjustToUniversal, AssumeLocal and AssumeUniversal';
  }
  return flags;
}

type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'fraction' | 'dayOfWeek' | 'pm' | 'offset';

class Reader {
  pos = 0;
  readonly values = new Map<Field, number>();
  hour12 = false;
  twoDigitYear = false;
  utc = false;

  constructor(readonly input: string) {}

  isSpace(i = this.pos): boolean {
    return i < this.input.length && /\s/.test(this.input[i]);
  }
  skipSpaces(): void {
    while (this.isSpace()) this.pos++;
  }
  /** Reads `min` to `max` ASCII digits. */
  digits(min: number, max: number): number | undefined {
    let n = 0;
    let len = 0;
    while (len < max && this.pos < this.input.length) {
      const d = this.input.charCodeAt(this.pos) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
      len++;
      this.pos++;
    }
    return len >= min ? n : undefined;
  }
  /** Index in `words` of the longest one found here (ignoring case), advancing past it. */
  word(words: readonly string[]): number | undefined {
    const rest = this.input.slice(this.pos, this.pos + 16).toLowerCase();
    let best: number | undefined;
    words.forEach((w, i) => {
      if (rest.startsWith(w.toLowerCase()) && (best === undefined || w.length > words[best].length)) best = i;
    });
    if (best !== undefined) this.pos += words[best].length;
    return best;
  }
  /** Records a value; a second, different value for the same field fails, as in .NET. */
  set(field: Field, value: number | undefined): boolean {
    if (value === undefined) return false;
    const old = this.values.get(field);
    if (old !== undefined && old !== value) return false;
    this.values.set(field, value);
    return true;
  }
  /** `+hh`, `+h`, `+hh:mm` or `+hhmm` (minutes only when `long`), as minutes east of UTC. */
  offset(count: number): boolean {
    const sign = this.input[this.pos];
    if (sign !== '+' && sign !== '-') return false;
    this.pos++;
    const hours = this.digits(count === 2 ? 2 : 1, 2);
    let minutes = 0;
    if (count >= 3) {
      if (this.input[this.pos] === ':') this.pos++;
      const m = this.digits(2, 2);
      if (m === undefined || m > 59) return false;
      minutes = m;
    }
    if (hours === undefined || hours > 14) return false;
    return this.set('offset', (sign === '-' ? -1 : 1) * (hours * 60 + minutes));
  }
}

const SHORT = (names: string[]) => names.map((n) => n.slice(0, 3));

function readField(r: Reader, letter: string, count: number): boolean {
  const oneOrTwo = () => r.digits(count === 1 ? 1 : 2, 2);
  switch (letter) {
    case 'd':
      if (count <= 2) return r.set('day', oneOrTwo());
      return r.set('dayOfWeek', r.word(count === 3 ? SHORT(DAY_NAMES) : DAY_NAMES));
    case 'M': {
      if (count <= 2) return r.set('month', oneOrTwo());
      const i = r.word(count === 3 ? SHORT(MONTH_NAMES) : MONTH_NAMES);
      return r.set('month', i === undefined ? undefined : i + 1);
    }
    case 'y':
      if (count <= 2) r.twoDigitYear = true;
      return r.set('year', count <= 2 ? oneOrTwo() : r.digits(count, count));
    case 'h':
      r.hour12 = true;
      return r.set('hour', oneOrTwo());
    case 'H':
      return r.set('hour', oneOrTwo());
    case 'm':
      return r.set('minute', oneOrTwo());
    case 's':
      return r.set('second', oneOrTwo());
    case 'f':
    case 'F': {
      const start = r.pos;
      const n = r.digits(letter === 'f' ? count : 0, count);
      return n !== undefined && r.set('fraction', n * 10 ** (7 - (r.pos - start)));
    }
    case 't':
      return r.set('pm', r.word(count === 1 ? ['A', 'P'] : ['AM', 'PM']));
    case 'z':
      return r.offset(count);
    case 'K':
      if (r.input[r.pos] === 'Z') {
        r.pos++;
        r.utc = true;
        return true;
      }
      return r.input[r.pos] === '+' || r.input[r.pos] === '-' ? r.offset(3) : true;
    default: // g: the era
      return r.word(['A.D.', 'AD']) !== undefined;
  }
}

const isOptionalFraction = (t: DateFormatToken | undefined) => t?.kind === 'field' && t.letter === 'F';

function readTokens(r: Reader, tokens: readonly DateFormatToken[], inner: boolean): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (inner) r.skipSpaces();
    if (t.kind === 'field') {
      if (!readField(r, t.letter, t.count)) return false;
      continue;
    }
    for (let i = 0; i < t.text.length; i++) {
      const ch = t.text[i];
      if (/\s/.test(ch)) {
        if (inner) r.skipSpaces();
        else if (r.isSpace()) r.pos++;
        else return false;
      } else if (r.input[r.pos] === ch) r.pos++;
      else if (ch === '.' && i === t.text.length - 1 && isOptionalFraction(tokens[k + 1])) {
        k++; // ".FFF" with no fraction at all is accepted
      } else return false;
    }
    if (t.utc) r.utc = true;
  }
  return true;
}

function resolveHour(r: Reader): number | undefined {
  const hour = r.values.get('hour') ?? 0;
  const pm = r.values.get('pm');
  if (r.hour12) {
    if (hour > 12) return undefined;
    return pm === 1 ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
  }
  if ((pm === 0 && hour >= 12) || (pm === 1 && hour < 12)) return undefined;
  return hour;
}

/** Parses `input` exactly as `tokens` describe; `today` fills in a missing date. Undefined when it does not fit. */
export function parseDateExact(
  input: string,
  tokens: readonly DateFormatToken[],
  styles: number,
  today: DateValue,
): DateValue | undefined {
  const r = new Reader(input);
  if (styles & S.AllowLeadingWhite) r.skipSpaces();
  if (!readTokens(r, tokens, (styles & S.AllowInnerWhite) !== 0)) return undefined;
  if (styles & S.AllowTrailingWhite) r.skipSpaces();
  if (r.pos < input.length) return undefined;

  const v = r.values;
  const now = fieldsOf(today);
  let year = v.get('year');
  if (year !== undefined && r.twoDigitYear) year += year <= 49 ? 2000 : 1900;
  let month = v.get('month');
  let day = v.get('day');
  if (year === undefined && month === undefined && day === undefined) {
    const blank = (styles & S.NoCurrentDateDefault) !== 0;
    [year, month, day] = blank ? [1, 1, 1] : [now.year, now.month, now.day];
  }
  const hour = resolveHour(r);
  if (hour === undefined) return undefined;

  const offset = v.get('offset');
  const zoned = r.utc || offset !== undefined;
  if (r.utc && offset !== undefined && offset !== 0) return undefined;
  const adjust = (styles & S.AdjustToUniversal) !== 0;
  let kind: DateKind = 'unspecified';
  if (zoned) kind = r.utc || adjust ? 'utc' : 'local';
  else if (styles & (S.AssumeLocal | S.AssumeUniversal)) kind = adjust ? 'utc' : 'local';

  const result = dateFromFields(
    {
      year: year ?? now.year,
      month: month ?? 1,
      day: day ?? 1,
      hour,
      minute: v.get('minute') ?? 0,
      second: v.get('second') ?? 0,
      fraction: v.get('fraction') ?? 0,
    },
    kind,
    offset ?? 0,
  );
  const dayOfWeek = v.get('dayOfWeek');
  if (result === undefined || (dayOfWeek !== undefined && fieldsOf(result).dayOfWeek !== dayOfWeek)) return undefined;
  return result;
}
