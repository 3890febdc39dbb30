/** Wall-clock parts of an instant in one time zone; `offsetMinutes` is the zone's UTC offset then. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
}

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Creating an Intl.DateTimeFormat is costly and these helpers run on every popup render and badge tick.
const formatters = new Map<string, Intl.DateTimeFormat>();
const dayStarts = new Map<string, number>();

function getFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `Intl` knows `timeZone` as a named zone (IANA name such as "Asia/Ho_Chi_Minh" or "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  // Recent engines also accept offsets such as "+07:00"; those are not IANA zones and ignore DST.
  if (!/^[A-Za-z]/.test(timeZone)) return false;
  try {
    getFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Splits an instant (epoch ms) into the wall-clock date and time of `timeZone`, to the second (floor). */
export function getZonedParts(ms: number, timeZone: string): ZonedParts {
  const seconds = Math.floor(ms / 1000) * 1000;
  const values: Record<string, number> = {};
  for (const part of getFormatter(timeZone).formatToParts(seconds)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = values;
  const wall = utcDate(year, month, day).setUTCHours(hour, minute, second);
  return { year, month, day, hour, minute, second, offsetMinutes: (wall - seconds) / 60_000 };
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** Formats an instant as ISO 8601 with the zone's offset at that instant, e.g. "2022-08-09T09:14:03+07:00". */
export function formatZonedIso(ms: number, timeZone: string): string {
  const p = getZonedParts(ms, timeZone);
  const offset = Math.round(p.offsetMinutes);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return `${date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Reads "YYYY-MM-DD" as a real calendar date; undefined when it is not one (e.g. "2022-02-30"). */
export function parseLocalDate(date: string): { year: number; month: number; day: number } | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when year-month-day names a real day of the proleptic Gregorian calendar (arithmetic only: it runs 90,000 times per admin import). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Adds whole calendar days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  const next = utcDate(parsed.year, parsed.month, parsed.day + days);
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

const dayKey = (p: { year: number; month: number; day: number }) => p.year * 10_000 + p.month * 100 + p.day;
const offsetMs = (ms: number, timeZone: string) => getZonedParts(ms, timeZone).offsetMinutes * 60_000;

/** The first instant (epoch ms) of a local calendar day "YYYY-MM-DD" in `timeZone`, DST-safe. */
export function getStartOfZonedDay(date: string, timeZone: string): number {
  const cacheKey = `${timeZone}|${date}`;
  const cached = dayStarts.get(cacheKey);
  if (cached !== undefined) return cached;
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  const target = dayKey(parsed);
  const wall = utcDate(parsed.year, parsed.month, parsed.day).getTime();
  // Midnight under the offset in force a day before and a day after: one is right unless a
  // transition falls exactly on midnight; the earlier one wins when midnight happens twice.
  const candidates = [wall - offsetMs(wall - DAY_MS, timeZone), wall - offsetMs(wall + DAY_MS, timeZone)]
    .filter((t) => {
      const p = getZonedParts(t, timeZone);
      return dayKey(p) === target && p.hour === 0 && p.minute === 0 && p.second === 0;
    });
  const start = candidates.length > 0 ? Math.min(...candidates) : findDayStartInGap(wall, target, timeZone);
  if (dayStarts.size > 1000) dayStarts.clear();
  dayStarts.set(cacheKey, start);
  return start;
}

// Midnight was skipped by a spring-forward transition: the day starts at the transition itself.
function findDayStartInGap(wall: number, target: number, timeZone: string): number {
  let low = Math.floor((wall - offsetMs(wall + DAY_MS, timeZone) - DAY_MS) / 1000); // local date before target
  let high = Math.ceil((wall - offsetMs(wall - DAY_MS, timeZone) + DAY_MS) / 1000); // local date at/after target
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (dayKey(getZonedParts(mid * 1000, timeZone)) >= target) high = mid;
    else low = mid;
  }
  return high * 1000;
}
