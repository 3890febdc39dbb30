export type { RoundSpec, RoundState, RoundWindow } from './schedule';
export { getNextOpening, getRoundAt, getRoundState, getRoundWindow, getTimeLeftMs } from './schedule';
export type { ZonedParts } from './zone';
export { addDays, formatZonedIso, getStartOfZonedDay, getZonedParts, isCalendarDate, isTimeZone, parseLocalDate } from './zone';
export type { DurationParts } from './duration';
export { formatDuration } from './duration';
