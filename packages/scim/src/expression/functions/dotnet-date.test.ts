/** The .NET date format helpers on their own: tokenizing, formatting, exact parsing, FILETIME. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateKind, DateValue } from './date-value.js';
import { fromFileTime, MAX_DATE_MS, MIN_DATE_MS, toFileTime } from './date-value.js';
import type { DateFormatToken } from './dotnet-date.js';
import { formatDotNetDate, formatGeneralDate, tokenizeDateFormat } from './dotnet-date.js';
import { DEFAULT_DATE_STYLES, parseDateExact, parseDateStyles } from './dotnet-date-parse.js';

/** A date from an ISO string plus extra 100-ns ticks. */
function at(iso: string, sub = 0, kind: DateKind = 'utc'): DateValue {
  return { ms: Date.parse(iso), sub, kind };
}

// 2009-06-15T13:45:30.6175425Z, a Monday.
const SAMPLE = at('2009-06-15T13:45:30.617Z', 5425);

describe('tokenizeDateFormat', () => {
  it('groups repeated letters and merges literals', () => {
    expect(tokenizeDateFormat("yyyy-MM-dd'T'HH\\:mm")).toEqual([
      { kind: 'field', letter: 'y', count: 4 },
      { kind: 'literal', text: '-' },
      { kind: 'field', letter: 'M', count: 2 },
      { kind: 'literal', text: '-' },
      { kind: 'field', letter: 'd', count: 2 },
      { kind: 'literal', text: 'T' },
      { kind: 'field', letter: 'H', count: 2 },
      { kind: 'literal', text: ':' },
      { kind: 'field', letter: 'm', count: 2 },
    ]);
  });

  it('marks an unquoted Z as UTC, and not a quoted one', () => {
    expect(tokenizeDateFormat('s.fZ')).toContainEqual({ kind: 'literal', text: 'Z', utc: true });
    expect(tokenizeDateFormat("s'Z'")).toEqual([
      { kind: 'field', letter: 's', count: 1 },
      { kind: 'literal', text: 'Z' },
    ]);
  });

  it.each([
    ["'abc", 'no closing'],
    ['yyyy\\', 'backslash'],
    ['%', '%'],
    ['%%d', '%'],
    ['ss.ffffffff', 'more than 7'],
    ['x', 'not a standard'],
    ['', 'empty'],
  ])('rejects %j', (format, reason) => {
    expect(tokenizeDateFormat(format)).toContain(reason);
  });
});

describe('formatDotNetDate', () => {
  it.each([
    ['d', '6/15/2009'],
    ['%d', '15'],
    ['dd', '15'],
    ['ddd', 'Mon'],
    ['dddd', 'Monday'],
    ['%M', '6'],
    ['MM', '06'],
    ['MMM', 'Jun'],
    ['MMMM', 'June'],
    ['%y', '9'],
    ['yy', '09'],
    ['yyy', '2009'],
    ['yyyyy', '02009'],
    ['%h', '1'],
    ['hh', '01'],
    ['HH', '13'],
    ['hhh', '01'],
    ['mm:ss', '45:30'],
    ['%t', 'P'],
    ['tt', 'PM'],
    ['%f', '6'],
    ['fff', '617'],
    ['fffffff', '6175425'],
    ['FFFFFFF', '6175425'],
    ['%z', '+0'],
    ['zz', '+00'],
    ['zzz', '+00:00'],
    ['%K', 'Z'],
    ['%g', 'A.D.'],
    ["'Day' d", 'Day 15'],
    ['"d" d', 'd 15'],
    ['\\d\\a\\y d', 'day 15'],
    ["'it''s'", 'its'],
    ["'a\\'b'", "a'b"],
    ['D', 'Monday, June 15, 2009'],
    ['f', 'Monday, June 15, 2009 1:45 PM'],
    ['G', '6/15/2009 1:45:30 PM'],
    ['M', 'June 15'],
    ['o', '2009-06-15T13:45:30.6175425Z'],
    ['r', 'Mon, 15 Jun 2009 13:45:30 GMT'],
    ['s', '2009-06-15T13:45:30'],
    ['t', '1:45 PM'],
    ['u', '2009-06-15 13:45:30Z'],
    ['y', 'June 2009'],
  ])('%j → %j', (format, expected) => {
    expect(formatDotNetDate(SAMPLE, format)).toEqual({ text: expected });
  });

  it('trims F fractions and drops the dot before an empty one', () => {
    expect(formatDotNetDate(at('2009-06-15T13:45:30.5Z'), 'ss.FFF')).toEqual({ text: '30.5' });
    expect(formatDotNetDate(at('2009-06-15T13:45:30Z'), 'ss.FFF')).toEqual({ text: '30' });
    expect(formatDotNetDate(at('2009-06-15T13:45:30Z'), 'ss.fff')).toEqual({ text: '30.000' });
  });

  it('prints K by kind and the 12-hour clock around midnight and noon', () => {
    expect(formatDotNetDate(at('2009-06-15T00:05:00Z', 0, 'local'), 'h:mm tt K')).toEqual({ text: '12:05 AM +00:00' });
    expect(formatDotNetDate(at('2009-06-15T12:05:00Z', 0, 'unspecified'), 'h:mm tt[K]')).toEqual({
      text: '12:05 PM[]',
    });
  });

  it('formats the ends of the DateTime range', () => {
    expect(formatGeneralDate(at('0001-01-01T00:00:00Z'))).toBe('1/1/0001 12:00:00 AM');
    expect(formatGeneralDate(at('9999-12-31T23:59:59.999Z', 9999))).toBe('12/31/9999 11:59:59 PM');
  });

  it('reports an invalid format instead of throwing', () => {
    expect(formatDotNetDate(SAMPLE, "'open")).toEqual({ error: expect.stringContaining('no closing') });
  });
});

describe('parseDateExact', () => {
  const today = at('2021-07-02T15:33:38Z');
  const parse = (input: string, format: string, styles = DEFAULT_DATE_STYLES) =>
    parseDateExact(input, tokenizeDateFormat(format) as DateFormatToken[], styles, today);
  const iso = (v: DateValue | undefined) =>
    v === undefined ? undefined : `${new Date(v.ms).toISOString()}+${v.sub} ${v.kind}`;

  it.each([
    ['20150123105347.1Z', 'yyyyMMddHHmmss.fZ', '2015-01-23T10:53:47.100Z+0 utc'],
    ['2021-12-31-08:00', 'yyyy-MM-ddzzz', '2021-12-31T08:00:00.000Z+0 local'],
    ['2021-12-31+0530', 'yyyy-MM-ddzzz', '2021-12-30T18:30:00.000Z+0 local'],
    ['12/31/2020 11:59:59 PM', 'M/d/yyyy hh:mm:ss tt', '2020-12-31T23:59:59.000Z+0 unspecified'],
    ['1/2/2020 12:00:00 am', 'M/d/yyyy hh:mm:ss tt', '2020-01-02T00:00:00.000Z+0 unspecified'],
    ['  2009-06-15  ', 'yyyy-MM-dd', '2009-06-15T00:00:00.000Z+0 unspecified'],
    ['15 june 2009', 'd MMMM yyyy', '2009-06-15T00:00:00.000Z+0 unspecified'],
    ['Mon, 15 Jun 2009', 'ddd, dd MMM yyyy', '2009-06-15T00:00:00.000Z+0 unspecified'],
    ['2009-06-15T13:45:30.6175425Z', 'o', '2009-06-15T13:45:30.617Z+5425 utc'],
    ['2009-06-15T13:45:30+02:00', 'yyyy-MM-ddTHH:mm:ssK', '2009-06-15T11:45:30.000Z+0 local'],
    ['2009-06-15T13:45:30', 'yyyy-MM-ddTHH:mm:ssK', '2009-06-15T13:45:30.000Z+0 unspecified'],
    ['10:53:47', 'HH:mm:ss.FFF', '2021-07-02T10:53:47.000Z+0 unspecified'],
    ['10:53:47.12', 'HH:mm:ss.FFF', '2021-07-02T10:53:47.120Z+0 unspecified'],
    ['49-01-01', 'yy-MM-dd', '2049-01-01T00:00:00.000Z+0 unspecified'],
    ['50-01-01', 'yy-MM-dd', '1950-01-01T00:00:00.000Z+0 unspecified'],
    ['06/15', 'MM/dd', '2021-06-15T00:00:00.000Z+0 unspecified'],
    ['A.D. 2009', 'g yyyy', '2009-01-01T00:00:00.000Z+0 unspecified'],
  ])('%j with %j', (input, format, expected) => {
    expect(iso(parse(input, format))).toBe(expected);
  });

  it.each([
    ['2015-1-23', 'yyyy-MM-dd'],
    ['15-01-23', 'yyyy-MM-dd'],
    ['2015-02-30', 'yyyy-MM-dd'],
    ['2015-01-23x', 'yyyy-MM-dd'],
    ['2015-01-23', 'yyyy/MM/dd'],
    ['13 AM', 'HH tt'],
    ['09 PM', 'HH tt'],
    ['13', 'hh'],
    ['Tuesday 2009-06-15', 'dddd yyyy-MM-dd'],
    ['2009 2010', 'yyyy yyyy'],
    ['10:53:47.1', 'HH:mm:ss.ff'],
    ['2009-06-15+15:00', 'yyyy-MM-ddzzz'],
    ['2009-06-15Z', 'yyyy-MM-ddzzz'],
    ['Juneish 2009', 'MMMM yyyy'],
    ['0000-01-01', 'yyyy-MM-dd'],
  ])('rejects %j with %j', (input, format) => {
    expect(parse(input, format)).toBeUndefined();
  });

  it('applies the styles', () => {
    expect(parse(' 2009-06-15', 'yyyy-MM-dd', 0)).toBeUndefined();
    expect(parse('2009 -  06', 'yyyy - MM', DEFAULT_DATE_STYLES)).toBeUndefined();
    expect(iso(parse('2009 -  06', 'yyyy - MM', 7))).toBe('2009-06-01T00:00:00.000Z+0 unspecified');
    expect(iso(parse('10:00', 'HH:mm', 8))).toBe('0001-01-01T10:00:00.000Z+0 unspecified');
    expect(iso(parse('2009-06-15T13:45:30+02:00', 'yyyy-MM-ddTHH:mm:sszzz', 16))).toBe(
      '2009-06-15T11:45:30.000Z+0 utc',
    );
    expect(iso(parse('2009-06-15', 'yyyy-MM-dd', 64))).toBe('2009-06-15T00:00:00.000Z+0 local');
    expect(iso(parse('2009-06-15', 'yyyy-MM-dd', 64 | 16))).toBe('2009-06-15T00:00:00.000Z+0 utc');
  });
});

describe('format then parse', () => {
  it('reads back every instant it prints with a lossless format', () => {
    const formats = ['o', 'yyyyMMddHHmmss.fffffffZ', 'dddd, MMMM d, yyyy h:mm:ss.FFFFFFF tt'];
    const tokens = formats.map((f) => tokenizeDateFormat(f) as DateFormatToken[]);
    const instant = fc.record({
      ms: fc.integer({ min: MIN_DATE_MS, max: MAX_DATE_MS }),
      sub: fc.integer({ min: 0, max: 9999 }),
    });
    fc.assert(
      fc.property(instant, ({ ms, sub }) => {
        for (let i = 0; i < formats.length; i++) {
          const text = formatDotNetDate({ ms, sub, kind: 'utc' }, formats[i]);
          const back = 'text' in text ? parseDateExact(text.text, tokens[i], 0, at('2021-07-02T00:00:00Z')) : undefined;
          expect(back).toMatchObject({ ms, sub });
        }
      }),
      { seed: 20_240_601, numRuns: 500 },
    );
  });
});

describe('parseDateStyles', () => {
  it.each([
    ['AdjustToUniversal, AllowWhiteSpaces', 23],
    ['DateTimeStyles.RoundtripKind | allowleadingwhite', 129],
    ['None', 0],
    ['128', 128],
  ])('%j → %i', (text, flags) => {
    expect(parseDateStyles(text)).toBe(flags);
  });

  it.each([
    ['Bogus', 'not a DateTimeStyles'],
    ['RoundtripKind, AdjustToUniversal', 'excludes'],
    ['AssumeLocal, AssumeUniversal', 'exclude each other'],
    ['4096', 'not a DateTimeStyles'],
  ])('rejects %j', (text, reason) => {
    expect(parseDateStyles(text)).toContain(reason);
  });
});

describe('FILETIME', () => {
  it('converts both ways with 100-ns precision', () => {
    expect(fromFileTime(0n)).toEqual(at('1601-01-01T00:00:00Z'));
    expect(toFileTime(at('1601-01-01T00:00:00Z', 1))).toBe(1n);
    expect(fromFileTime(129_699_324_000_000_000n)).toEqual(at('2012-01-01T23:00:00Z'));
    const t = 132_854_975_991_234_567n;
    const date = fromFileTime(t);
    expect(date && toFileTime(date)).toBe(t);
  });

  it('refuses what a .NET DateTime cannot hold', () => {
    expect(fromFileTime(-1n)).toBeUndefined();
    expect(fromFileTime(2_650_467_743_999_999_999n)).toEqual(at('9999-12-31T23:59:59.999Z', 9999));
    expect(fromFileTime(2_650_467_744_000_000_000n)).toBeUndefined();
    expect(fromFileTime(10n ** 40n)).toBeUndefined();
    expect(toFileTime(at('1600-12-31T23:59:59.999Z'))).toBeUndefined();
  });
});
