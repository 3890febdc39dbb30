import { formatZonedIso, getRoundWindow, getStartOfZonedDay, getZonedParts, parseLocalDate, type RoundSpec } from '../rounds';
import type { AttemptRecord, ContestClock } from './record';

/** Why a declaration is refused; each has its own Vietnamese message in the popup. */
export type DeclareRefusal = 'bad-time' | 'unknown-round' | 'outside-round' | 'future' | 'already-taken';

export type DeclareOutcome = { ok: true; attempt: AttemptRecord } | { ok: false; reason: DeclareRefusal };

const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The instant of a local day "YYYY-MM-DD" and time "HH:mm" in `timeZone` (to the minute), or
 * undefined when the pair names no such wall time there (not a date, 24:00, a skipped DST hour).
 */
export function parseZonedMinute(date: string, time: string, timeZone: string): number | undefined {
  const day = parseLocalDate(date);
  const m = TIME.exec(time);
  if (!day || !m) return undefined;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  if (hour > 23 || minute > 59) return undefined;
  const at = getStartOfZonedDay(date, timeZone) + (hour * 60 + minute) * 60_000;
  const p = getZonedParts(at, timeZone);
  return p.day === day.day && p.hour === hour && p.minute === minute ? at : undefined;
}

/** The current minute as the popup's defaults: local day and time in `timeZone`. */
export function getZonedDateTimeInputs(now: number, timeZone: string): { date: string; time: string } {
  const iso = formatZonedIso(now, timeZone);
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * What the declare form starts with: now in an open round; for a closed round its last day at
 * the current time of day. `min`/`max` bound the date input to the round's days up to today.
 */
export function getDeclareDefaults(round: RoundSpec, now: number, timeZone: string): { date: string; time: string; min: string; max: string } {
  const today = getZonedDateTimeInputs(now, timeZone);
  const max = today.date < round.closes ? today.date : round.closes;
  return { ...today, date: today.date > round.closes ? round.closes : today.date, min: round.opens, max };
}

/**
 * The attempt recording that the person took `round` on a device without the extension at the
 * given local time (PRODUCT.md 4.2 "declared"): refused unless that minute is not in the future,
 * lies inside the round, and the round has no attempt yet here or on the person's other browsers.
 */
export function declareAttempt(input: {
  contest: ContestClock;
  attempts: readonly AttemptRecord[];
  /** Round → first start recorded by the person's other browsers (storage.sync). */
  mirrored: Record<number, string>;
  round: number;
  date: string;
  time: string;
  now: number;
  id: string;
}): DeclareOutcome {
  const { contest, round: number } = input;
  const round = contest.rounds.find((r) => r.number === number);
  if (!round) return { ok: false, reason: 'unknown-round' };
  const at = parseZonedMinute(input.date, input.time, contest.timeZone);
  if (at === undefined) return { ok: false, reason: 'bad-time' };
  if (input.attempts.some((a) => a.round === number) || input.mirrored[number] !== undefined) {
    return { ok: false, reason: 'already-taken' };
  }
  if (at > input.now) return { ok: false, reason: 'future' };
  const { start, end } = getRoundWindow(round, contest.timeZone);
  if (at < start || at >= end) return { ok: false, reason: 'outside-round' };
  const startedAt = formatZonedIso(at, contest.timeZone);
  return {
    ok: true,
    attempt: {
      id: input.id,
      contestId: contest.contestId,
      round: number,
      startedAt,
      startedAtMs: at,
      startSource: 'declared',
      portalAccount: null,
      submittedAt: startedAt,
      submittedAtMs: at,
      durationSeconds: 0,
      confirmationSeen: false,
      warnings: [],
    },
  };
}
