// Receipt files and rosters for the admin page's e2e test and benchmark, built with the product's own writers.
import { DEFAULT_CONFIG } from '../../lib/config/defaults';
import { buildReceipt } from '../../lib/receipts/build';
import type { Participant, Receipt } from '../../lib/receipts/schema';
import { toCsv } from '../../lib/report/csv';

const TZ = 'Asia/Ho_Chi_Minh';
const ROUND_DAY = ['2022-08-02', '2022-08-09', '2022-08-16', '2022-08-23'];

/** What a test changes of an attempt: the start time ("HH:MM:SS", seven minutes long), the portal's account, its confirmation. */
export interface AttemptOptions { at?: string; portalAccount?: string; confirmationSeen?: boolean; warnings?: Receipt['warnings'] }

/** A real receipt (valid digest) of `who` in `round` of the built-in 2022 contest. */
export async function makeAdminReceipt(who: Participant, round: number, n: number, options: AttemptOptions = {}): Promise<Receipt> {
  const day = ROUND_DAY[round - 1]!;
  const [h, m, s] = (options.at ?? '09:00:00').split(':').map(Number) as [number, number, number];
  const end = `${String(h + Math.floor((m + 7) / 60)).padStart(2, '0')}:${String((m + 7) % 60).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return buildReceipt({
    attempt: {
      contestId: DEFAULT_CONFIG.contest.id, round, portalAccount: options.portalAccount ?? who.fullName,
      startedAt: `${day}T${options.at ?? '09:00:00'}+07:00`, submittedAt: `${day}T${end}+07:00`, durationSeconds: 420,
      confirmationSeen: options.confirmationSeen ?? true, warnings: options.warnings ?? [],
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
