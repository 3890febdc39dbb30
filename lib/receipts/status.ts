import type { OutboxEntry, OutboxState } from './outbox-entry';

/** One receipt as the popup lists it. */
export interface ReceiptView {
  receiptId: string;
  round: number | null;
  submittedAt: string;
  /** A round the person declared taken on another device. */
  declared: boolean;
  state: OutboxState;
  attempts: number;
  lastError?: { kind: string; status: number | null; message: string };
}

/** Where receipts go, and whether the browser lets the extension reach it without CORS. */
export interface EndpointView {
  url: string;
  origin: string;
  /** The origin is covered by the extension's optional host permissions (https only). */
  canRequestPermission: boolean;
  hasPermission: boolean;
}

/** The popup's receipt section: the newest receipts, and how many are in each state. */
export interface ReceiptsView {
  recent: ReceiptView[];
  counts: Record<OutboxState, number>;
}

/** Newest first: what the person just did is what they look for. */
export function toReceiptViews(entries: readonly OutboxEntry[]): ReceiptView[] {
  return [...entries]
    .sort((a, b) => b.createdAtMs - a.createdAtMs)
    .map((e) => ({
      receiptId: e.receiptId,
      round: e.receipt.round,
      submittedAt: e.receipt.submittedAt,
      declared: e.receipt.confirmation === 'declared',
      state: e.state,
      attempts: e.attempts,
      lastError: e.lastError ? { kind: e.lastError.kind, status: e.lastError.status, message: e.lastError.message } : undefined,
    }));
}
