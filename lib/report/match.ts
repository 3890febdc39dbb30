import type { Participant } from '../receipts/schema';
import { normalizeName, personKey } from './normalize';
import type { RosterRow } from './roster';

/** Looks up the roster row a receipt's participant is, in constant time. */
export interface RosterIndex {
  match(participant: Pick<Participant, 'fullName' | 'unit' | 'account'>): RosterRow | undefined;
}

/** Indexes the roster by account and by normalised full name + unit (PRODUCT.md §4.5). */
export function createRosterIndex(roster: readonly RosterRow[]): RosterIndex {
  const byAccount = new Map<string, RosterRow>();
  // null marks namesakes in one unit: a receipt without an account cannot say which one it is.
  const byName = new Map<string, RosterRow | null>();
  for (const row of roster) {
    const account = normalizeName(row.account);
    if (account && !byAccount.has(account)) byAccount.set(account, row);
    const key = personKey(row.fullName, row.unit);
    byName.set(key, byName.has(key) ? null : row);
  }
  return {
    match(participant) {
      const account = normalizeName(participant.account);
      const byAcc = account ? byAccount.get(account) : undefined;
      if (byAcc) return byAcc;
      const row = byName.get(personKey(participant.fullName, participant.unit)) ?? undefined;
      // When both sides have an account they must agree; the name is only the fallback.
      if (row && account && normalizeName(row.account)) return undefined;
      return row;
    },
  };
}
