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
  // A province's receipts name the same few thousand people again and again: each text is
  // normalised once per index.
  const keys = new Map<string, string>();
  const key = (text: string) => {
    let normal = keys.get(text);
    if (normal === undefined) keys.set(text, (normal = normalizeName(text)));
    return normal;
  };
  return {
    match(participant) {
      const account = key(participant.account);
      const byAcc = account ? byAccount.get(account) : undefined;
      if (byAcc) return byAcc;
      const row = byName.get(personKey(participant.fullName, participant.unit, key)) ?? undefined;
      // When both sides have an account they must agree; the name is only the fallback.
      if (row && account && key(row.account)) return undefined;
      return row;
    },
  };
}
