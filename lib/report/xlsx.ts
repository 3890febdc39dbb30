import type { Workbook, Worksheet } from 'exceljs';
import { createCatalogT, type Locale } from '../i18n/translate';
import { report as messages } from '../i18n/catalog/report';
import { leadersByUnit, type Report } from './aggregate';
import { flagRow } from './export-csv';
import { formatStamp } from './flag-evidence';
import { parseRosterRows, type RosterResult } from './roster';

// Both libraries are imported on demand: only the admin page (and its worker) ever loads them.
// Reading rosters stays on read-excel-file (small); writing moved to exceljs, which has what an office
// needs to print: A4 landscape, fit to page width, repeated header rows (write-excel-file 4 has none).

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

/** What the heading rows of each sheet say. `asOf` is the export time as contest-zone ISO. */
export interface XlsxMeta { organization: string; contestName: string; asOf: string }

type Cell = string | number | Date | null;
interface Column { header: string; width: number; format?: string }

// One face throughout (the decree's Times New Roman; Calc without it uses the metric twin Liberation Serif).
const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const PERCENT = '0.0%';
const HEAD_ROWS = 5; // organisation, title, contest, "Số liệu đến …", blank; the table's header is row 6

// Calc does not grow a row for wrapped text on opening an .xlsx, so each row's height is set from the
// longest cell: Times New Roman 12 fits about 1.1 characters per unit of column width (seen in Calc), 16 pt a line.
function rowHeight(cells: readonly unknown[], columns: readonly Column[]): number {
  let lines = 1;
  cells.forEach((cell, i) => {
    if (typeof cell !== 'string') return;
    const perLine = Math.max(1, Math.floor(columns[i]!.width * 1.1));
    const count = cell.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return lines * 16 + 2;
}

/** A receipt's contest-zone wall time as a spreadsheet date (serials carry no zone, so it is kept as written). */
function wallTime(iso: string): Date {
  const [y, mo, d, h, mi, s] = iso.slice(0, 19).split(/[-T:]/).map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

function addTable(book: Workbook, name: string, heading: readonly string[], columns: Column[], rows: { cells: Cell[]; bold?: boolean }[]): Worksheet {
  const sheet = book.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${HEAD_ROWS + 1}:${HEAD_ROWS + 1}`, horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&P/&N' },
    views: [{ state: 'frozen', ySplit: HEAD_ROWS + 1 }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  heading.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = { ...FONT, bold: i < 2 };
  });
  const header = sheet.getRow(HEAD_ROWS + 1);
  header.height = rowHeight(columns.map((c) => c.header), columns);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF2' } };
  });
  rows.forEach(({ cells, bold }, r) => {
    const row = sheet.getRow(HEAD_ROWS + 2 + r);
    row.height = rowHeight(cells, columns);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const value = cells[i] ?? null;
      // Text is set as a plain string value: exceljs never turns it into a formula.
      cell.value = value;
      cell.font = { ...FONT, bold: bold === true };
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.format && value !== null) cell.numFmt = c.format;
    });
  });
  return sheet;
}

/** The report as a workbook: the summary of all rounds first, then by unit, leaders and things to check. */
export function buildReportWorkbook(ExcelJS: { Workbook: new () => Workbook }, report: Report, meta: XlsxMeta, locale: Locale = 'vi'): Workbook {
  const t = createCatalogT(messages, locale);
  const head = (title: string) => [meta.organization.toUpperCase(), title, meta.contestName, t('report.xlsx.asOf', { time: formatStamp(meta.asOf) })];
  const book = new ExcelJS.Workbook();
  const roundName = (round: number) => t('report.roundName', { number: round });
  const n = report.rounds.length;
  const leaders = leadersByUnit(report);

  const summaryColumns: Column[] = [
    { header: t('report.csv.unit'), width: 34 },
    { header: t('report.csv.staff'), width: 9 },
    ...report.rounds.flatMap((r) => [
      { header: t('report.csv.roundParticipants', { round: roundName(r) }), width: 9 },
      { header: t('report.csv.roundRate', { round: roundName(r) }), width: 9, format: PERCENT },
    ]),
    { header: t('report.csv.leaders'), width: 9 },
    { header: t('report.csv.leadersComplete', { total: n }), width: 11 },
  ];
  const summaryRows = report.units.map((unit): { cells: Cell[]; bold?: boolean } => {
    const lines = report.lines.filter((l) => l.unit === unit);
    const l = leaders.get(unit) ?? { leaders: 0, complete: 0 };
    return { cells: [unit, lines[0]?.staff ?? 0, ...lines.flatMap((x) => [x.participants, x.rate]), l.leaders, l.complete] };
  });
  summaryRows.push({
    bold: true,
    cells: [t('report.csv.total'), report.totals.staff, ...report.totals.perRound.flatMap((x) => [x.participants, x.rate]), report.totals.leaders, report.totals.leadersComplete],
  });
  addTable(book, t('report.xlsx.sheetSummary'), head(t('report.xlsx.summaryTitle')), summaryColumns, summaryRows);

  const byUnit: { cells: Cell[]; bold?: boolean }[] = [];
  for (const total of report.totals.perRound) {
    for (const line of report.lines.filter((l) => l.round === total.round)) {
      byUnit.push({ cells: [roundName(line.round), line.unit, line.staff, line.participants, line.rate, line.missing.length, line.missing.map((p) => p.fullName).join('; ')] });
    }
    byUnit.push({ bold: true, cells: [roundName(total.round), t('report.csv.total'), total.staff, total.participants, total.rate, total.staff - total.participants, null] });
  }
  addTable(book, t('report.xlsx.sheetByUnit'), head(t('report.csv.byUnitTitle')), [
    { header: t('report.csv.round'), width: 8 }, { header: t('report.csv.unit'), width: 34 }, { header: t('report.csv.staff'), width: 9 },
    { header: t('report.csv.participants'), width: 10 }, { header: t('report.csv.rate'), width: 9, format: PERCENT },
    { header: t('report.csv.missingCount'), width: 10 }, { header: t('report.csv.missing'), width: 60 },
  ], byUnit);

  addTable(book, t('report.xlsx.sheetLeaders'), head(t('report.csv.leadersTitle')), [
    { header: t('report.csv.fullName'), width: 26 }, { header: t('report.csv.unit'), width: 34 }, { header: t('report.csv.position'), width: 18 },
    { header: t('report.csv.roundsTaken', { total: n }), width: 12 }, { header: t('report.csv.roundList'), width: 26 }, { header: t('report.csv.missingRounds'), width: 26 },
  ], report.leaders.map(({ person, roundsTaken }) => ({
    cells: [person.fullName, person.unit, person.position, roundsTaken.length, roundsTaken.map(roundName).join(', '),
      report.rounds.filter((r) => !roundsTaken.includes(r)).map(roundName).join(', ')],
  })));

  const flags = addTable(book, t('report.xlsx.sheetFlags'), head(t('report.csv.flagsTitle')), [
    { header: t('report.csv.flag'), width: 24 }, { header: t('report.csv.round'), width: 8 }, { header: t('report.csv.fullName'), width: 22 },
    { header: t('report.csv.unit'), width: 26 }, { header: t('report.csv.evidence'), width: 50 },
    { header: t('report.csv.startedAt'), width: 18, format: 'dd/mm/yyyy hh:mm:ss' }, { header: t('report.csv.receiptIds'), width: 38 },
  ], report.flags.map((flag) => {
    const row = flagRow(flag, t);
    return { cells: [row.kind, row.round, flag.fullName, flag.unit, row.evidence, wallTime(row.startedAt), flag.receiptIds.join(', ')] };
  }));
  const note = flags.getRow(flags.rowCount + 2).getCell(1);
  note.value = t('report.digestNote');
  note.font = { ...FONT, italic: true };
  return book;
}

/** The report as an .xlsx file, through exceljs (loaded only now, in the admin worker). */
export async function reportToXlsx(report: Report, meta: XlsxMeta, locale: Locale = 'vi'): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const bytes = await buildReportWorkbook(ExcelJS, report, meta, locale).xlsx.writeBuffer();
  return new Blob([bytes as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
