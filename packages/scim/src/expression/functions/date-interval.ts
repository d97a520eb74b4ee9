/**
 * DateAdd and DateDiff intervals, with Visual Basic's rules (Microsoft.VisualBasic.DateAndTime,
 * which Entra's engine follows): yyyy year, q quarter, m month, y day of year, d day, w weekday,
 * ww week, h hour, n minute, s second; names are matched ignoring case.
 *
 * DateDiff counts calendar boundaries for yyyy, q and m (31 Dec → 1 Jan is one year), whole
 * elapsed units (truncated toward zero) for d, y, h, n, s and w, and Sunday boundaries for ww.
 */
import type { DateValue } from './date-value.js';
import { addMilliseconds, addMonths, fieldsOf, MS_PER_DAY } from './date-value.js';

export type DateInterval = 'yyyy' | 'q' | 'm' | 'y' | 'd' | 'w' | 'ww' | 'h' | 'n' | 's';

const INTERVALS: readonly DateInterval[] = ['yyyy', 'q', 'm', 'y', 'd', 'w', 'ww', 'h', 'n', 's'];

const UNIT_MS: Partial<Record<DateInterval, number>> = {
  y: MS_PER_DAY,
  d: MS_PER_DAY,
  w: MS_PER_DAY,
  ww: 7 * MS_PER_DAY,
  h: 3_600_000,
  n: 60_000,
  s: 1000,
};

export function parseDateInterval(text: string): DateInterval | undefined {
  const lower = text.toLowerCase();
  return INTERVALS.find((i) => i === lower);
}

/** `date` plus `n` (a whole number) intervals; undefined when the result leaves years 1 to 9999. */
export function addDateInterval(interval: DateInterval, n: number, date: DateValue): DateValue | undefined {
  if (interval === 'yyyy') return addMonths(date, n * 12);
  if (interval === 'q') return addMonths(date, n * 3);
  if (interval === 'm') return addMonths(date, n);
  return addMilliseconds(date, n * (UNIT_MS[interval] ?? 0));
}

/** Elapsed milliseconds from a to b, with the 100-ns ticks as a fraction. */
function elapsedMs(a: DateValue, b: DateValue): number {
  return b.ms - a.ms + (b.sub - a.sub) / 10_000;
}

/** Visual Basic's DateDiff(interval, date1, date2): positive when date2 is later. */
export function diffDateInterval(interval: DateInterval, date1: DateValue, date2: DateValue): number {
  // `+ 0` turns the -0 that Math.trunc can give into 0.
  return countIntervals(interval, date1, date2) + 0;
}

function countIntervals(interval: DateInterval, date1: DateValue, date2: DateValue): number {
  const f1 = fieldsOf(date1);
  const f2 = fieldsOf(date2);
  switch (interval) {
    case 'yyyy':
      return f2.year - f1.year;
    case 'q':
      return (f2.year - f1.year) * 4 + Math.floor((f2.month - 1) / 3) - Math.floor((f1.month - 1) / 3);
    case 'm':
      return (f2.year - f1.year) * 12 + f2.month - f1.month;
    case 'w':
      return Math.trunc(Math.trunc(elapsedMs(date1, date2) / MS_PER_DAY) / 7);
    case 'ww': {
      // Both dates move back to the week's start (Sunday) first, keeping their time of day.
      const start1 = date1.ms - f1.dayOfWeek * MS_PER_DAY;
      const start2 = date2.ms - f2.dayOfWeek * MS_PER_DAY;
      const days = Math.trunc((start2 - start1 + (date2.sub - date1.sub) / 10_000) / MS_PER_DAY);
      return Math.trunc(days / 7);
    }
    default:
      return Math.trunc(elapsedMs(date1, date2) / (UNIT_MS[interval] ?? 1));
  }
}
