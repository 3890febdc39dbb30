// Receipt files and rosters for the admin page's e2e test and benchmark, built with the product's own writers.
import { DEFAULT_CONFIG } from '../../lib/config/defaults';
import { buildReceipt } from '../../lib/receipts/build';
import type { Participant, Receipt } from '../../lib/receipts/schema';
import { toCsv } from '../../lib/report/csv';

const TZ = 'Asia/Ho_Chi_Minh';
const ROUND_DAY = ['2022-08-02', '2022-08-09', '2022-08-16', '2022-08-23'];

/** A real receipt (valid digest) of `who` in `round` of the built-in 2022 contest. */
export async function makeAdminReceipt(who: Participant, round: number, n: number): Promise<Receipt> {
  const day = ROUND_DAY[round - 1]!;
  return buildReceipt({
    attempt: {
      contestId: DEFAULT_CONFIG.contest.id, round, portalAccount: who.fullName,
      startedAt: `${day}T09:00:00+07:00`, submittedAt: `${day}T09:07:00+07:00`, durationSeconds: 420,
      confirmationSeen: true, warnings: [],
    },
    participant: who,
    now: Date.parse(`${day}T02:07:01Z`),
    newId: () => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    extensionVersion: '1.0.0',
    timeZone: TZ,
  });
}

/** The §4.4 JSON export of `receipts`. */
export function exportFile(receipts: readonly Receipt[]): string {
  return JSON.stringify({ kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-29T08:00:00+07:00', receipts });
}

export const ROSTER_HEADER = ['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Lãnh đạo', 'Tài khoản'];

/** A roster CSV as Excel in a Vietnamese locale saves it: BOM, ";". */
export function rosterCsv(people: readonly Participant[]): string {
  return toCsv([ROSTER_HEADER, ...people.map((p, i) => [i + 1, p.fullName, p.unit, p.position, p.isLeader ? 'x' : '', p.account])], ';');
}

/** `count` people spread over the built-in units, one leader in ten. */
export function makePeople(count: number): Participant[] {
  const units = DEFAULT_CONFIG.organization.units;
  return Array.from({ length: count }, (_, i) => ({
    fullName: `Cán bộ Số ${i + 1}`, unit: units[i % units.length]!, position: i % 10 === 0 ? 'Trưởng phòng' : 'Chuyên viên',
    isLeader: i % 10 === 0, account: `canbo${i + 1}`,
  }));
}
