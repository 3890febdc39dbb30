import type { Receipt } from '../receipts/schema';
import { parseYesNo } from './columns';
import { toCsv, type CsvCell } from './csv';
import { normalizeName } from './normalize';

/** One column of the receipt CSV (PRODUCT.md §4.4): Vietnamese header, JSON path, and both directions. */
export interface ReceiptColumn {
  header: string;
  path: string;
  write: (receipt: Receipt) => CsvCell;
  /** Turns a cell back into the JSON value; anything unreadable is passed on for the schema to refuse. */
  read: (cell: string) => unknown;
}

const CONFIRMATION = { confirmed: 'Đã xác nhận', unconfirmed: 'Chưa xác nhận', declared: 'Tự khai' } as const;
const CONFIRMATION_KEYS = Object.keys(CONFIRMATION) as (keyof typeof CONFIRMATION)[];

const asText = (cell: string) => cell;
const asNullableText = (cell: string) => (cell === '' ? null : cell);
const asInteger = (cell: string) => (/^\d+$/.test(cell.trim()) ? Number(cell.trim()) : cell);

function text(header: string, path: string, get: (r: Receipt) => string): ReceiptColumn {
  return { header, path, write: get, read: asText };
}

/** The columns of the receipt CSV, in file order; kind and version are implied by the file. */
export const receiptExportColumns: readonly ReceiptColumn[] = [
  text('Mã biên nhận', 'receiptId', (r) => r.receiptId),
  text('Mã hội thi', 'contestId', (r) => r.contestId),
  { header: 'Đợt', path: 'round', write: (r) => r.round ?? '', read: (c) => (c.trim() === '' ? null : asInteger(c)) },
  text('Họ và tên', 'participant.fullName', (r) => r.participant.fullName),
  text('Đơn vị', 'participant.unit', (r) => r.participant.unit),
  text('Chức vụ', 'participant.position', (r) => r.participant.position),
  {
    header: 'Lãnh đạo',
    path: 'participant.isLeader',
    write: (r) => (r.participant.isLeader ? 'có' : 'không'),
    read: (c) => parseYesNo(c) ?? c,
  },
  text('Tài khoản SSO', 'participant.account', (r) => r.participant.account),
  { header: 'Tài khoản trên trang thi', path: 'portalAccount', write: (r) => r.portalAccount ?? '', read: asNullableText },
  text('Bắt đầu thi', 'startedAt', (r) => r.startedAt),
  text('Nộp bài', 'submittedAt', (r) => r.submittedAt),
  { header: 'Thời gian làm bài (giây)', path: 'durationSeconds', write: (r) => r.durationSeconds, read: asInteger },
  {
    header: 'Xác nhận của trang thi',
    path: 'confirmation',
    write: (r) => CONFIRMATION[r.confirmation],
    read: (c) => CONFIRMATION_KEYS.find((k) => normalizeName(c) === k || normalizeName(c) === normalizeName(CONFIRMATION[k])) ?? c,
  },
  {
    header: 'Cảnh báo',
    path: 'warnings',
    write: (r) => r.warnings.join(', '),
    // Codes stay in English so the file reads back exactly; their order is the schema's to check.
    read: (c) => (c.trim() === '' ? [] : c.split(/[,;]/).map((code) => code.trim())),
  },
  text('Tạo lúc', 'createdAt', (r) => r.createdAt),
  text('Phiên bản tiện ích', 'extensionVersion', (r) => r.extensionVersion),
  text('Mã kiểm tra SHA-256', 'digest', (r) => r.digest),
];

/** The receipts as the §4.4 CSV: BOM, Vietnamese header row, one receipt a row, formulas neutralised. */
export function receiptsToCsv(receipts: readonly Receipt[]): string {
  return toCsv([receiptExportColumns.map((c) => c.header), ...receipts.map((r) => receiptExportColumns.map((c) => c.write(r)))]);
}

/** Rebuilds the JSON shape of one receipt from its cells (cells[i] belongs to receiptExportColumns[i]). */
export function receiptFromCells(cells: readonly string[]): Record<string, unknown> {
  const receipt: Record<string, unknown> = { kind: 'hoithi.receipt', version: 1 };
  const participant: Record<string, unknown> = {};
  receiptExportColumns.forEach((column, i) => {
    const value = column.read(cells[i] ?? '');
    if (column.path.startsWith('participant.')) participant[column.path.slice('participant.'.length)] = value;
    else receipt[column.path] = value;
  });
  receipt.participant = participant;
  return receipt;
}

