import * as z from 'zod/mini';
import type { ReportMessageKey } from '../i18n/catalog/report';
import { isCleanReceipt } from '../receipts/fast-parse';
import { receiptSchema, type Receipt } from '../receipts/schema';
import { isBlankRow, matchColumns } from './columns';
import { CsvParseError, parseCsv, restoreCell } from './csv';
import { receiptExportColumns, receiptFromCells } from './receipt-csv';

type Params = Record<string, string | number>;

/** A receipt left out: its row (CSV record, or position in the JSON list) and the field at fault. */
export interface ReceiptRefusal { row: number; field: string; key: ReportMessageKey; params?: Params }

export type ReceiptFileFormat = 'export' | 'receipt' | 'jsonl' | 'csv';

/** What one file gave: the receipts read and the ones refused, or why the whole file was refused. */
export type ReceiptFileResult =
  | { ok: true; name: string; format: ReceiptFileFormat; receipts: Receipt[]; read: number; refused: ReceiptRefusal[] }
  | { ok: false; name: string; error: { key: ReportMessageKey; params: Params } };

// The envelope is checked alone so that one bad receipt does not refuse the other thousands.
const envelopeSchema = z.object({
  kind: z.literal('hoithi.receipts'),
  version: z.literal(1),
  exportedAt: z.string(),
  receipts: z.array(z.unknown()),
});

const JSON_LINES_NAME = /\.(?:jsonl|ndjson)$/i;

/** A receipt file's records before each is checked: what the file holds, and how to name a refusal. */
export interface ReceiptRecords {
  ok: true;
  name: string;
  format: ReceiptFileFormat;
  records: readonly unknown[];
  /** The name of a field in a refusal: the CSV's header, else the receipt's path. */
  fieldName: (path: string) => string;
  /** Each record's row (CSV record or JSON line); else its position in the list, from 1. */
  rows?: readonly number[];
  /** Lines refused before any check (JSON Lines that are not JSON). */
  broken: ReceiptRefusal[];
}

type Failed = Extract<ReceiptFileResult, { ok: false }>;
const samePath = (path: string) => path;

/**
 * Reads a receipt export (JSON §4.4), a single receipt (JSON §4.2), JSON Lines (one receipt a line:
 * the collector's or the reference receiver's log) or the receipt CSV (§4.4).
 */
export function readReceiptFile(name: string, input: string): ReceiptFileResult {
  const file = readReceiptRecords(name, input);
  return file.ok ? collect(file) : file;
}

/** The records of a receipt file, not yet checked, or why the whole file is refused. */
export function readReceiptRecords(name: string, input: string): ReceiptRecords | Failed {
  const text = input.replace(/^\ufeff/, '');
  const fail = (key: ReportMessageKey, params: Params = {}): Failed => ({ ok: false, name, error: { key, params: { name, ...params } } });
  const looksJson = /^\s*[{[]/.test(text) || /\.json$/i.test(name) || JSON_LINES_NAME.test(name);
  if (!looksJson) return readCsv(name, text, fail);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return isJsonLines(name, text) ? readJsonLines(name, text) : fail('report.receipts.notJson');
  }
  const kind = (json as { kind?: unknown } | null)?.kind;
  const version = (json as { version?: unknown } | null)?.version;
  if (kind !== 'hoithi.receipts' && kind !== 'hoithi.receipt') return fail('report.receipts.wrongKind');
  if (version !== 1) return fail('report.receipts.unsupportedVersion', { version: String(version) });
  if (kind === 'hoithi.receipt') return { ok: true, name, format: 'receipt', records: [json], fieldName: samePath, broken: [] };
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return fail('report.receipts.badEnvelope', { field: envelope.error.issues[0]?.path.join('.') ?? '' });
  return { ok: true, name, format: 'export', records: envelope.data.receipts, fieldName: samePath, broken: [] };
}

// Not one JSON value, but its first line is one object: JSON Lines (or named so).
function isJsonLines(name: string, text: string): boolean {
  if (JSON_LINES_NAME.test(name)) return true;
  const first = text.split('\n', 1)[0]!.trim();
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// Each line is parsed alone: a broken line is refused with its number, the others are read.
function readJsonLines(name: string, text: string): ReceiptRecords | Failed {
  const records: unknown[] = [];
  const rows: number[] = [];
  const broken: ReceiptRefusal[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
      rows.push(i + 1);
    } catch {
      broken.push({ row: i + 1, field: '', key: 'report.receipt.notJsonLine' });
    }
  });
  if (records.length === 0 && broken.length > 0) return { ok: false, name, error: { key: 'report.receipts.notJson', params: { name } } };
  return { ok: true, name, format: 'jsonl', records, fieldName: samePath, rows, broken };
}

function readCsv(name: string, text: string, fail: (key: ReportMessageKey, params?: Params) => Failed): ReceiptRecords | Failed {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvParseError) return fail('report.csv.unterminatedQuote', { row: error.record });
    throw error;
  }
  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return fail('report.receipts.empty');
  const names = Object.fromEntries(receiptExportColumns.map((c) => [c.path, [c.header, c.path]]));
  const { columns, duplicate } = matchColumns(rows[headerIndex]!, names);
  if (duplicate !== undefined) return fail('report.table.duplicateColumn', { column: duplicate });
  const missing = receiptExportColumns.filter((c) => columns[c.path] === undefined);
  // Every column is needed: the digest covers every field, so a partial row could never verify.
  if (missing.length > 0) return fail('report.table.missingColumns', { columns: missing.map((c) => `"${c.header}"`).join(', ') });
  const records: unknown[] = [];
  const recordRows: number[] = [];
  rows.forEach((row, i) => {
    if (i <= headerIndex || isBlankRow(row)) return;
    records.push(receiptFromCells(receiptExportColumns.map((c) => restoreCell(row[columns[c.path]!] ?? '').normalize('NFC'))));
    recordRows.push(i + 1);
  });
  const headerOf = new Map(receiptExportColumns.map((c) => [c.path, c.header]));
  return { ok: true, name, format: 'csv', records, fieldName: (path) => headerOf.get(path) ?? path, rows: recordRows, broken: [] };
}

/** Validates each record; refusals carry their row and the field at fault. */
export function collect(file: ReceiptRecords): ReceiptFileResult {
  const receipts: Receipt[] = [];
  const refused: ReceiptRefusal[] = [];
  checkRecords(file, 0, file.records.length, receipts, refused);
  return finishCollect(file, receipts, refused);
}

/**
 * collect() in steps of `step` records with a pause between them, each receipt passed to
 * `onReceipt` as soon as it is checked: the caller's other work (the digest checks) runs meanwhile.
 */
export async function collectInSteps(file: ReceiptRecords, onReceipt: (receipt: Receipt) => void, pause: () => Promise<void>, step = 1000): Promise<ReceiptFileResult> {
  const receipts: Receipt[] = [];
  const refused: ReceiptRefusal[] = [];
  for (let from = 0; from < file.records.length; from += step) {
    const before = receipts.length;
    checkRecords(file, from, Math.min(file.records.length, from + step), receipts, refused);
    for (let i = before; i < receipts.length; i++) onReceipt(receipts[i]!);
    await pause();
  }
  return finishCollect(file, receipts, refused);
}

// A clean record is kept as it is (the file's own parse, nobody else holds it); any other goes
// through the schema, which decides and names the fault.
function checkRecords(file: ReceiptRecords, from: number, to: number, receipts: Receipt[], refused: ReceiptRefusal[]): void {
  for (let i = from; i < to; i++) {
    const record = file.records[i];
    if (isCleanReceipt(record)) {
      receipts.push(record);
      continue;
    }
    const result = receiptSchema.safeParse(record);
    if (result.success) {
      receipts.push(result.data);
      continue;
    }
    const issue = result.error.issues[0]!;
    const row = file.rows?.[i] ?? i + 1;
    if (issue.code === 'unrecognized_keys') {
      refused.push({ row, field: issue.keys.join(', '), key: 'report.receipt.unknownField', params: { field: issue.keys.join(', ') } });
    } else {
      // A wrong value inside the warnings list is a fault of the warnings column, not of "warnings.0".
      const path = issue.path.filter((part) => typeof part === 'string').join('.');
      const field = file.fieldName(path);
      refused.push({ row, field, key: 'report.receipt.invalidField', params: { field } });
    }
  }
}

function finishCollect(file: ReceiptRecords, receipts: Receipt[], refused: ReceiptRefusal[]): ReceiptFileResult {
  const { name, format, records, broken } = file;
  if (records.length === 0) return { ok: false, name, error: { key: 'report.receipts.empty', params: { name } } };
  const all = broken.length > 0 ? [...refused, ...broken].sort((a, b) => a.row - b.row) : refused;
  return { ok: true, name, format, receipts, read: receipts.length, refused: all };
}
