import { describe, expect, it } from 'vitest';
import { declareRequestSchema, withdrawRequestSchema } from './declare-message';
import { declareAttempt, getDeclareDefaults, getZonedDateTimeInputs, parseZonedMinute } from './declare';
import { buildGuardState, getDeclaredRounds, mergeTaken } from './guard';
import { decideStartWarnings } from './decide';
import { handlePortalEvent } from './handle-event';
import { createAttempt, type AttemptRecord } from './record';
import { getRoundsStatus } from './status';

const timeZone = 'Asia/Ho_Chi_Minh';
const rounds = [
  { number: 1, opens: '2022-08-01', closes: '2022-08-07' },
  { number: 2, opens: '2022-08-08', closes: '2022-08-14' },
  { number: 3, opens: '2022-08-15', closes: '2022-08-21' },
];
const contest = { contestId: 'c', timeZone, rounds };
const NOW = Date.parse('2022-08-10T14:37:52+07:00'); // Wednesday of round 2

const declare = (round: number, date: string, time: string, attempts: AttemptRecord[] = [], mirrored: Record<number, string> = {}) =>
  declareAttempt({ contest, attempts, mirrored, round, date, time, now: NOW, id: 'd1' });

describe('declareAttempt', () => {
  it('should record the given minute as start and submission, seconds 00, duration 0, no portal name', () => {
    const outcome = declare(2, '2022-08-09', '07:45');
    expect(outcome).toEqual({
      ok: true,
      attempt: {
        id: 'd1', contestId: 'c', round: 2, startSource: 'declared', portalAccount: null,
        startedAt: '2022-08-09T07:45:00+07:00', startedAtMs: Date.parse('2022-08-09T07:45:00+07:00'),
        submittedAt: '2022-08-09T07:45:00+07:00', submittedAtMs: Date.parse('2022-08-09T07:45:00+07:00'),
        durationSeconds: 0, confirmationSeen: false, warnings: [],
      },
    });
  });

  it('should accept the defaults (now, to the minute) and a closed round of the contest', () => {
    const now = getZonedDateTimeInputs(NOW, timeZone);
    expect(now).toEqual({ date: '2022-08-10', time: '14:37' });
    expect(declare(2, now.date, now.time)).toMatchObject({ ok: true, attempt: { startedAt: '2022-08-10T14:37:00+07:00' } });
    expect(declare(1, '2022-08-07', '23:59')).toMatchObject({ ok: true, attempt: { round: 1 } });
  });

  it('should start the form at now in the open round and on the last day of a closed one', () => {
    expect(getDeclareDefaults(rounds[1]!, NOW, timeZone)).toEqual({ date: '2022-08-10', time: '14:37', min: '2022-08-08', max: '2022-08-10' });
    expect(getDeclareDefaults(rounds[0]!, NOW, timeZone)).toEqual({ date: '2022-08-07', time: '14:37', min: '2022-08-01', max: '2022-08-07' });
  });

  it('should refuse a time outside the round, in the future, a bad time and an unknown round', () => {
    expect(declare(2, '2022-08-07', '23:59')).toEqual({ ok: false, reason: 'outside-round' });
    expect(declare(1, '2022-08-08', '00:00')).toEqual({ ok: false, reason: 'outside-round' });
    expect(declare(2, '2022-08-10', '14:38')).toEqual({ ok: false, reason: 'future' });
    expect(declare(3, '2022-08-15', '08:00')).toEqual({ ok: false, reason: 'future' });
    expect(declare(2, '2022-08-10', '24:00')).toEqual({ ok: false, reason: 'bad-time' });
    expect(declare(2, '2022-02-30', '08:00')).toEqual({ ok: false, reason: 'bad-time' });
    expect(declare(9, '2022-08-10', '08:00')).toEqual({ ok: false, reason: 'unknown-round' });
  });

  it('should refuse a round that already has an attempt here or on another browser', () => {
    const taken = createAttempt({ contest, now: Date.parse('2022-08-08T09:00:00+07:00'), id: 'a', startSource: 'start-control' });
    expect(declare(2, '2022-08-09', '07:45', [taken])).toEqual({ ok: false, reason: 'already-taken' });
    expect(declare(2, '2022-08-09', '07:45', [], { 2: '2022-08-08T09:00:00+07:00' })).toEqual({ ok: false, reason: 'already-taken' });
    expect(declare(1, '2022-08-05', '07:45', [taken])).toMatchObject({ ok: true });
  });

  it('should read the wall time of the contest zone, whatever the machine zone', () => {
    expect(parseZonedMinute('2022-08-09', '00:30', timeZone)).toBe(Date.parse('2022-08-08T17:30:00Z'));
    expect(parseZonedMinute('2022-03-13', '02:30', 'America/Los_Angeles')).toBeUndefined(); // skipped by DST
  });
});

describe('a declared attempt in what follows', () => {
  const declared = (declare(2, '2022-08-09', '07:45') as { attempt: AttemptRecord }).attempt;

  it('should warn before a second attempt, saying it was declared and when', () => {
    const taken = mergeTaken([declared]);
    const guard = buildGuardState({ contestId: 'c', locale: 'vi', timeZone, rounds, taken, declared: getDeclaredRounds([declared], taken), timeLimitMinutes: null });
    expect(decideStartWarnings(guard, NOW)).toEqual([{ code: 'second-attempt', round: 2, takenAt: '2022-08-09T07:45:00+07:00', declared: true }]);
    // A real attempt earlier than the declaration is the first one: the usual warning.
    const real = createAttempt({ contest, now: Date.parse('2022-08-08T09:00:00+07:00'), id: 'a', startSource: 'start-control' });
    const both = mergeTaken([declared, real]);
    expect(getDeclaredRounds([declared, real], both)).toEqual([]);
  });

  it('should say "declared" for a declaration another browser mirrored, while it is the first attempt there', () => {
    const taken = { 2: '2022-08-09T07:45:00+07:00' };
    expect(getDeclaredRounds([], taken, { 2: '2022-08-09T07:45:00+07:00' })).toEqual([2]);
    expect(getDeclaredRounds([], { 2: '2022-08-08T09:00:00+07:00' }, { 2: '2022-08-09T07:45:00+07:00' })).toEqual([]);
    const view = getRoundsStatus({ locale: 'vi', contestName: 'X', timeZone, rounds, attempts: [], mirrored: taken, mirroredDeclared: taken, hasProfile: true, now: NOW });
    expect(view.rounds[1]).toMatchObject({ status: 'taken', elsewhere: true, declared: { withdrawable: false } });
  });

  it('should never take a submission or a result (and an exam page alone starts nothing: PRODUCT.md §3)', () => {
    const ctx = { contest, attempts: [declared], now: Date.parse('2022-08-09T08:00:00+07:00'), newId: () => 'n1' };
    expect(handlePortalEvent({ type: 'submit', stage: 'submit' }, ctx)).toEqual({});
    expect(handlePortalEvent({ type: 'page', kind: 'result' }, ctx)).toEqual({});
    expect(handlePortalEvent({ type: 'page', kind: 'exam' }, ctx)).toEqual({});
  });

  it('should show the round taken and declared, withdrawable until its receipt is delivered', () => {
    const base = { locale: 'vi' as const, contestName: 'X', timeZone, rounds, attempts: [declared], hasProfile: true, now: NOW };
    const round2 = (delivered?: Set<string>) => getRoundsStatus({ ...base, delivered }).rounds[1];
    expect(round2()).toMatchObject({ status: 'taken', takenAt: '2022-08-09T07:45:00+07:00', declared: { withdrawable: true } });
    expect(round2(new Set(['d1']))?.declared).toEqual({ withdrawable: false });
  });
});

describe('declareRequestSchema and withdrawRequestSchema', () => {
  it('should take a round, a local day and a time, and refuse anything else', () => {
    expect(declareRequestSchema.safeParse({ round: 2, date: '2022-08-09', time: '07:45' }).success).toBe(true);
    for (const bad of [
      { round: 2, date: '2022-08-09', time: '07:45', startedAt: 0 },
      { round: 0, date: '2022-08-09', time: '07:45' },
      { round: 2, date: '9/8/2022', time: '07:45' },
      { round: 2, date: '2022-08-09', time: '7:45:00' },
      '{"round":2}',
    ]) {
      expect(declareRequestSchema.safeParse(bad).success).toBe(false);
    }
    expect(withdrawRequestSchema.safeParse({ round: 2 }).success).toBe(true);
    expect(withdrawRequestSchema.safeParse({ round: '2' }).success).toBe(false);
  });
});
