import { getNextOpening, getRoundState, getTimeLeftMs, type RoundSpec } from '../rounds';
import type { Locale } from '../i18n';
import { isDeclared, type AttemptRecord } from './record';

export type RoundStatus = 'taken' | 'not-taken' | 'not-open' | 'closed';

export interface RoundView {
  number: number;
  opens: string;
  closes: string;
  status: RoundStatus;
  /** First attempt of the round: when it started, and when it was submitted (zoned ISO). */
  takenAt?: string;
  submittedAt?: string;
  /** Taken on another computer of this person (known only through storage.sync). */
  elsewhere: boolean;
  attempts: number;
  /** The person declared this round taken on another device (the first attempt is that declaration). */
  declared?: { withdrawable: boolean };
}

/** The rounds part of the popup's status; the background adds the receipts' part (lib/messaging). */
export interface RoundsStatus {
  locale: Locale;
  contestName: string;
  timeZone: string;
  hasProfile: boolean;
  rounds: RoundView[];
  openRound?: number;
  timeLeftMs?: number;
  nextOpening?: { round: number; at: number };
  /** The contest site to open, and configured ones not allowed yet (filled by the background). */
  portal?: { home: string; pending: string[] };
}

/** What the popup shows: each round's state for this person at `now`. */
export function getRoundsStatus(input: {
  locale: Locale;
  contestName: string;
  timeZone: string;
  rounds: RoundSpec[];
  attempts: AttemptRecord[];
  /** Rounds taken on this person's other browsers (storage.sync mirror). */
  mirrored?: Record<number, string>;
  /** Of those, the rounds declared taken on another device (round → the declared time). */
  mirroredDeclared?: Record<number, string>;
  /** Attempts whose receipt is delivered: a declaration among them can no longer be withdrawn. */
  delivered?: ReadonlySet<string>;
  hasProfile: boolean;
  now: number;
}): RoundsStatus {
  const { rounds, timeZone, now } = input;
  const views = rounds.map((round): RoundView => {
    const mine = input.attempts.filter((a) => a.round === round.number);
    const first = mine[0];
    const elsewhere = first ? undefined : input.mirrored?.[round.number];
    const state = getRoundState(round, timeZone, now);
    const taken = first !== undefined || elsewhere !== undefined;
    const status: RoundStatus = taken ? 'taken' : state === 'open' ? 'not-taken' : state === 'closed' ? 'closed' : 'not-open';
    return {
      number: round.number,
      opens: round.opens,
      closes: round.closes,
      status,
      takenAt: first?.startedAt ?? elsewhere,
      submittedAt: first?.submittedAt ?? undefined,
      elsewhere: elsewhere !== undefined,
      attempts: mine.length,
      ...(first && isDeclared(first) && { declared: { withdrawable: !input.delivered?.has(first.id) } }),
      // Declared in another browser: shown as such, withdrawn only there.
      ...(elsewhere !== undefined && input.mirroredDeclared?.[round.number] === elsewhere && { declared: { withdrawable: false } }),
    };
  });
  const next = getNextOpening(rounds, timeZone, now);
  return {
    locale: input.locale,
    contestName: input.contestName,
    timeZone,
    hasProfile: input.hasProfile,
    rounds: views,
    openRound: rounds.find((r) => getRoundState(r, timeZone, now) === 'open')?.number,
    timeLeftMs: getTimeLeftMs(rounds, timeZone, now),
    nextOpening: next && { round: next.round.number, at: next.at },
  };
}

