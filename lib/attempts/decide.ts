import { normalizeText } from '../text/normalize';
import type { GuardState } from './guard';

/** Why starting now could waste or void an entry; the order is the receipt's (PRODUCT.md 4.2). */
export type StartWarning =
  | { code: 'second-attempt'; round: number; takenAt: string; declared?: boolean }
  | { code: 'outside-round'; next?: { round: number; opensAt: string }; endedOn?: string }
  | { code: 'account-mismatch'; shown: string; fullName: string; account: string };

/** The warnings due if the start control is activated at `now` (pure: runs in the page at the click). */
export function decideStartWarnings(state: GuardState, now: number, portalAccount?: string): StartWarning[] {
  const warnings: StartWarning[] = [];
  const open = state.rounds.find((r) => now >= r.start && now < r.end);
  const takenAt = open && state.taken[open.number];
  if (open && takenAt) {
    const declared = state.declared?.includes(open.number) === true;
    warnings.push({ code: 'second-attempt', round: open.number, takenAt, ...(declared && { declared }) });
  }
  if (!open) {
    const next = state.rounds.filter((r) => r.start > now).sort((a, b) => a.start - b.start)[0];
    const last = state.rounds.reduce<GuardState['rounds'][number] | undefined>((a, r) => (!a || r.end > a.end ? r : a), undefined);
    warnings.push(
      next
        ? { code: 'outside-round', next: { round: next.number, opensAt: next.opensAt } }
        : { code: 'outside-round', endedOn: last?.closes },
    );
  }
  if (state.profile && portalAccount && !isSamePerson(portalAccount, state.profile)) {
    warnings.push({ code: 'account-mismatch', shown: portalAccount, ...state.profile });
  }
  return warnings;
}

/** True when the identity shown by the portal is the profile's full name or SSO account. */
export function isSamePerson(shown: string, profile: { fullName: string; account: string }): boolean {
  const key = normalizeText(shown);
  return [profile.fullName, profile.account].some((v) => v.trim() !== '' && normalizeText(v) === key);
}

export type TimeLimitStage = 'ok' | 'warn' | 'over';

/** Where an attempt stands against the time limit: a warning from 80 %, over at the limit. */
export function getTimeLimitStage(elapsedMs: number, limitMinutes: number): TimeLimitStage {
  const limitMs = limitMinutes * 60_000;
  if (elapsedMs >= limitMs) return 'over';
  return elapsedMs >= 0.8 * limitMs ? 'warn' : 'ok';
}
