/**
 * Dates as the date functions see them: an instant on .NET's DateTime scale (years 1 to 9999,
 * proleptic Gregorian calendar, 100-nanosecond ticks), held as JavaScript milliseconds plus the
 * ticks inside the millisecond. The engine's clock is UTC, so local time and UTC coincide; `kind`
 * only decides how `K` prints (Utc "Z", Local "+00:00", Unspecified nothing).
 */

export type DateKind = 'utc' | 'local' | 'unspecified';

export interface DateValue {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  ms: number;
  /** 100-ns ticks within the millisecond, 0 to 9999. */
  sub: number;
  kind: DateKind;
}

export interface DateFields {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Fraction of the second in 100-ns ticks, 0 to 9,999,999. */
  fraction: number;
  /** 0 (Sunday) to 6 (Saturday). */
  dayOfWeek: number;
}

export const MS_PER_DAY = 86_400_000;
/** 0001-01-01T00:00:00Z and the last millisecond of 9999-12-31, DateTime's range. */
export const MIN_DATE_MS = -62_135_596_800_000;
export const MAX_DATE_MS = 253_402_300_799_999;
/** 1601-01-01T00:00:00Z, where Windows FILETIME (Active Directory's date format) counts from. */
const FILETIME_EPOCH_MS = -11_644_473_600_000;

export function isInDateRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_DATE_MS && ms <= MAX_DATE_MS;
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The calendar fields of a date (in UTC). */
export function fieldsOf(v: DateValue): DateFields {
  const d = new Date(v.ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    fraction: d.getUTCMilliseconds() * 10_000 + v.sub,
    dayOfWeek: d.getUTCDay(),
  };
}

/**
 * Milliseconds of a wall-clock time read as UTC, or undefined when a field is out of range (no
 * rollover: 2/30 is invalid, as in .NET). `fraction` is in 100-ns ticks.
 */
export function dateFromFields(
  f: Omit<DateFields, 'dayOfWeek'>,
  kind: DateKind = 'utc',
  offsetMinutes = 0,
): DateValue | undefined {
  const ints = [f.year, f.month, f.day, f.hour, f.minute, f.second, f.fraction];
  if (!ints.every(Number.isInteger)) return undefined;
  if (f.year < 1 || f.year > 9999 || f.month < 1 || f.month > 12) return undefined;
  if (f.day < 1 || f.day > daysInMonth(f.year, f.month)) return undefined;
  if (f.hour < 0 || f.hour > 23 || f.minute < 0 || f.minute > 59 || f.second < 0 || f.second > 59) return undefined;
  if (f.fraction < 0 || f.fraction > 9_999_999) return undefined;
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  d.setUTCFullYear(f.year, f.month - 1, f.day);
  d.setUTCHours(f.hour, f.minute, f.second, Math.floor(f.fraction / 10_000));
  const ms = d.getTime() - offsetMinutes * 60_000;
  return isInDateRange(ms) ? { ms, sub: f.fraction % 10_000, kind } : undefined;
}

/** Adds whole calendar months as .NET's AddMonths does (the day is clamped to the month's last day). */
export function addMonths(v: DateValue, months: number): DateValue | undefined {
  const f = fieldsOf(v);
  const total = f.year * 12 + (f.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (year < 1 || year > 9999) return undefined;
  return dateFromFields({ ...f, year, month, day: Math.min(f.day, daysInMonth(year, month)) }, v.kind);
}

/** Adds a (possibly negative) number of milliseconds; undefined when the result leaves DateTime's range. */
export function addMilliseconds(v: DateValue, ms: number): DateValue | undefined {
  const sum = v.ms + ms;
  return isInDateRange(sum) ? { ...v, ms: sum } : undefined;
}

/** Windows FILETIME (100-ns ticks since 1601-01-01 UTC) of a date; undefined before 1601. */
export function toFileTime(v: DateValue): bigint | undefined {
  if (v.ms < FILETIME_EPOCH_MS) return undefined;
  return BigInt(v.ms - FILETIME_EPOCH_MS) * 10_000n + BigInt(v.sub);
}

/** The UTC date of a FILETIME; undefined when negative or past 9999-12-31. */
export function fromFileTime(ticks: bigint): DateValue | undefined {
  if (ticks < 0n) return undefined;
  const ms = Number(ticks / 10_000n) + FILETIME_EPOCH_MS;
  return isInDateRange(ms) ? { ms, sub: Number(ticks % 10_000n), kind: 'utc' } : undefined;
}
