/**
 * The date strings CDate (and the other date functions' date arguments) accept, a practical
 * subset of .NET's DateTime.Parse in en-US:
 *   - ISO 8601 `yyyy-M-d`, optionally followed by `T` or spaces and `H:mm[:ss[.fffffff]]`;
 *   - en-US `M/d/yyyy`, optionally followed by `h:mm[:ss[.fffffff]] AM|PM` (or a 24-hour time);
 *   - either one optionally followed by a zone: `Z`, `UTC`, `GMT`, `±hh:mm`, `±hhmm` or `±h`.
 * An offset may follow the date directly ("2020-03-16-07:00" is midnight at -07:00). Without a
 * zone the time is taken as UTC, the engine's time zone. The result is always in UTC.
 */
import type { DateValue } from './date-value.js';
import { dateFromFields } from './date-value.js';

const ISO_DATE = String.raw`(\d{4})([-/])(\d{1,2})\2(\d{1,2})`;
const US_DATE = String.raw`(\d{1,2})/(\d{1,2})/(\d{4})`;
const TIME = String.raw`(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([AaPp][Mm]))?)?`;
const ZONE = String.raw`\s*([Zz]|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?`;
const ISO_RE = new RegExp(`^${ISO_DATE}${TIME}${ZONE}$`, 'i');
const US_RE = new RegExp(`^${US_DATE}${TIME}${ZONE}$`, 'i');

/** Minutes east of UTC of a zone designator, or undefined when out of range. */
function zoneMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (m === null) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Hour on the 24-hour clock, or undefined when an AM/PM time is out of range. */
function hour24(hour: number, ampm: string | undefined): number | undefined {
  if (ampm === undefined) return hour;
  if (hour > 12) return undefined;
  return ampm.toUpperCase() === 'PM' ? (hour % 12) + 12 : hour % 12;
}

/** The UTC instant `text` denotes, or undefined when it is not a date this engine reads. */
export function parseDateText(text: string): DateValue | undefined {
  const s = text.trim();
  if (s.length > 64) return undefined;
  let year: string;
  let month: string;
  let day: string;
  let rest: (string | undefined)[];
  const iso = ISO_RE.exec(s);
  if (iso !== null) {
    [year, month, day] = [iso[1], iso[3], iso[4]];
    rest = iso.slice(5);
  } else {
    const us = US_RE.exec(s);
    if (us === null) return undefined;
    [month, day, year] = [us[1], us[2], us[3]];
    rest = us.slice(4);
  }
  const [h, min, sec, frac, ampm, zone] = rest;
  const hour = hour24(Number(h ?? 0), ampm);
  const offset = zoneMinutes(zone);
  if (hour === undefined || offset === undefined) return undefined;
  return dateFromFields(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour,
      minute: Number(min ?? 0),
      second: Number(sec ?? 0),
      fraction: frac === undefined ? 0 : Number(frac.slice(0, 7).padEnd(7, '0')),
    },
    'utc',
    offset,
  );
}
