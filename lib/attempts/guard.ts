import { formatZonedIso, getRoundWindow, type RoundSpec } from '../rounds';
import type { Locale } from '../i18n';

/** An attempt not confirmed within this time is no longer the one a submit or result belongs to. */
export const OPEN_ATTEMPT_MS = 6 * 60 * 60 * 1000;

/** One round as the content script needs it: its window in epoch ms and its dates already formatted. */
export interface GuardRound {
  number: number;
  start: number;
  end: number;
  /** Zoned ISO of the opening instant, e.g. 2022-08-08T00:00:00+07:00. */
  opensAt: string;
  /** Last local day of the round, YYYY-MM-DD. */
  closes: string;
}

/**
 * Everything the portal page needs to decide, synchronously at the click, whether to warn: built by
 * the background, so the content script carries no time-zone maths and no database.
 */
export interface GuardState {
  contestId: string;
  locale: Locale;
  rounds: GuardRound[];
  /** Round number → zoned ISO time of this person's first attempt in it (this device or another). */
  taken: Record<number, string>;
  /** Rounds whose first attempt in `taken` is one the person declared taken on another device. */
  declared?: number[];
  profile?: { fullName: string; account: string };
  timeLimitMinutes: number | null;
  /** Start of the attempt in progress (not yet confirmed), for the time-limit timer. */
  currentStartedAtMs?: number;
}

/** Builds the guard state from the config, the round → first-attempt map and the profile. */
export function buildGuardState(input: {
  contestId: string;
  locale: Locale;
  timeZone: string;
  rounds: readonly RoundSpec[];
  taken: Record<number, string>;
  declared?: number[];
  profile?: { fullName: string; account: string };
  timeLimitMinutes: number | null;
  currentStartedAtMs?: number;
}): GuardState {
  const rounds = input.rounds.map((round) => {
    const { start, end } = getRoundWindow(round, input.timeZone);
    return { number: round.number, start, end, opensAt: formatZonedIso(start, input.timeZone), closes: round.closes };
  });
  const profile = input.profile && { fullName: input.profile.fullName, account: input.profile.account };
  const { contestId, locale, taken, declared, timeLimitMinutes, currentStartedAtMs } = input;
  return { contestId, locale, rounds, taken, declared, profile, timeLimitMinutes, currentStartedAtMs };
}

/** Round number → first start time, from local attempts merged with the cross-device mirror. */
export function mergeTaken(
  attempts: ReadonlyArray<{ round: number | null; startedAt: string; startedAtMs: number }>,
  mirrored: Record<number, string> = {},
): Record<number, string> {
  const taken: Record<number, string> = { ...mirrored };
  for (const a of [...attempts].sort((x, y) => x.startedAtMs - y.startedAtMs)) {
    if (a.round === null) continue;
    const known = taken[a.round];
    if (!known || Date.parse(a.startedAt) < Date.parse(known)) taken[a.round] = a.startedAt;
  }
  return taken;
}

/** The rounds whose first known attempt (in `taken`) is a declaration, here or on another browser. */
export function getDeclaredRounds(
  attempts: ReadonlyArray<{ round: number | null; startedAt: string; startSource: string }>,
  taken: Record<number, string>,
  mirroredDeclared: Record<number, string> = {},
): number[] {
  const local = attempts.flatMap((a) => (a.startSource === 'declared' && a.round !== null && taken[a.round] === a.startedAt ? [a.round] : []));
  const elsewhere = Object.entries(mirroredDeclared).flatMap(([round, at]) => (taken[Number(round)] === at ? [Number(round)] : []));
  return [...new Set([...local, ...elsewhere])].sort((a, b) => a - b);
}

/**
 * storage.local key where the background keeps the guard state for portal pages: a content script
 * reads it at load (cheaper for the page than a message) and hears every change through storage events.
 */
export const GUARD_STORAGE_KEY = 'portalGuard';

/** True when the guard state names an attempt in progress that is not stale at `now`. */
export function hasOpenAttempt(state: GuardState | undefined, now: number): boolean {
  const started = state?.currentStartedAtMs;
  return started !== undefined && now - started <= OPEN_ATTEMPT_MS;
}
