import type { Row as WriteRow, Sheet as WriteSheet } from 'write-excel-file/universal';
import { formatWallDateTime } from '../i18n/format';
import { formatMessage, type Locale } from '../i18n/translate';
import { report as messages, type ReportMessageKey } from '../i18n/catalog/report';
import type { Report } from './aggregate';
import { parseRosterRows, type RosterResult } from './roster';

// Both libraries are imported on demand: only the admin page (and its worker) ever loads them.

/** A spreadsheet cell as text, the way a person reads it (numbers without grouping, dates as YYYY-MM-DD). */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Reads the first sheet of a roster workbook (PRODUCT.md §4.5) with the same rules as the CSV. */
export async function readRosterXlsx(data: ArrayBuffer | Blob): Promise<RosterResult> {
  const { readSheet } = await import('read-excel-file/universal');
  let rows: unknown[][];
  try {
    rows = await readSheet(data);
  } catch {
    return { ok: false, error: { key: 'report.xlsx.unreadable' } };
  }
  return parseRosterRows(rows.map((row) => row.map(cellText)));
}

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
const rateCell = (rate: number | null) => (rate === null ? null : { value: rate, type: Number, format: '0.0%' });

/** The report as a workbook: by unit, leaders, things to check. Cells are typed values, never formulas. */
export function reportToSheets(report: Report, locale: Locale = 'vi'): WriteSheet<Blob>[] {
  const t = (key: ReportMessageKey, params?: Record<string, string | number>) => formatMessage(messages[key][locale], params);
  const roundName = (round: number | null) => (round === null ? '' : t('report.roundName', { number: round }));
  const byUnit: WriteRow[] = [
    ['report.csv.round', 'report.csv.unit', 'report.csv.staff', 'report.csv.participants', 'report.csv.rate', 'report.csv.missing'].map((k) => bold(t(k as ReportMessageKey))),
  ];
  for (const total of report.totals.perRound) {
    for (const line of report.lines.filter((l) => l.round === total.round)) {
      byUnit.push([roundName(line.round), line.unit, line.staff, line.participants, rateCell(line.rate), line.missing.map((p) => p.fullName).join('; ')]);
    }
    byUnit.push([bold(roundName(total.round)), bold(t('report.csv.total')), total.staff, total.participants, rateCell(total.rate), null]);
  }
  const leaders: WriteRow[] = [
    [t('report.csv.fullName'), t('report.csv.unit'), t('report.csv.position'), t('report.csv.roundsTaken', { total: report.rounds.length }), t('report.csv.roundList')].map(bold),
    ...report.leaders.map(({ person, roundsTaken }): WriteRow => [person.fullName, person.unit, person.position, roundsTaken.length, roundsTaken.map(roundName).join(', ')]),
  ];
  const flags: WriteRow[] = [
    [t('report.csv.flag'), t('report.csv.round'), t('report.csv.fullName'), t('report.csv.unit'), t('report.csv.receiptIds'), t('report.csv.declaredAt')].map(bold),
    ...report.flags.map((f): WriteRow => [t(`report.flag.${f.kind}`), roundName(f.round), f.fullName, f.unit, f.receiptIds.join(', '), f.declaredAt ? formatWallDateTime(f.declaredAt) : null]),
    [],
    [t('report.digestNote')],
  ];
  const wide = [{ width: 12 }, { width: 40 }, { width: 12 }, { width: 14 }, { width: 10 }, { width: 60 }];
  return [
    { sheet: t('report.xlsx.sheetByUnit'), data: byUnit, columns: wide, stickyRowsCount: 1 },
    { sheet: t('report.xlsx.sheetLeaders'), data: leaders, columns: [{ width: 28 }, { width: 40 }, { width: 20 }, { width: 16 }, { width: 30 }], stickyRowsCount: 1 },
    { sheet: t('report.xlsx.sheetFlags'), data: flags, columns: [{ width: 34 }, { width: 10 }, { width: 28 }, { width: 40 }, { width: 40 }, { width: 18 }], stickyRowsCount: 1 },
  ];
}

/** The report as an .xlsx file (three sheets), through write-excel-file. */
export async function reportToXlsx(report: Report, locale: Locale = 'vi'): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(reportToSheets(report, locale)).toBlob();
}
