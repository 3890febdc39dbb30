import { describe, expect, it } from 'vitest';
import { buildReport, startReport, toReportView } from './aggregate';
import { createRosterIndex } from './match';
import type { RosterRow } from './roster';
import { KHTC, makeReceipt, QLKH, receipts, reportInput, roster, TT, uuid, VP } from './test-data';

const [a, thuy, c, d, e] = roster as [RosterRow, RosterRow, RosterRow, RosterRow, RosterRow];
const flag = (kind: string, round: number | null, ids: number[], fullName: string, unit: string, person?: RosterRow) => ({
  kind, round, receiptIds: ids.map(uuid), fullName, unit, person, attempts: expect.any(Array), claim: expect.any(Object),
});

describe('buildReport', () => {
  it('should give the hand-computed report of a small department', () => {
    expect(buildReport(reportInput)).toEqual({
      rounds: [1, 2],
      units: [VP, QLKH, TT, KHTC],
      lines: [
        { round: 1, unit: VP, staff: 2, participants: 2, rate: 1, missing: [] },
        { round: 1, unit: QLKH, staff: 2, participants: 1, rate: 0.5, missing: [d] },
        { round: 1, unit: TT, staff: 0, participants: 0, rate: null, missing: [] },
        { round: 1, unit: KHTC, staff: 1, participants: 0, rate: 0, missing: [e] },
        { round: 2, unit: VP, staff: 2, participants: 1, rate: 0.5, missing: [thuy] },
        { round: 2, unit: QLKH, staff: 2, participants: 0, rate: 0, missing: [c, d] },
        { round: 2, unit: TT, staff: 0, participants: 0, rate: null, missing: [] },
        { round: 2, unit: KHTC, staff: 1, participants: 1, rate: 1, missing: [] },
      ],
      leaders: [
        { person: a, roundsTaken: [1, 2], of: 2, complete: true },
        { person: c, roundsTaken: [1], of: 2, complete: false },
      ],
      totals: {
        staff: 5, leaders: 2, leadersComplete: 1, receipts: 10, duplicates: 1,
        perRound: [
          { round: 1, staff: 5, participants: 3, rate: 0.6, declared: 0 },
          { round: 2, staff: 5, participants: 2, rate: 0.4, declared: 0 },
        ],
      },
      flags: [
        flag('second-attempt', 1, [3, 4], thuy.fullName, VP, thuy),
        flag('account-mismatch', 1, [5], c.fullName, QLKH, c),
        flag('unconfirmed', 1, [4], thuy.fullName, VP, thuy),
        flag('digest-mismatch', 2, [9], e.fullName, KHTC, e),
        flag('outside-round', null, [8], e.fullName, KHTC, e),
        flag('other-contest', 1, [10], e.fullName, KHTC, undefined),
        flag('unmatched', 2, [6], 'Phạm Thị D', QLKH),
        flag('unmatched', 1, [7], 'Ngô Văn X', VP),
      ],
      unmatched: [receipts[6], receipts[7]],
    });
  });

  it('should cut the report for the page to the first flags of each kind, with every count, and no raw receipts', () => {
    const whole = buildReport(reportInput);
    const view = toReportView(whole, 1);
    expect(view).not.toHaveProperty('unmatched');
    expect(view.lines).toBe(whole.lines);
    expect(view.flags).toEqual(whole.flags.filter((f, i) => whole.flags.findIndex((g) => g.kind === f.kind) === i));
    expect(view.flagCounts).toEqual({
      'second-attempt': 1, 'account-mismatch': 1, unconfirmed: 1, 'digest-mismatch': 1, 'outside-round': 1, 'other-contest': 1, unmatched: 2, declared: 0,
    });
    expect(toReportView(whole).flags).toEqual(whole.flags);
  });

  it('should build the same report in two steps, the digest flags added last in their place, only for this contest', () => {
    const { badDigests, ...rest } = reportInput;
    expect(startReport(rest).withDigests(badDigests)).toEqual(buildReport(reportInput));
    // Receipt 10 is of another contest: its digest does not matter here. Receipts 3 and 9 are flagged
    // in the order the receipts came, between the unconfirmed and the outside-round flags.
    const two = startReport(rest).withDigests(new Set([uuid(9), uuid(10), uuid(3)]));
    expect(two.flags.filter((f) => f.kind === 'digest-mismatch').map((f) => f.receiptIds)).toEqual([[uuid(3)], [uuid(9)]]);
    expect(two.flags.map((f) => f.kind)).toEqual(['second-attempt', 'account-mismatch', 'unconfirmed', 'digest-mismatch', 'digest-mismatch', 'outside-round', 'other-contest', 'unmatched', 'unmatched']);
    expect(startReport(rest).withDigests(new Set()).flags.some((f) => f.kind === 'digest-mismatch')).toBe(false);
  });

  it('should flag two receipts of one person in one round even without the warning, and count them once', () => {
    const twice = [makeReceipt(1, 1, { account: 'levanc' }), makeReceipt(2, 1, { fullName: 'Lê Văn C', unit: QLKH, account: '' })];
    const result = buildReport({ rounds: [1], roster, receipts: twice });
    expect(result.flags).toEqual([flag('second-attempt', 1, [1, 2], c.fullName, QLKH, c)]);
    expect(result.lines.find((l) => l.unit === QLKH)).toMatchObject({ staff: 2, participants: 1 });
  });

  it('should count a declared receipt as taking part, flag it "tự khai" with the declared time, and count the declared per round', () => {
    const declared = { confirmation: 'declared' as const, portalAccount: null, durationSeconds: 0, startedAt: '2022-08-09T07:45:00+07:00', submittedAt: '2022-08-09T07:45:00+07:00' };
    const list = [
      makeReceipt(1, 2, { account: 'levanc' }, declared),
      makeReceipt(2, 2, { account: 'phamthid' }),
      // Declared, then taken again at the computer: taking part rests on a real attempt too.
      makeReceipt(3, 2, { account: 'nguyenvana' }, declared),
      makeReceipt(4, 2, { account: 'nguyenvana' }),
    ];
    const result = buildReport({ rounds: [2], roster, receipts: list });
    expect(result.lines.find((l) => l.unit === QLKH)).toMatchObject({ staff: 2, participants: 2, missing: [] });
    expect(result.totals.perRound).toEqual([{ round: 2, staff: 5, participants: 3, rate: 0.6, declared: 1 }]);
    const declaredFlags = result.flags.filter((f) => f.kind === 'declared');
    expect(declaredFlags).toEqual([flag('declared', 2, [1], c.fullName, QLKH, c), flag('declared', 2, [3], a.fullName, VP, a)]);
    // The evidence is the time the person gave.
    expect(declaredFlags.map((f) => f.attempts.map((x) => x.startedAt))).toEqual([['2022-08-09T07:45:00+07:00'], ['2022-08-09T07:45:00+07:00']]);
    expect(result.flags.filter((f) => f.kind === 'second-attempt')).toEqual([flag('second-attempt', 2, [3, 4], a.fullName, VP, a)]);
    expect(toReportView(result).flagCounts.declared).toBe(2);
  });

  it('should treat receipt ids that differ only in case as one receipt', () => {
    const upper = makeReceipt(1, 1, { account: 'levanc' }, { receiptId: uuid(1).toUpperCase() });
    const result = buildReport({ rounds: [1], roster, receipts: [makeReceipt(1, 1, { account: 'levanc' }), upper] });
    expect(result.totals).toMatchObject({ receipts: 1, duplicates: 1 });
    expect(result.flags).toEqual([]);
  });

  // Speed is measured by `npm run bench` (import30kMs), never asserted in a unit test.
  it('should count a province-size load correctly: 30,000 receipts against 3,000 roster rows', () => {
    const units = Array.from({ length: 30 }, (_, i) => `Đơn vị số ${i}`);
    const big: RosterRow[] = Array.from({ length: 3000 }, (_, i) => ({
      row: i + 2, fullName: `Nguyễn Văn Thuỷ ${i}`, unit: units[i % 30]!, position: '', isLeader: i % 10 === 0, account: i % 2 ? `nv${i}` : '',
    }));
    const many = Array.from({ length: 30_000 }, (_, i) => {
      const p = big[i % 3000]!;
      // Every person gets rounds 1–4 once or more (30,000 / 3,000 = 10 receipts each).
      return makeReceipt(i, (Math.floor(i / 3000) % 4) + 1, { fullName: p.fullName, unit: p.unit, account: p.account });
    });
    const result = buildReport({ rounds: [1, 2, 3, 4], units, roster: big, receipts: many });
    expect(result.totals.perRound.map((r) => r.participants)).toEqual([3000, 3000, 3000, 3000]);
    expect(result.flags.filter((f) => f.kind === 'second-attempt')).toHaveLength(3000 * 4);
  });
});

describe('createRosterIndex', () => {
  const index = createRosterIndex(roster);

  it('should match by account, ignoring case, even when the name differs', () => {
    expect(index.match({ fullName: 'A', unit: 'x', account: 'LEVANC' })).toBe(c);
  });

  it('should match by name and unit when the receipt or the row has no account', () => {
    expect(index.match({ fullName: ' trần  thị THỦY ', unit: 'Văn phòng Sở'.normalize('NFD'), account: '' })).toBe(thuy);
    expect(index.match({ fullName: 'Trần Thị Thuỷ', unit: VP, account: 'tranthithuy' })).toBe(thuy);
    expect(index.match({ fullName: 'Lê Văn C', unit: QLKH, account: '' })).toBe(c);
  });

  it('should not match by name when both sides have different accounts, or the unit differs', () => {
    expect(index.match({ fullName: 'Lê Văn C', unit: QLKH, account: 'levanc2' })).toBeUndefined();
    expect(index.match({ fullName: 'Trần Thị Thuỷ', unit: QLKH, account: '' })).toBeUndefined();
  });

  it('should not guess between namesakes of one unit when the receipt has no account', () => {
    const twins = createRosterIndex([
      { row: 2, fullName: 'Lê Văn Hùng', unit: VP, position: '', isLeader: false, account: 'hung1' },
      { row: 3, fullName: 'Lê Văn Hùng', unit: VP, position: '', isLeader: false, account: 'hung2' },
    ]);
    expect(twins.match({ fullName: 'Lê Văn Hùng', unit: VP, account: '' })).toBeUndefined();
    expect(twins.match({ fullName: 'Lê Văn Hùng', unit: VP, account: 'hung2' })?.row).toBe(3);
  });
});
