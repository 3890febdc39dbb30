import { describe, expect, it } from 'vitest';
import { addDays, formatZonedIso, getStartOfZonedDay, getZonedParts, isCalendarDate, isTimeZone, parseLocalDate } from './zone';

const at = (iso: string) => Date.parse(iso);

describe('formatZonedIso', () => {
  it('should format in the contest zone with +07:00, cut to the second', () => {
    expect(formatZonedIso(at('2022-08-09T02:14:03.999Z'), 'Asia/Ho_Chi_Minh')).toBe('2022-08-09T09:14:03+07:00');
  });

  it('should use the summer and winter offsets of a DST zone', () => {
    expect(formatZonedIso(at('2022-08-09T16:14:03Z'), 'America/Los_Angeles')).toBe('2022-08-09T09:14:03-07:00');
    expect(formatZonedIso(at('2022-01-15T17:00:00Z'), 'America/Los_Angeles')).toBe('2022-01-15T09:00:00-08:00');
  });

  it('should use the offset in force on each side of a DST change', () => {
    // 01:00–01:59 happens twice on 2022-11-06; only the offset tells the two apart.
    expect(formatZonedIso(at('2022-11-06T08:59:59Z'), 'America/Los_Angeles')).toBe('2022-11-06T01:59:59-07:00');
    expect(formatZonedIso(at('2022-11-06T09:00:00Z'), 'America/Los_Angeles')).toBe('2022-11-06T01:00:00-08:00');
  });

  it('should format half-hour and quarter-hour offsets', () => {
    expect(formatZonedIso(at('2022-08-09T03:44:03Z'), 'Asia/Kolkata')).toBe('2022-08-09T09:14:03+05:30');
    expect(formatZonedIso(at('2022-08-09T03:29:03Z'), 'Asia/Kathmandu')).toBe('2022-08-09T09:14:03+05:45');
    expect(formatZonedIso(at('2022-07-01T11:44:03Z'), 'America/St_Johns')).toBe('2022-07-01T09:14:03-02:30');
  });

  it('should write UTC as +00:00, never Z, and floor instants before 1970', () => {
    expect(formatZonedIso(at('1969-12-31T23:59:59.500Z'), 'UTC')).toBe('1969-12-31T23:59:59+00:00');
  });
});

describe('getZonedParts', () => {
  it('should give the wall-clock parts and the offset in minutes', () => {
    expect(getZonedParts(at('2022-08-07T16:59:59.999Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      year: 2022, month: 8, day: 7, hour: 23, minute: 59, second: 59, offsetMinutes: 420,
    });
    expect(getZonedParts(at('2022-08-07T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toMatchObject({ day: 8, hour: 0 });
    expect(getZonedParts(at('2022-08-09T16:00:00Z'), 'America/Los_Angeles').offsetMinutes).toBe(-420);
  });
});

describe('getStartOfZonedDay', () => {
  it('should give local midnight as an instant', () => {
    expect(getStartOfZonedDay('2022-08-01', 'Asia/Ho_Chi_Minh')).toBe(at('2022-07-31T17:00:00Z'));
    expect(getStartOfZonedDay('2022-03-13', 'America/Los_Angeles')).toBe(at('2022-03-13T08:00:00Z'));
    expect(getStartOfZonedDay('2022-03-14', 'America/Los_Angeles')).toBe(at('2022-03-14T07:00:00Z'));
  });

  it('should start the day when midnight is skipped by a spring-forward change', () => {
    // Chile went from 00:00 -04:00 straight to 01:00 -03:00 on 2022-09-11.
    expect(getStartOfZonedDay('2022-09-11', 'America/Santiago')).toBe(at('2022-09-11T04:00:00Z'));
  });

  it('should take the first of two midnights when clocks fall back over midnight', () => {
    // Cuba went from 01:00 -04:00 back to 00:00 -05:00 on 2022-11-06.
    expect(getStartOfZonedDay('2022-11-06', 'America/Havana')).toBe(at('2022-11-06T04:00:00Z'));
  });

  it('should throw on a date that does not exist', () => {
    expect(() => getStartOfZonedDay('2022-02-30', 'UTC')).toThrow(RangeError);
  });
});

describe('dates and zones', () => {
  it('should accept only real calendar dates', () => {
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2022-13-01', '2022-04-31', '2022-8-1', '2022-08-01T00:00', ' 2022-08-01']) {
      expect(parseLocalDate(bad)).toBeUndefined();
    }
  });

  it('should agree with the Date object on every day from 1899 to 2101, leap rules included', () => {
    for (let year = 1899; year <= 2101; year += 1) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          if (isCalendarDate(year, month, day) !== real) expect.unreachable(`${year}-${month}-${day}`);
        }
      }
    }
    expect([isCalendarDate(1900, 2, 29), isCalendarDate(2000, 2, 29), isCalendarDate(2100, 2, 29)]).toEqual([false, true, false]);
  });

  it('should add days across months, years and leap days', () => {
    expect(addDays('2022-08-07', 1)).toBe('2022-08-08');
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-08-01', -1)).toBe('2022-07-31');
  });

  it('should recognise named time zones and refuse the rest', () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'UTC']) expect(isTimeZone(zone)).toBe(true);
    for (const zone of ['Asia/Hanoi_City', '+07:00', '', 'GMT+7 ']) expect(isTimeZone(zone)).toBe(false);
  });
});
