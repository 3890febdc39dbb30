import * as z from 'zod/mini';
import { clearAdminData, loadAdminData, saveImport, storedRosterSchema, type ReceiptBatch, type StoredRoster } from '@/lib/report/repository';
import { receiptSchemaFast } from '@/lib/receipts/fast-parse';
import { createDigestCheck, hashHere, type ChunkHasher } from '@/lib/receipts/verify-batch';
import type { Receipt } from '@/lib/receipts/schema';
import { buildReport, startReport, toReportView, type Report } from '@/lib/report/aggregate';
import { reportToCsv } from '@/lib/report/export-csv';
import { checkAdminFile } from '@/lib/report/file-kind';
import { getCollectorEndpoint, pullReceipts, type PullCursor } from '@/lib/report/pull';
import { collectInSteps, readReceiptRecords, type ReceiptFileResult, type ReceiptRecords, type ReceiptRefusal } from '@/lib/report/receipts-import';
import { parseRosterCsv, type RosterResult } from '@/lib/report/roster';
import { readRosterXlsx, reportToXlsx } from '@/lib/report/xlsx';
import type { Locale } from '@/lib/i18n';
import { createDigestPool, pause } from './digest-pool';
import type { AdminSnapshot, ExportFormat, ExportMeta, ImportLine, ImportRequest, PullSource, ReportContext } from './protocol';

// Runs in the admin page's worker: parsing, digest checks, storage and aggregation stay off the page's thread.

const HEAD_BYTES = 4096;

/**
 * UTF-8 text of a file, or undefined when the bytes are not UTF-8 (a file that is not what it claims).
 * The browser's own decoding is the fast path; only a text with a replacement character is decoded
 * again strictly, to tell a real U+FFFD from bytes that were not UTF-8.
 */
async function readText(file: File): Promise<string | undefined> {
  const text = await file.text();
  if (!text.includes('\ufffd')) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return undefined;
  }
}

/** One source's new receipts, their digest checks still running. */
type Taken = Omit<ReceiptBatch, 'badDigests' | 'canonical'> & { check: ReturnType<typeof createDigestCheck> };

/** Receipts a pull already checked, with what it read and refused. */
type Checked = { receipts: Receipt[]; read: number; refused: ReceiptRefusal[] };

type Base = Pick<ImportLine, 'name' | 'read' | 'fresh' | 'duplicates' | 'refused'>;

async function readRoster(file: File, xlsx: boolean): Promise<RosterResult | 'notUtf8'> {
  if (xlsx) return readRosterXlsx(await file.arrayBuffer());
  const text = await readText(file);
  return text === undefined ? 'notUtf8' : parseRosterCsv(text);
}

// The collector's address and token, and where the last pull stopped: checked on read like the rest.
const pullSourceSchema = z.object({ address: z.string(), token: z.string() });
const pullCursorSchema = z.object({ endpoint: z.string(), after: z.string(), skip: z.number() });

/** The admin data held in memory, mirrored in the 'hoithi-admin' database. */
export function createAdminEngine(hasher: ChunkHasher = typeof Worker === 'undefined' ? hashHere : createDigestPool()) {
  let receipts: Receipt[] = [];
  let ids = new Set<string>();
  let badDigests = new Set<string>();
  let roster: StoredRoster | undefined;
  let log: ImportLine[] = [];
  // Stored receipts that no longer pass the schema on load: left out of the report, and said.
  let damaged = 0;
  // A stored roster that no longer passes its schema on load: not used until a roster is imported again.
  let rosterDamaged = false;
  // The whole report of the data in memory for one report context, kept for exports until either changes.
  let report: { context: string; report: Report } | undefined;
  let pullSource: PullSource | undefined;
  let pullCursor: PullCursor | undefined;

  const fullReport = (context: ReportContext): Report => {
    const key = JSON.stringify(context);
    if (report?.context !== key) report = { context: key, report: buildReport({ ...context, roster: roster?.rows ?? [], receipts, badDigests }) };
    return report.report;
  };

  const snapshot = (context: ReportContext): AdminSnapshot => {
    return { report: toReportView(fullReport(context)), log, rosterFile: roster?.file, receiptCount: receipts.length, damaged, rosterDamaged, pullSource };
  };

  async function load(context: ReportContext): Promise<AdminSnapshot> {
    const data = await loadAdminData();
    report = undefined;
    // Stored records are checked on read like any other input (the fast path keeps this to milliseconds).
    receipts = [];
    damaged = 0;
    for (const batch of data.batches) {
      for (const stored of batch.records) {
        const checked = receiptSchemaFast.safeParse(stored);
        if (checked.success) receipts.push(checked.data);
        else damaged++;
      }
    }
    ids = new Set(receipts.map((r) => r.receiptId.toLowerCase()));
    badDigests = new Set(data.batches.flatMap((b) => b.badDigests));
    const storedRoster = data.roster === undefined ? undefined : storedRosterSchema.safeParse(data.roster);
    roster = storedRoster?.success ? storedRoster.data : undefined;
    rosterDamaged = storedRoster?.success === false;
    log = data.log as ImportLine[];
    const source = pullSourceSchema.safeParse(data.settings.pullSource);
    pullSource = source.success ? source.data : undefined;
    const cursor = pullCursorSchema.safeParse(data.settings.pullCursor);
    pullCursor = cursor.success ? cursor.data : undefined;
    return snapshot(context);
  }

  /**
   * Reads one source's receipts, checked in steps: each receipt not held yet (nor earlier in `seen`)
   * goes to the digest checks as soon as it passes, so hashing runs while the rest is read. The
   * checks are left running: store() takes their results.
   */
  async function takeReceipts(name: string, source: ReceiptRecords | Checked, seen: Set<string>, now: number): Promise<{ taken?: Taken; line: ImportLine }> {
    const check = createDigestCheck(hasher);
    const fresh: Receipt[] = [];
    const keep = (receipt: Receipt) => {
      const id = receipt.receiptId.toLowerCase();
      if (seen.has(id)) return;
      seen.add(id);
      fresh.push(receipt);
      check.add(receipt);
    };
    let read: ReceiptFileResult | (Checked & { ok: true });
    if ('records' in source) read = await collectInSteps(source, keep, pause);
    else {
      source.receipts.forEach(keep);
      read = { ok: true, receipts: source.receipts, read: source.read, refused: source.refused };
    }
    if (!read.ok) return { line: { name, kind: 'receipts', read: 0, fresh: 0, duplicates: 0, refused: [], error: read.error } };
    const line: ImportLine = { name, kind: 'receipts', read: read.read, fresh: fresh.length, duplicates: read.read - fresh.length, refused: read.refused };
    return { taken: fresh.length > 0 ? { file: name, importedAt: now, receipts: fresh, check } : undefined, line };
  }

  /**
   * Stores an import and then takes it into memory (memory follows the database: if the write fails,
   * nothing changed). The new report is built while the workers finish the last digests, and its
   * digest flags added once they are done; everything is ready before the write starts.
   */
  async function store(context: ReportContext, taken: readonly Taken[], lines: readonly ImportLine[], seen: Set<string>, newRoster?: StoredRoster, settings?: Parameters<typeof saveImport>[3]) {
    const nextRoster = newRoster ?? roster;
    const nextReceipts = taken.length > 0 ? receipts.concat(...taken.map((t) => t.receipts)) : receipts;
    // The digests still waiting for a worker are hashed here first; the report (all but its digest
    // flags) is then built while the workers finish the ones they hold.
    await hasher.drain?.();
    const started = startReport({ ...context, roster: nextRoster?.rows ?? [], receipts: nextReceipts });
    const batches: ReceiptBatch[] = [];
    for (const { check, ...batch } of taken) {
      const { bad, canonical } = await check.finish();
      batches.push({ ...batch, badDigests: [...bad], canonical });
    }
    const nextBad = new Set([...badDigests, ...batches.flatMap((b) => b.badDigests)]);
    const nextReport = { context: JSON.stringify(context), report: started.withDigests(nextBad) };
    await saveImport(batches, newRoster, lines, settings);
    receipts = nextReceipts;
    badDigests = nextBad;
    roster = nextRoster;
    report = nextReport;
    ids = seen;
    if (newRoster) rosterDamaged = false;
    log = [...log, ...lines];
  }

  /** Pulls what the collector holds after the last pull; a failure changes nothing and says why. */
  async function pull(context: ReportContext, source: PullSource, now: number): Promise<AdminSnapshot> {
    const endpoint = getCollectorEndpoint(source.address);
    if (!endpoint) return { ...snapshot(context), pullError: { key: 'admin.pull.badAddress' } };
    const result = await pullReceipts(endpoint, source.token, pullCursor, (url, init) => fetch(url, { ...init, cache: 'no-store', credentials: 'omit' }));
    if (!result.ok) return { ...snapshot(context), pullError: result.error };
    const seen = new Set(ids);
    const { taken, line } = await takeReceipts(endpoint, result, seen, now);
    await store(context, taken ? [taken] : [], [line], seen, undefined, { pullSource: source, pullCursor: result.cursor });
    pullSource = source;
    pullCursor = result.cursor;
    return snapshot(context);
  }

  async function importFiles(context: ReportContext, files: readonly ImportRequest[], now: number) {
    const lines: ImportLine[] = [];
    const taken: Taken[] = [];
    const seen = new Set(ids);
    let newRoster: StoredRoster | undefined;
    for (const { file, intent } of files) {
      const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
      const check = checkAdminFile(file.name, file.size, head, intent);
      const base: Base = { name: file.name, read: 0, fresh: 0, duplicates: 0, refused: [] };
      if (!check.ok) {
        lines.push({ ...base, kind: intent ?? 'receipts', error: { key: `admin.file.${check.reason}`, params: { name: file.name } } });
        continue;
      }
      if (check.kind === 'roster-csv' || check.kind === 'roster-xlsx') {
        const result = await readRoster(file, check.kind === 'roster-xlsx');
        if (result === 'notUtf8' || !result.ok) {
          const error = result === 'notUtf8' ? { key: 'admin.file.notUtf8' as const, params: { name: file.name } } : result.error;
          lines.push({ ...base, kind: 'roster', error });
          continue;
        }
        newRoster = { file: file.name, importedAt: now, rows: result.rows };
        const refused = result.refused.map((r) => ({ row: r.row, field: r.field, key: r.key, params: r.params }));
        lines.push({ ...base, kind: 'roster', read: result.rows.length, fresh: result.rows.length, refused });
        continue;
      }
      const text = await readText(file);
      const records = text === undefined ? undefined : readReceiptRecords(file.name, text);
      if (!records?.ok) {
        lines.push({ ...base, kind: 'receipts', error: records?.error ?? { key: 'admin.file.notUtf8', params: { name: file.name } } });
        continue;
      }
      const { taken: fresh, line } = await takeReceipts(file.name, records, seen, now);
      if (fresh) taken.push(fresh);
      lines.push(line);
    }
    await store(context, taken, lines, seen, newRoster);
    return snapshot(context);
  }

  async function clear(context: ReportContext): Promise<AdminSnapshot> {
    await clearAdminData();
    report = undefined;
    receipts = [];
    ids = new Set();
    badDigests = new Set();
    roster = undefined;
    log = [];
    damaged = 0;
    rosterDamaged = false;
    pullCursor = undefined;
    return snapshot(context);
  }

  /** The whole report as a file: CSV (BOM, Vietnamese headers) or XLSX, whose library loads only now. */
  async function exportReport(context: ReportContext, format: ExportFormat, locale: Locale, meta: ExportMeta): Promise<Blob> {
    const whole = fullReport(context);
    if (format === 'xlsx') return reportToXlsx(whole, meta, locale);
    return new Blob([reportToCsv(whole, locale)], { type: 'text/csv;charset=utf-8' });
  }

  return { load, importFiles, pull, clear, exportReport };
}
