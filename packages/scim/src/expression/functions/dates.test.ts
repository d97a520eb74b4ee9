/** Edge cases of the date functions beyond Microsoft's examples: forms read, calendar rules, ranges, diagnostics. */
import { describe, expect, it } from 'vitest';
import { previewExpression } from '../evaluate.js';
import type { Row } from '../test-helpers.js';
import { run, testContext } from '../test-helpers.js';

const ROWS: Row[] = [
  // CDate: the forms read, and nulls.
  { expr: 'CDate("2021-08-24")', expected: '8/24/2021 12:00:00 AM' },
  { expr: 'CDate("2015-01-23T10:53:47.1Z")', expected: '1/23/2015 10:53:47 AM' },
  { expr: 'CDate("2021-08-25 17:41:18")', expected: '8/25/2021 5:41:18 PM' },
  { expr: 'CDate("2021-08-25T17:41:18+0530")', expected: '8/25/2021 12:11:18 PM' },
  { expr: 'CDate("2021-08-25T17:41 UTC")', expected: '8/25/2021 5:41:00 PM' },
  { expr: 'CDate("2021/8/5")', expected: '8/5/2021 12:00:00 AM' },
  { expr: 'CDate("8/25/2021 5:41:18 PM")', expected: '8/25/2021 5:41:18 PM' },
  { expr: 'CDate("8/25/2021 12:00:00 AM")', expected: '8/25/2021 12:00:00 AM' },
  { expr: 'CDate("8/25/2021 17:41")', expected: '8/25/2021 5:41:00 PM' },
  { expr: 'CDate(" 12/31/2021 11:59:59 pm -08:00 ")', expected: '1/1/2022 7:59:59 AM' },
  { expr: 'CDate("0001-01-01")', expected: '1/1/0001 12:00:00 AM' },
  { expr: 'CDate(CDate("2020-03-16-07:00"))', expected: '3/16/2020 7:00:00 AM' },
  { expr: 'CDate([d])', expected: null },
  { expr: 'CDate([d])', source: { d: '' }, expected: null },
  // DateAdd: VB's calendar rules.
  { expr: 'DateAdd("m", 1, CDate("2021-01-31"))', expected: '2/28/2021 12:00:00 AM' },
  { expr: 'DateAdd("m", -11, CDate("2021-01-31"))', expected: '2/29/2020 12:00:00 AM' },
  { expr: 'DateAdd("yyyy", 1, CDate("2020-02-29"))', expected: '2/28/2021 12:00:00 AM' },
  { expr: 'DateAdd("q", 1, CDate("2021-11-30"))', expected: '2/28/2022 12:00:00 AM' },
  { expr: 'DateAdd("y", 1, CDate("2021-12-31"))', expected: '1/1/2022 12:00:00 AM' },
  { expr: 'DateAdd("w", -1, CDate("2021-03-01"))', expected: '2/28/2021 12:00:00 AM' },
  { expr: 'DateAdd("h", 25, CDate("2021-03-01"))', expected: '3/2/2021 1:00:00 AM' },
  { expr: 'DateAdd("n", -1, CDate("2021-03-01"))', expected: '2/28/2021 11:59:00 PM' },
  { expr: 'DateAdd("s", 90, CDate("2021-03-01"))', expected: '3/1/2021 12:01:30 AM' },
  { expr: 'DateAdd("D", 1.9, CDate("2021-03-01"))', expected: '3/2/2021 12:00:00 AM' },
  { expr: 'DateAdd("d", -1.9, CDate("2021-03-01"))', expected: '2/28/2021 12:00:00 AM' },
  { expr: 'DateAdd("d", "2", "2021-03-01")', expected: '3/3/2021 12:00:00 AM' },
  { expr: 'DateAdd("d", 1, [d])', expected: null },
  { expr: 'DateAdd([i], 1, "2021-03-01")', expected: null },
  // DateDiff: boundaries for yyyy/q/m, truncation for the rest, Sundays for ww.
  ...(
    [
      ['yyyy', '2021-12-31T23:59:59Z', '2022-01-01T00:00:00Z', 1],
      ['q', '2021-03-31T23:59:59Z', '2021-04-01T00:00:00Z', 1],
      ['m', '2021-03-31T23:59:59Z', '2021-04-01T00:00:00Z', 1],
      ['d', '2021-03-31T23:59:59Z', '2021-04-01T00:00:00Z', 0],
      ['y', '2021-03-31T00:00:00Z', '2021-04-02T23:00:00Z', 2],
      ['d', '8/25/2021 5:41:18 PM', '2021-08-24T18:00:00Z', 0],
      ['h', '2021-08-24T10:30:00Z', '2021-08-24T08:31:00Z', -1],
      ['ww', '2021-08-28', '2021-08-29', 1],
      ['w', '2021-08-28', '2021-08-29', 0],
      ['ww', '2021-08-29', '2021-09-04T23:59:59Z', 0],
      ['w', '2021-08-01', '2021-08-15', 2],
      ['s', '2021-08-24T00:00:00.9Z', '2021-08-24T00:00:01Z', 0],
    ] as const
  ).map(([interval, date1, date2, expected]) => ({
    expr: `DateDiff("${interval}", [date1], [date2])`,
    source: { date1, date2 },
    expected,
  })),
  { expr: 'DateDiff("d", [a], "2021-08-24")', expected: null },
  // DateFromNum and NumFromDate.
  { expr: 'DateFromNum(0)', expected: '1/1/1601 12:00:00 AM' },
  { expr: 'DateFromNum("2650467743999999999")', expected: '12/31/9999 11:59:59 PM' },
  { expr: 'DateFromNum([t])', source: { t: 129699324000000000n }, expected: '1/1/2012 11:00:00 PM' },
  { expr: 'DateFromNum([t])', expected: null },
  { expr: 'NumFromDate("1601-01-01T00:00:00.0000001Z")', expected: '1' },
  { expr: 'NumFromDate(CDate("2012-01-01T23:00:00Z"))', expected: '129699324000000000' },
  { expr: 'DateFromNum(NumFromDate("2021-12-31 23:59:59-08:00"))', expected: '1/1/2022 7:59:59 AM' },
  { expr: 'NumFromDate([d])', expected: null },
  // FormatDateTime.
  {
    expr: 'FormatDateTime("2021-12-31-08:00", , "yyyy-MM-ddzzz", "yyyy-MM-ddTHH:mm:ssK")',
    expected: '2021-12-31T08:00:00+00:00',
  },
  { expr: 'FormatDateTime("20150123105347.1Z", , "yyyyMMddHHmmss.fZ", "o")', expected: '2015-01-23T10:53:47.1000000Z' },
  { expr: 'FormatDateTime("2015-01-23", , "yyyy-MM-dd", "yyyy-MM-ddK")', expected: '2015-01-23' },
  { expr: 'FormatDateTime(" 1/2/2015 ", , "M/d/yyyy", "dddd d MMMM yyyy")', expected: 'Friday 2 January 2015' },
  {
    expr: 'FormatDateTime("2015-01-23 +02:00", "AdjustToUniversal, AllowWhiteSpaces", "yyyy-MM-dd zzz", "u")',
    expected: '2015-01-22 22:00:00Z',
  },
  { expr: 'FormatDateTime([d], , "yyyy", "yyyy")', expected: null },
];

describe('date functions: edge cases', () => {
  it.each(ROWS)('$expr with $source', ({ expr, source, expected }) => {
    const r = run(expr, source);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.value).toEqual(expected);
  });

  it('warns when a multi-valued attribute is given as a date and uses its first value', () => {
    const r = run('CDate([d])', { d: ['2021-08-24', '2021-08-25'] });
    expect(r).toMatchObject({ value: '8/24/2021 12:00:00 AM', codes: ['EXPR_MULTI_VALUED_INPUT'] });
  });
});

describe('date functions: runtime diagnostics (value null, never a throw)', () => {
  it.each([
    ['CDate("garbage")', 'EXPR_INVALID_DATE', 7],
    ['CDate("2021-02-29")', 'EXPR_INVALID_DATE', 7],
    ['CDate("13/1/2021")', 'EXPR_INVALID_DATE', 7],
    ['CDate("2021-08-25T24:00")', 'EXPR_INVALID_DATE', 7],
    ['CDate("8/25/2021 13:00 PM")', 'EXPR_INVALID_DATE', 7],
    ['CDate("2021-08-25+15:00")', 'EXPR_INVALID_DATE', 7],
    ['CDate("0001-01-01+01:00")', 'EXPR_INVALID_DATE', 7],
    ['CDate("9999-12-31T23:59:59-01:00")', 'EXPR_INVALID_DATE', 7],
    ['CDate(12)', 'EXPR_INVALID_DATE', 7],
    ['DateAdd("x", 1, "2021-03-01")', 'EXPR_INVALID_ARGUMENT', 9],
    ['DateAdd("d", "one", "2021-03-01")', 'EXPR_INVALID_ARGUMENT', 14],
    ['DateAdd("d", 3000000000, "2021-03-01")', 'EXPR_INVALID_ARGUMENT', 14],
    ['DateAdd("yyyy", 8000, "2021-03-01")', 'EXPR_INVALID_DATE', 1],
    ['DateAdd("d", -800000, "2021-03-01")', 'EXPR_INVALID_DATE', 1],
    ['DateDiff("d", "2021-03-01", "soon")', 'EXPR_INVALID_DATE', 29],
    ['DateFromNum(-1)', 'EXPR_INVALID_DATE', 13],
    ['DateFromNum(1.5)', 'EXPR_INVALID_DATE', 13],
    ['DateFromNum("abc")', 'EXPR_INVALID_DATE', 13],
    ['DateFromNum("2650467744000000000")', 'EXPR_INVALID_DATE', 13],
    ['DateFromNum("9223372036854775807")', 'EXPR_INVALID_DATE', 13],
    ['DateFromNum(1000000000000000000000000000000)', 'EXPR_INVALID_DATE', 13],
    ['NumFromDate("1600-12-31")', 'EXPR_INVALID_DATE', 13],
    ['NumFromDate("tomorrow")', 'EXPR_INVALID_DATE', 13],
    ['FormatDateTime("2015-1-23", , "yyyy-MM-dd", "d")', 'EXPR_INVALID_DATE', 16],
    ['FormatDateTime(" 2015-01-23", "None", "yyyy-MM-dd", "d")', 'EXPR_INVALID_DATE', 16],
    ['FormatDateTime("2015-01-23", "Often", "yyyy-MM-dd", "d")', 'EXPR_INVALID_ARGUMENT', 30],
    ['FormatDateTime("2015-01-23", , "\'yyyy", "d")', 'EXPR_INVALID_ARGUMENT', 32],
    ['FormatDateTime("2015-01-23", , "yyyy-MM-dd", "q")', 'EXPR_INVALID_ARGUMENT', 46],
  ])('%s -> %s at column %i', (expr, code, column) => {
    const r = run(expr);
    expect(r.value).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code, column, line: 1, severity: 'error' })]);
  });

  it('reports a clock outside the DateTime range', () => {
    const r = previewExpression('Now()', {}, { ...testContext(), now: () => new Date(Number.NaN) });
    expect(r).toMatchObject({ value: null, diagnostics: [{ code: 'EXPR_INVALID_DATE' }] });
  });

  it('reports every invalid argument of one call', () => {
    expect(run('DateAdd("x", "y", "z")').codes).toEqual([
      'EXPR_INVALID_ARGUMENT',
      'EXPR_INVALID_ARGUMENT',
      'EXPR_INVALID_DATE',
    ]);
  });
});
