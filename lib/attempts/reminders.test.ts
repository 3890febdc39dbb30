import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/defaults';
import { getDueReminder, getNextReminder, getReminderSlots } from './reminders';

const { rounds, timeZone } = DEFAULT_CONFIG.contest;
const at = (iso: string) => Date.parse(iso);
const on = { enabled: true, hour: 8 };
const due = (now: string, extra: Partial<Parameters<typeof getDueReminder>[0]> = {}) =>
  getDueReminder({ rounds, timeZone, settings: on, taken: {}, now: at(now), ...extra });

describe('getReminderSlots', () => {
  it('should put a slot on the first and the last day of each round at the hour, contest time', () => {
    const slots = getReminderSlots(rounds, timeZone, 8);
    expect(slots).toHaveLength(8);
    expect(slots.slice(0, 3)).toEqual([
      { at: at('2022-08-01T08:00:00+07:00'), round: 1, kind: 'opens', date: '2022-08-01', key: '1:opens:2022-08-01' },
      { at: at('2022-08-07T08:00:00+07:00'), round: 1, kind: 'last-day', date: '2022-08-07', key: '1:last-day:2022-08-07' },
      { at: at('2022-08-08T08:00:00+07:00'), round: 2, kind: 'opens', date: '2022-08-08', key: '2:opens:2022-08-08' },
    ]);
  });

  it('should give a one-day round a single last-day slot', () => {
    const slots = getReminderSlots([{ number: 1, opens: '2022-08-01', closes: '2022-08-01' }], timeZone, 0);
    expect(slots).toEqual([{ at: at('2022-08-01T00:00:00+07:00'), round: 1, kind: 'last-day', date: '2022-08-01', key: '1:last-day:2022-08-01' }]);
  });

  it('should keep the wall-clock hour on a DST day', () => {
    const [slot] = getReminderSlots([{ number: 1, opens: '2022-03-13', closes: '2022-03-13' }], 'America/Los_Angeles', 8);
    expect(slot?.at).toBe(at('2022-03-13T08:00:00-07:00'));
  });
});

describe('getNextReminder', () => {
  it('should give the first slot strictly after now', () => {
    expect(getNextReminder(rounds, timeZone, 8, at('2022-08-08T07:59:59+07:00'))).toMatchObject({ round: 2, kind: 'opens' });
    expect(getNextReminder(rounds, timeZone, 8, at('2022-08-08T08:00:00+07:00'))).toMatchObject({
      round: 2,
      kind: 'last-day',
      at: at('2022-08-14T08:00:00+07:00'),
    });
  });

  it('should follow a change of hour', () => {
    expect(getNextReminder(rounds, timeZone, 10, at('2022-08-08T09:30:00+07:00'))?.at).toBe(at('2022-08-08T10:00:00+07:00'));
  });

  it('should give nothing after the last slot', () => {
    expect(getNextReminder(rounds, timeZone, 8, at('2022-08-28T08:00:00+07:00'))).toBeUndefined();
  });
});

describe('getDueReminder', () => {
  it('should remind once when the browser starts late on a round first day', () => {
    const slot = due('2022-08-08T09:30:00+07:00');
    expect(slot).toMatchObject({ round: 2, kind: 'opens', key: '2:opens:2022-08-08' });
    expect(due('2022-08-08T09:30:00+07:00', { sentKey: slot?.key })).toBeUndefined();
  });

  it('should not remind before the hour nor on a later day for an earlier slot', () => {
    expect(due('2022-08-08T07:59:59.999+07:00')).toBeUndefined();
    expect(due('2022-08-09T09:00:00+07:00')).toBeUndefined();
  });

  it('should remind on the last day, up to its last instant', () => {
    expect(due('2022-08-14T08:00:00+07:00', { sentKey: '2:opens:2022-08-08' })).toMatchObject({ round: 2, kind: 'last-day' });
    expect(due('2022-08-14T23:59:59.999+07:00')).toMatchObject({ round: 2, kind: 'last-day' });
  });

  it('should remind about the new round at Monday 00:00 with the hour set to 0', () => {
    expect(due('2022-08-15T00:00:00+07:00', { settings: { enabled: true, hour: 0 } })).toMatchObject({ round: 3, kind: 'opens' });
  });

  it('should not remind about a taken round', () => {
    expect(due('2022-08-14T09:00:00+07:00', { taken: { 2: '2022-08-09T09:14:03+07:00' } })).toBeUndefined();
  });

  it('should not remind when reminders are off', () => {
    expect(due('2022-08-08T09:30:00+07:00', { settings: { enabled: false, hour: 8 } })).toBeUndefined();
  });

  it('should follow a change of hour without repeating a reminder already sent that day', () => {
    expect(due('2022-08-08T09:30:00+07:00', { settings: { enabled: true, hour: 10 } })).toBeUndefined();
    expect(due('2022-08-08T10:00:00+07:00', { settings: { enabled: true, hour: 10 } })).toMatchObject({ key: '2:opens:2022-08-08' });
    expect(due('2022-08-08T10:30:00+07:00', { settings: { enabled: true, hour: 10 }, sentKey: '2:opens:2022-08-08' })).toBeUndefined();
  });
});
