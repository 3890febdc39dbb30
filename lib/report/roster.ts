import * as z from 'zod/mini';
import type { ReportMessageKey } from '../i18n/catalog/report';
import { isBlankRow, matchColumns, parseYesNo } from './columns';
import { CsvParseError, parseCsv } from './csv';
import { normalizeName, personKey } from './normalize';

/** One person on the roster; `row` is the spreadsheet row (the header is row 1). */
export interface RosterRow {
  row: number;
  fullName: string;
  unit: string;
  position: string;
  isLeader: boolean;
  account: string;
}

/** A roster row as parseRosterRows makes it, for checking one read back from storage. */
export const rosterRowSchema: z.ZodMiniType<RosterRow> = z.object({
  row: z.number().check(z.int(), z.positive()),
  fullName: z.string().check(z.minLength(1)),
  unit: z.string().check(z.minLength(1)),
  position: z.string(),
  isLeader: z.boolean(),
  account: z.string(),
});

export type RosterField = 'fullName' | 'unit' | 'position' | 'isLeader' | 'account';

/** A row left out of the roster, with the field at fault and the message saying why. */
export interface RosterRefusal {
  row: number;
  field: RosterField;
  key: ReportMessageKey;
  params?: Record<string, string | number>;
}

export type RosterResult =
  | { ok: true; rows: RosterRow[]; refused: RosterRefusal[] }
  | { ok: false; error: { key: ReportMessageKey; params?: Record<string, string | number> } };

/** Accepted column names per field (PRODUCT.md §4.5), matched case- and diacritics-insensitively. */
export const ROSTER_COLUMNS: Readonly<Record<RosterField, readonly string[]>> = {
  fullName: ['Họ và tên', 'Họ tên', 'fullName'],
  unit: ['Đơn vị', 'unit'],
  position: ['Chức vụ', 'position'],
  isLeader: ['Lãnh đạo', 'Lãnh đạo phòng/đơn vị', 'isLeader'],
  account: ['Tài khoản', 'Tài khoản SSO', 'account'],
};

const clean = (cell: string | undefined) => (cell ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** Parses a roster CSV (PRODUCT.md §4.5): any BOM, "," or ";", NFC or NFD text. */
export function parseRosterCsv(text: string): RosterResult {
  try {
    return parseRosterRows(parseCsv(text));
  } catch (error) {
    if (error instanceof CsvParseError) return { ok: false, error: { key: 'report.csv.unterminatedQuote', params: { row: error.record } } };
    throw error;
  }
}

/** Parses roster rows from any table source (CSV now, an XLSX sheet later); rows[0] is the header. */
export function parseRosterRows(rows: readonly (readonly string[])[]): RosterResult {
  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return { ok: false, error: { key: 'report.roster.empty' } };
  const { columns, duplicate } = matchColumns(rows[headerIndex]!, ROSTER_COLUMNS);
  if (duplicate !== undefined) return { ok: false, error: { key: 'report.table.duplicateColumn', params: { column: duplicate } } };
  const missing = (['fullName', 'unit'] as const).filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    const names = missing.map((field) => `"${ROSTER_COLUMNS[field][0]}"`).join(', ');
    return { ok: false, error: { key: 'report.table.missingColumns', params: { columns: names } } };
  }
  const out: RosterRow[] = [];
  const refused: RosterRefusal[] = [];
  const seenPeople = new Map<string, { row: number; account: string }>();
  const seenAccounts = new Map<string, number>();
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (isBlankRow(cells)) continue;
    const row = i + 1;
    const cell = (field: RosterField) => clean(columns[field] === undefined ? '' : cells[columns[field]]);
    const person = { row, fullName: cell('fullName'), unit: cell('unit'), position: cell('position'), account: cell('account') };
    const isLeader = parseYesNo(cell('isLeader'));
    const refuse = (field: RosterField, key: ReportMessageKey, params?: RosterRefusal['params']) =>
      refused.push({ row, field, key, ...(params ? { params } : {}) });
    if (!person.fullName) refuse('fullName', 'report.roster.fullNameRequired');
    else if (!person.unit) refuse('unit', 'report.roster.unitRequired');
    else if (isLeader === undefined) refuse('isLeader', 'report.roster.badLeader', { value: cell('isLeader') });
    else {
      // Two rows for one person would count them twice. Namesakes in one unit are fine when both have
      // an account, which tells them apart.
      const key = personKey(person.fullName, person.unit);
      const account = normalizeName(person.account);
      const namesake = seenPeople.get(key);
      const first = (account ? seenAccounts.get(account) : undefined) ?? (namesake && (!namesake.account || !account) ? namesake.row : undefined);
      if (first !== undefined) {
        refuse(account && seenAccounts.has(account) ? 'account' : 'fullName', 'report.roster.duplicatePerson', { first });
        continue;
      }
      if (!namesake) seenPeople.set(key, { row, account });
      if (account) seenAccounts.set(account, row);
      out.push({ ...person, isLeader });
    }
  }
  return { ok: true, rows: out, refused };
}
