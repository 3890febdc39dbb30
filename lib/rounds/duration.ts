/** A span of time split for display, e.g. "còn 2 ngày 3 giờ 15 phút". */
export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE_MS = 60_000;

/** Splits a duration into days, hours and minutes; rounds up to the minute so time left never shows 0 while some remains. */
export function formatDuration(ms: number): DurationParts {
  const totalMinutes = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / MINUTE_MS) : 0;
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}
