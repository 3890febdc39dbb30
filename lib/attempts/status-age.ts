import type { RoundsStatus } from './status';

// Apart from status.ts, which reads attempt records (zod): the popup's first paint imports this alone.
/**
 * A status built at `builtAt`, as it reads at `now`: the time left in the open round counted down,
 * or undefined once a round has opened or closed since (its states would be wrong).
 */
export function ageRoundsStatus<T extends Pick<RoundsStatus, 'timeLeftMs' | 'nextOpening'>>(view: T, builtAt: number, now: number): T | undefined {
  const elapsed = now - builtAt;
  if (elapsed < 0) return undefined;
  if (view.timeLeftMs !== undefined && elapsed >= view.timeLeftMs) return undefined;
  if (view.nextOpening && now >= view.nextOpening.at) return undefined;
  return view.timeLeftMs === undefined ? view : { ...view, timeLeftMs: view.timeLeftMs - elapsed };
}
