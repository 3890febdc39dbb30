import type { ImportLine } from '@/lib/report/import-line';
import type { Report } from '@/lib/report/aggregate';

export type { ImportLine } from '@/lib/report/import-line';

/** What the page tells the worker about the contest in force (from the active config). */
export interface ReportContext { rounds: number[]; units: string[]; contestId: string }

export interface AdminSnapshot {
  report: Report;
  log: ImportLine[];
  rosterFile?: string;
  receiptCount: number;
}

export interface ImportRequest { file: File; intent?: 'receipts' | 'roster' }

export type WorkerRequest =
  | { id: number; type: 'load'; context: ReportContext }
  | { id: number; type: 'import'; context: ReportContext; files: ImportRequest[] }
  | { id: number; type: 'clear'; context: ReportContext };

export type WorkerResponse =
  | { id: number; ok: true; snapshot: AdminSnapshot; lines?: ImportLine[]; ms: number }
  | { id: number; ok: false; message: string };
