import type { Participant, Receipt } from '../receipts/schema';
import { exampleReceipt } from '../receipts/test-data';
import type { RosterRow } from './roster';

// A small department, hand-checked in aggregate.test.ts, shared by the report tests.

/** A valid v4 UUID ending in `n` (the digest is not recomputed: tests that need one say so). */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A receipt of the example shape for one person and round. */
export function makeReceipt(n: number, round: number | null, who: Partial<Participant>, extra: Partial<Receipt> = {}): Receipt {
  return { ...exampleReceipt, receiptId: uuid(n), round, participant: { ...exampleReceipt.participant, ...who }, ...extra };
}

const person = (row: number, fullName: string, unit: string, position: string, isLeader: boolean, account: string): RosterRow =>
  ({ row, fullName, unit, position, isLeader, account });

export const VP = 'Văn phòng Sở';
export const QLKH = 'Phòng Quản lý Khoa học';
export const TT = 'Thanh tra Sở';
export const KHTC = 'Phòng Kế hoạch - Tài chính';

export const roster: RosterRow[] = [
  person(2, 'Nguyễn Văn A', VP, 'Chánh Văn phòng', true, 'nguyenvana'),
  person(3, 'Trần Thị Thuỷ', VP, 'Chuyên viên', false, ''),
  person(4, 'Lê Văn C', QLKH, 'Trưởng phòng', true, 'levanc'),
  person(5, 'Phạm Thị D', QLKH, 'Chuyên viên', false, 'phamthid'),
  person(6, 'Hoàng Văn E', KHTC, 'Chuyên viên', false, ''),
];

export const receipts: Receipt[] = [
  // Matched by account although the name and unit are written differently.
  makeReceipt(1, 1, { fullName: 'Nguyễn Văn A.', unit: 'Văn phòng', account: 'NguyenVanA' }),
  makeReceipt(2, 2, { account: 'nguyenvana' }),
  makeReceipt(2, 2, { account: 'nguyenvana' }), // the same receipt exported twice
  // Matched by name + unit: the other tone-mark placement, unit in NFD and lower case, no account.
  makeReceipt(3, 1, { fullName: 'Trần Thị Thủy', unit: 'văn phòng sở'.normalize('NFD'), account: '' }),
  makeReceipt(4, 1, { fullName: 'Trần Thị Thuỷ', unit: VP, account: '' }, { warnings: ['second-attempt'], confirmation: 'unconfirmed' }),
  makeReceipt(5, 1, { fullName: 'Lê Văn C', unit: QLKH, account: 'levanc' }, { warnings: ['account-mismatch'] }),
  // Same name and unit as row 5 but another account: both sides have one, so they are not the same person.
  makeReceipt(6, 2, { fullName: 'Phạm Thị D', unit: QLKH, account: 'phamthid-khac' }),
  makeReceipt(7, 1, { fullName: 'Ngô Văn X', unit: VP, account: 'ngovanx' }),
  makeReceipt(8, null, { fullName: 'Hoàng Văn E', unit: KHTC, account: '' }, { warnings: ['outside-round'] }),
  makeReceipt(9, 2, { fullName: 'Hoàng Văn E', unit: KHTC, account: '' }),
  makeReceipt(10, 1, { fullName: 'Hoàng Văn E', unit: KHTC, account: '' }, { contestId: 'cchc-tth-2023' }),
];

export const reportInput = {
  rounds: [1, 2],
  units: [VP, QLKH, TT],
  roster,
  receipts,
  badDigests: new Set([uuid(9)]),
  contestId: 'cchc-tth-2022',
};
