import { isCalendarDate } from '../rounds/zone';

// Receipt times read without a Date: the admin import reads three per receipt, 30,000 receipts a
// file, and the report sorts second attempts by them. Nothing else here, so the admin page's own
// bundle can use it without the receipt schema.

const digitAt = (s: string, i: number) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const twoAt = (s: string, i: number) => digitAt(s, i) * 10 + digitAt(s, i + 1);

/**
 * "YYYY-MM-DDTHH:mm:ss±HH:MM" read by character codes (three per receipt, so no regex): the instant
 * in seconds, or NaN when the text is not that shape or names no real time.
 */
export function isoSeconds(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 25) return NaN;
  const sign = value.charCodeAt(19) === 43 ? 1 : value.charCodeAt(19) === 45 ? -1 : 0;
  if (!sign || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':' || value[22] !== ':') return NaN;
  const year = twoAt(value, 0) * 100 + twoAt(value, 2);
  const month = twoAt(value, 5);
  const day = twoAt(value, 8);
  const hour = twoAt(value, 11);
  const minute = twoAt(value, 14);
  const second = twoAt(value, 17);
  const offsetHours = twoAt(value, 20);
  const offsetMinutes = twoAt(value, 23);
  if (!(year >= 0) || !isCalendarDate(year, month, day)) return NaN; // NaN fails every comparison
  if (!(hour < 24 && minute < 60 && second < 60 && offsetHours < 24 && offsetMinutes < 60)) return NaN;
  return daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - sign * (offsetHours * 3600 + offsetMinutes * 60);
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil): what Date.UTC
 * gives, in whole numbers and without building a date (and without its 0–99 → 19xx rule).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
