import { addDays, getStartOfZonedDay } from './zone';

/** One round (đợt) of the contest: inclusive local calendar dates "YYYY-MM-DD" in the contest's zone. */
export interface RoundSpec {
  number: number;
  opens: string;
  closes: string;
}

export type RoundState = 'not-open' | 'open' | 'closed';

/** A round's instants (epoch ms): `start` is local midnight of `opens`; `end` (exclusive) that of the day after `closes`. */
export interface RoundWindow {
  round: RoundSpec;
  start: number;
  end: number;
}

/** Turns a round's local dates into its window of instants in `timeZone`. */
export function getRoundWindow(round: RoundSpec, timeZone: string): RoundWindow {
  return {
    round,
    start: getStartOfZonedDay(round.opens, timeZone),
    end: getStartOfZonedDay(addDays(round.closes, 1), timeZone),
  };
}

/** The round open at `now`, or undefined between, before and after rounds. */
export function getRoundAt(rounds: readonly RoundSpec[], timeZone: string, now: number): RoundSpec | undefined {
  return rounds.find((round) => getRoundState(round, timeZone, now) === 'open');
}

/** Whether `round` has not opened yet, is open, or has closed at `now`. */
export function getRoundState(round: RoundSpec, timeZone: string, now: number): RoundState {
  const { start, end } = getRoundWindow(round, timeZone);
  if (now < start) return 'not-open';
  return now < end ? 'open' : 'closed';
}

/** Milliseconds until the round open at `now` closes; undefined when no round is open. */
export function getTimeLeftMs(rounds: readonly RoundSpec[], timeZone: string, now: number): number | undefined {
  const round = getRoundAt(rounds, timeZone, now);
  return round ? getRoundWindow(round, timeZone).end - now : undefined;
}

/** The next round to open after `now` and when; undefined when none is left. */
export function getNextOpening(
  rounds: readonly RoundSpec[],
  timeZone: string,
  now: number,
): { round: RoundSpec; at: number } | undefined {
  let next: { round: RoundSpec; at: number } | undefined;
  for (const round of rounds) {
    const at = getStartOfZonedDay(round.opens, timeZone);
    if (at > now && (!next || at < next.at)) next = { round, at };
  }
  return next;
}
