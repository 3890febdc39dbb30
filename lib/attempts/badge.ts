import { formatWallDateTime } from '../i18n/format';
import { addDays, formatZonedIso, getNextOpening, getRoundAt, getRoundWindow, getStartOfZonedDay, type RoundSpec } from '../rounds';
import type { MessageParams } from '../i18n';

/** Badge colours: amber while the open round is still to take, red on its last day, green once taken. */
export const BADGE_COLORS = { due: '#B45309', lastDay: '#B91C1C', taken: '#15803D' } as const;

export type BadgeTitleKey =
  | 'badge.title.notTaken'
  | 'badge.title.lastDay'
  | 'badge.title.taken'
  | 'badge.title.next'
  | 'badge.title.ended';

/** What the toolbar button shows; the title is a message key so the caller picks the language. */
export interface BadgeState {
  text: string;
  color?: string;
  titleKey: BadgeTitleKey;
  titleParams: MessageParams;
  /** The next instant at which this state can change (round boundary or, in an open round, local midnight). */
  nextChangeAt?: number;
}

const DAY_MS = 86_400_000;

// Calendar days, not elapsed time: "còn 3 ngày" must stay true until the next local midnight,
// which is when the badge alarm next fires, and DST days are not 24 h long.
function getDaysLeft(today: string, closes: string): number {
  return (Date.parse(`${closes}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS + 1;
}

/** The earliest round opening or closing strictly after `now`. */
function getNextBoundary(rounds: readonly RoundSpec[], timeZone: string, now: number): number | undefined {
  const instants = rounds.flatMap((round) => {
    const { start, end } = getRoundWindow(round, timeZone);
    return [start, end];
  });
  const future = instants.filter((at) => at > now);
  return future.length > 0 ? Math.min(...future) : undefined;
}

/** The toolbar badge for this person at `now`: '!' open and not taken, '✓' taken, '' outside rounds. */
export function getBadgeState(input: {
  rounds: readonly RoundSpec[];
  timeZone: string;
  taken: Record<number, string>;
  now: number;
}): BadgeState {
  const { rounds, timeZone, taken, now } = input;
  const boundary = getNextBoundary(rounds, timeZone, now);
  const open = getRoundAt(rounds, timeZone, now);
  if (open) {
    const takenAt = taken[open.number];
    if (takenAt !== undefined) {
      return {
        text: '✓',
        color: BADGE_COLORS.taken,
        titleKey: 'badge.title.taken',
        titleParams: { round: open.number, time: formatWallDateTime(takenAt) },
        nextChangeAt: boundary,
      };
    }
    const today = formatZonedIso(now, timeZone).slice(0, 10);
    const daysLeft = getDaysLeft(today, open.closes);
    const midnight = getStartOfZonedDay(addDays(today, 1), timeZone);
    return {
      text: '!',
      color: daysLeft <= 1 ? BADGE_COLORS.lastDay : BADGE_COLORS.due,
      titleKey: daysLeft <= 1 ? 'badge.title.lastDay' : 'badge.title.notTaken',
      titleParams: { round: open.number, days: daysLeft },
      nextChangeAt: boundary === undefined ? midnight : Math.min(boundary, midnight),
    };
  }
  const next = getNextOpening(rounds, timeZone, now);
  if (next) {
    const time = formatWallDateTime(formatZonedIso(next.at, timeZone));
    return { text: '', titleKey: 'badge.title.next', titleParams: { round: next.round.number, time }, nextChangeAt: boundary };
  }
  return { text: '', titleKey: 'badge.title.ended', titleParams: {} };
}
