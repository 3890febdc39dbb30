import { isoSeconds } from '../receipts/iso-seconds';
import type { Receipt } from '../receipts/schema';
import { createRosterIndex } from './match';
import { normalizeName } from './normalize';
import type { RosterRow } from './roster';

export const FLAG_KINDS = ['second-attempt', 'account-mismatch', 'unconfirmed', 'digest-mismatch', 'outside-round', 'other-contest', 'unmatched', 'declared'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** One receipt behind a flag, with its times as written (contest-zone ISO, to the second). */
export interface FlagAttempt { receiptId: string; startedAt: string; submittedAt: string }

/** What the (first) receipt behind a flag says, for the admin to compare with the roster. */
export interface FlagClaim { fullName: string; unit: string; account: string; portalAccount: string | null; contestId: string }

/**
 * Something an admin should look at; the receipts still count unless the kind says otherwise.
 * `attempts` and `claim` are the evidence; flag-evidence.ts says, per kind, which parts matter.
 */
export interface ReportFlag {
  kind: FlagKind;
  round: number | null;
  receiptIds: string[];
  fullName: string;
  unit: string;
  person?: RosterRow;
  attempts: FlagAttempt[];
  claim: FlagClaim;
}

// The schema's times are all "YYYY-MM-DDTHH:mm:ss±HH:MM", which isoSeconds reads without a Date.
const startSeconds = (r: Receipt) => {
  const at = isoSeconds(r.startedAt);
  return Number.isNaN(at) ? Date.parse(r.startedAt) / 1000 : at;
};

const attemptOf = (r: Receipt): FlagAttempt => ({ receiptId: r.receiptId, startedAt: r.startedAt, submittedAt: r.submittedAt });
const claimOf = ({ participant: p, portalAccount, contestId }: Receipt): FlagClaim =>
  ({ fullName: p.fullName, unit: p.unit, account: p.account, portalAccount, contestId });

export interface UnitRoundLine { round: number; unit: string; staff: number; participants: number; rate: number | null; missing: RosterRow[] }
export interface LeaderLine { person: RosterRow; roundsTaken: number[]; of: number; complete: boolean }
export interface RoundTotal {
  round: number;
  staff: number;
  participants: number;
  rate: number | null;
  /** Participants whose taking part rests only on declared receipts (tự khai). */
  declared: number;
}

export interface Report {
  rounds: number[];
  units: string[];
  lines: UnitRoundLine[];
  leaders: LeaderLine[];
  totals: { staff: number; leaders: number; leadersComplete: number; receipts: number; duplicates: number; perRound: RoundTotal[] };
  flags: ReportFlag[];
  unmatched: Receipt[];
}

export interface BuildReportInput {
  rounds: readonly number[];
  /** Unit order from the config; roster units not listed follow in roster order. */
  units?: readonly string[];
  roster: readonly RosterRow[];
  receipts: readonly Receipt[];
  /** receiptIds whose digest failed (the admin import's createDigestCheck finds them); flagged, still counted. */
  badDigests?: ReadonlySet<string>;
  /** When given, receipts of another contest are flagged and not counted. */
  contestId?: string;
}

/** Flags of one kind the page lists; the rest are in the CSV and XLSX exports. */
export const FLAG_PREVIEW = 100;

/** What the admin page shows: the report without raw receipts and with at most `perKind` flags of each kind. */
export interface ReportView extends Omit<Report, 'flags' | 'unmatched'> {
  flags: ReportFlag[];
  /** How many flags of each kind the whole report has (the exports list them all). */
  flagCounts: Record<FlagKind, number>;
}

/**
 * The report cut down for the page: a province-size import flags thousands of receipts, and copying
 * them all to the page each time would block it; exports are built from the whole report instead.
 */
export function toReportView(report: Report, perKind = FLAG_PREVIEW): ReportView {
  const { unmatched: _unmatched, flags, ...rest } = report;
  const flagCounts = Object.fromEntries(FLAG_KINDS.map((kind) => [kind, 0])) as Record<FlagKind, number>;
  const preview: ReportFlag[] = [];
  for (const flag of flags) if (flagCounts[flag.kind]++ < perKind) preview.push(flag);
  return { ...rest, flags: preview, flagCounts };
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The participation report of PRODUCT.md §4.6: per round × unit, per leader, totals and flags. */
export function buildReport(input: BuildReportInput): Report {
  return startReport(input).withDigests(input.badDigests ?? new Set());
}

/**
 * The report in two steps: everything but the digest flags now, and with them once the digest
 * checks are done (an import builds the first step while its digests are still being hashed).
 */
export function startReport(input: Omit<BuildReportInput, 'badDigests'>): { withDigests(badDigests: ReadonlySet<string>): Report } {
  const rounds = [...new Set(input.rounds)].sort((a, b) => a - b);
  const roundSet = new Set(rounds);
  const index = createRosterIndex(input.roster);
  const flags = new Map<FlagKind, ReportFlag[]>(FLAG_KINDS.map((kind) => [kind, []]));
  const flag = (kind: FlagKind, receipt: Receipt, person?: RosterRow) => flags.get(kind)!.push(toFlag(kind, receipt, person));
  // person → round → receipts counted for it; several receipts there are a second attempt.
  const taken = new Map<RosterRow, Map<number, Receipt[]>>();
  const unique = new Map<string, Receipt>();
  for (const receipt of input.receipts) {
    const id = receipt.receiptId.toLowerCase();
    if (!unique.has(id)) unique.set(id, receipt);
  }
  const unmatched: Receipt[] = [];
  // The receipts of this contest and who each is: where a digest flag would go.
  const ofContest: { receipt: Receipt; person?: RosterRow }[] = [];
  for (const receipt of unique.values()) {
    if (input.contestId !== undefined && receipt.contestId !== input.contestId) {
      flag('other-contest', receipt); // not this contest: nothing else about it matters here
      continue;
    }
    const person = index.match(receipt.participant);
    ofContest.push({ receipt, person });
    if (!person) {
      unmatched.push(receipt); // listed, never dropped
      flag('unmatched', receipt);
    }
    if (receipt.warnings.includes('account-mismatch')) flag('account-mismatch', receipt, person);
    if (receipt.confirmation === 'unconfirmed') flag('unconfirmed', receipt, person);
    if (receipt.confirmation === 'declared') flag('declared', receipt, person);
    const inRound = receipt.round !== null && roundSet.has(receipt.round);
    if (!inRound) flag('outside-round', receipt, person);
    if (!person || !inRound) {
      if (receipt.warnings.includes('second-attempt')) flag('second-attempt', receipt, person);
      continue;
    }
    const byRound = taken.get(person) ?? new Map<number, Receipt[]>();
    taken.set(person, byRound);
    const list = byRound.get(receipt.round!) ?? [];
    byRound.set(receipt.round!, list);
    list.push(receipt);
  }
  for (const [person, byRound] of taken) {
    for (const [round, list] of byRound) {
      if (list.length < 2 && !list.some((r) => r.warnings.includes('second-attempt'))) continue;
      // Oldest first, so "lần 1" and "lần 2" read in the order they happened (each time read once).
      const sorted = list.map((r) => ({ r, at: startSeconds(r) })).sort((a, b) => a.at - b.at).map(({ r }) => r);
      flags.get('second-attempt')!.push({
        kind: 'second-attempt', round, receiptIds: sorted.map((r) => r.receiptId), person, fullName: person.fullName, unit: person.unit,
        attempts: sorted.map(attemptOf), claim: claimOf(sorted[0]!),
      });
    }
  }
  const hasTaken = (person: RosterRow, round: number) => taken.get(person)?.has(round) ?? false;
  const onlyDeclared = (person: RosterRow, round: number) => taken.get(person)?.get(round)?.every((r) => r.confirmation === 'declared') ?? false;
  const units = orderUnits(input.units ?? [], input.roster);
  const lines = rounds.flatMap((round) =>
    units.map(({ name, staff }) => {
      const missing = staff.filter((person) => !hasTaken(person, round));
      const participants = staff.length - missing.length;
      return { round, unit: name, staff: staff.length, participants, rate: rate(participants, staff.length), missing };
    }),
  );
  const leaders = input.roster.filter((p) => p.isLeader).map((person) => {
    const roundsTaken = rounds.filter((round) => hasTaken(person, round));
    return { person, roundsTaken, of: rounds.length, complete: roundsTaken.length === rounds.length };
  });
  const perRound = rounds.map((round) => {
    const participants = input.roster.filter((person) => hasTaken(person, round)).length;
    const declared = input.roster.filter((person) => onlyDeclared(person, round)).length;
    return { round, staff: input.roster.length, participants, rate: rate(participants, input.roster.length), declared };
  });
  const totals = {
    staff: input.roster.length,
    leaders: leaders.length,
    leadersComplete: leaders.filter((l) => l.complete).length,
    receipts: unique.size,
    duplicates: input.receipts.length - unique.size,
    perRound,
  };
  return {
    withDigests(badDigests) {
      // Flagged, still counted: a digest that fails says the file was changed, not that nobody took part.
      flags.set('digest-mismatch', ofContest.filter(({ receipt }) => badDigests.has(receipt.receiptId)).map(({ receipt, person }) => toFlag('digest-mismatch', receipt, person)));
      return { rounds, units: units.map((u) => u.name), lines, leaders, totals, flags: FLAG_KINDS.flatMap((kind) => flags.get(kind)!), unmatched };
    },
  };
}

function toFlag(kind: FlagKind, receipt: Receipt, person?: RosterRow): ReportFlag {
  return {
    kind, round: receipt.round, receiptIds: [receipt.receiptId], person,
    fullName: person?.fullName ?? receipt.participant.fullName, unit: person?.unit ?? receipt.participant.unit,
    attempts: [attemptOf(receipt)], claim: claimOf(receipt),
  };
}

/** Per unit of the report: how many leaders it has and how many took every round. */
export function leadersByUnit(report: Pick<Report, 'units' | 'leaders'>): Map<string, { leaders: number; complete: number }> {
  const byKey = new Map(report.units.map((unit) => [normalizeName(unit), { leaders: 0, complete: 0 }]));
  for (const leader of report.leaders) {
    const entry = byKey.get(normalizeName(leader.person.unit));
    if (!entry) continue;
    entry.leaders++;
    if (leader.complete) entry.complete++;
  }
  return new Map(report.units.map((unit) => [unit, byKey.get(normalizeName(unit))!]));
}

// Units are told apart by their normalised name, so "Văn phòng sở" in the roster joins "Văn phòng Sở".
function orderUnits(listed: readonly string[], roster: readonly RosterRow[]): { name: string; staff: RosterRow[] }[] {
  const units = new Map<string, { name: string; staff: RosterRow[] }>();
  for (const name of listed) if (!units.has(normalizeName(name))) units.set(normalizeName(name), { name, staff: [] });
  for (const person of roster) {
    const key = normalizeName(person.unit);
    const unit = units.get(key) ?? { name: person.unit, staff: [] };
    units.set(key, unit);
    unit.staff.push(person);
  }
  return [...units.values()];
}
