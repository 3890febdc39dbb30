import type { Locale } from '@/lib/i18n';
import type { ImportLine, LineMessage } from '@/lib/report/import-line';
import type { ReportView } from '@/lib/report/aggregate';
import type { XlsxMeta as ExportMeta } from '@/lib/report/xlsx';

export type { ImportLine } from '@/lib/report/import-line';

/** What the page tells the worker about the contest in force (from the active config). */
export interface ReportContext { rounds: number[]; units: string[]; contestId: string }

/** What the page shows after each request: the report cut down for display (see toReportView). */
export interface AdminSnapshot {
  report: ReportView;
  log: ImportLine[];
  rosterFile?: string;
  receiptCount: number;
  /** Stored receipts that failed the schema when the page opened; they are not counted. */
  damaged: number;
  /** True when the stored roster failed its schema when the page opened; it is not used. */
  rosterDamaged: boolean;
  /** The collector last pulled from successfully ("Lấy từ máy chủ"), to fill the form again. */
  pullSource?: PullSource;
  /** Why the pull just asked for failed; nothing was changed. */
  pullError?: LineMessage;
}

/** What the admin typed under "Lấy từ máy chủ". */
export interface PullSource { address: string; token: string }

export interface ImportRequest { file: File; intent?: 'receipts' | 'roster' }
export type ExportFormat = 'csv' | 'xlsx';
/** The heading rows of the XLSX (organisation, contest, the export time as contest-zone ISO). */
export type { XlsxMeta as ExportMeta } from '@/lib/report/xlsx';

export type WorkerRequest =
  | { id: number; type: 'load'; context: ReportContext }
  | { id: number; type: 'import'; context: ReportContext; files: ImportRequest[] }
  | { id: number; type: 'clear'; context: ReportContext }
  | { id: number; type: 'pull'; context: ReportContext; source: PullSource }
  // Exports are built where the whole report lives; only the finished file crosses to the page.
  | { id: number; type: 'export'; context: ReportContext; format: ExportFormat; locale: Locale; meta: ExportMeta };

export type WorkerResponse =
  | { id: number; ok: true; snapshot: AdminSnapshot; ms: number }
  | { id: number; ok: true; file: Blob; ms: number }
  | { id: number; ok: false; message: string };
