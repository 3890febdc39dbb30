import { formatZonedIso, getStartOfZonedDay, getZonedParts, type RoundSpec } from '../rounds';

export type ReminderKind = 'opens' | 'last-day';

/** One moment to remind: `hour`:00 local on a round's first or last day. */
export interface ReminderSlot {
  at: number;
  round: number;
  kind: ReminderKind;
  /** Local date of the slot, YYYY-MM-DD. */
  date: string;
  /** Stable id of the slot whatever the hour, so changing the hour never repeats a sent reminder. */
  key: string;
}

const HOUR_MS = 3_600_000;

// Start of day plus hours, corrected by any offset change in between (DST zones; none in Asia/Ho_Chi_Minh).
function getWallTime(date: string, hour: number, timeZone: string): number {
  const start = getStartOfZonedDay(date, timeZone);
  const guess = start + hour * HOUR_MS;
  const shift = (getZonedParts(guess, timeZone).offsetMinutes - getZonedParts(start, timeZone).offsetMinutes) * 60_000;
  return guess - shift;
}

function createSlot(round: RoundSpec, kind: ReminderKind, date: string, hour: number, timeZone: string): ReminderSlot {
  return { at: getWallTime(date, hour, timeZone), round: round.number, kind, date, key: `${round.number}:${kind}:${date}` };
}

/** Every reminder slot of the contest, earliest first; a one-day round has only its last-day slot. */
export function getReminderSlots(rounds: readonly RoundSpec[], timeZone: string, hour: number): ReminderSlot[] {
  return rounds
    .flatMap((round) => {
      const last = createSlot(round, 'last-day', round.closes, hour, timeZone);
      return round.opens === round.closes ? [last] : [createSlot(round, 'opens', round.opens, hour, timeZone), last];
    })
    .sort((a, b) => a.at - b.at);
}

/** The first slot strictly after `now`, for the alarm; undefined once the last one has passed. */
export function getNextReminder(
  rounds: readonly RoundSpec[],
  timeZone: string,
  hour: number,
  now: number,
): ReminderSlot | undefined {
  return getReminderSlots(rounds, timeZone, hour).find((slot) => slot.at > now);
}

/**
 * The reminder to show now: the latest slot at or before `now` on today's local date, unless it was
 * already sent or its round is taken. Looking back over the day lets a browser started late still remind.
 */
export function getDueReminder(input: {
  rounds: readonly RoundSpec[];
  timeZone: string;
  settings: { enabled: boolean; hour: number };
  taken: Record<number, string>;
  sentKey?: string;
  now: number;
}): ReminderSlot | undefined {
  const { timeZone, settings, now } = input;
  if (!settings.enabled) return undefined;
  const todayStart = getStartOfZonedDay(formatZonedIso(now, timeZone).slice(0, 10), timeZone);
  const candidates = getReminderSlots(input.rounds, timeZone, settings.hour).filter(
    (slot) => slot.at <= now && slot.at >= todayStart && input.taken[slot.round] === undefined,
  );
  const latest = candidates.at(-1);
  return latest && latest.key !== input.sentKey ? latest : undefined;
}
