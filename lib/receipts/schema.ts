import * as z from 'zod/mini';
import { WARNING_CODES } from '../attempts/record';
import { parseLocalDate } from '../rounds';

/** Warning codes a receipt may carry, in the order PRODUCT.md §4.2 fixes. */
export const RECEIPT_WARNINGS = WARNING_CODES;
export type ReceiptWarning = (typeof RECEIPT_WARNINGS)[number];

// No trim: the digest covers the exact text. NFC is applied because a tool that rewrote a file
// in NFD has not changed its meaning, and the extension digests NFC text.
const text = z.string().check(z.normalize('NFC'));
const nonEmptyText = text.check(z.minLength(1));

// ISO 8601 to the second with a numeric offset ("Z" and fractions are not what the extension writes).
const ISO_SECONDS = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})[+-](\d{2}):(\d{2})$/;

/** True for "YYYY-MM-DDTHH:mm:ss±HH:MM" naming a real instant, e.g. "2022-08-09T09:14:03+07:00". */
export function isIsoSeconds(value: string): boolean {
  const m = ISO_SECONDS.exec(value);
  if (!m) return false;
  const [hour, minute, second, offH, offM] = m.slice(2).map(Number) as [number, number, number, number, number];
  return parseLocalDate(m[1]!) !== undefined && hour < 24 && minute < 60 && second < 60 && offH < 24 && offM < 60;
}

const isoTime = z.string().check(z.refine(isIsoSeconds, { message: 'not ISO 8601 to the second with an offset' }));

export const participantSchema = z.strictObject({
  fullName: nonEmptyText,
  unit: nonEmptyText,
  position: text,
  isLeader: z.boolean(),
  account: text,
});
export type Participant = z.output<typeof participantSchema>;

const warningsSchema = z.array(z.enum(RECEIPT_WARNINGS)).check(
  z.refine(
    (list) => list.every((code, i) => i === 0 || RECEIPT_WARNINGS.indexOf(list[i - 1]!) < RECEIPT_WARNINGS.indexOf(code)),
    { message: 'warnings must be distinct and in the order of PRODUCT.md §4.2' },
  ),
);

const receiptFields = {
  kind: z.literal('hoithi.receipt'),
  version: z.literal(1),
  receiptId: z.uuidv4(),
  contestId: nonEmptyText,
  round: z.nullable(z.number().check(z.int(), z.positive())),
  participant: participantSchema,
  portalAccount: z.nullable(nonEmptyText),
  startedAt: isoTime,
  submittedAt: isoTime,
  durationSeconds: z.number().check(z.int(), z.nonnegative()),
  confirmation: z.enum(['confirmed', 'unconfirmed']),
  warnings: warningsSchema,
  createdAt: isoTime,
  extensionVersion: z.string().check(z.regex(/^\d+(\.\d+){0,3}$/)),
};

// durationSeconds is defined as the whole seconds between the two times; a receipt that disagrees is broken.
function checkDuration(r: { startedAt: string; submittedAt: string; durationSeconds: number }, ctx: z.core.$RefinementCtx) {
  const seconds = (Date.parse(r.submittedAt) - Date.parse(r.startedAt)) / 1000;
  if (Number.isFinite(seconds) && seconds !== r.durationSeconds) {
    ctx.addIssue({ code: 'custom', path: ['durationSeconds'], message: `expected ${seconds} from startedAt and submittedAt` });
  }
}

/** A receipt before its digest is computed (the object the digest covers). */
export const receiptWithoutDigestSchema = z.strictObject(receiptFields).check(z.superRefine(checkDuration));
export type ReceiptWithoutDigest = z.output<typeof receiptWithoutDigestSchema>;

/** A participation receipt, version 1 (PRODUCT.md §4.2). */
export const receiptSchema = z
  .strictObject({ ...receiptFields, digest: z.string().check(z.regex(/^[0-9a-f]{64}$/)) })
  .check(z.superRefine(checkDuration));
export type Receipt = z.output<typeof receiptSchema>;

/** The receipt export file (PRODUCT.md §4.4). */
export const receiptExportSchema = z.strictObject({
  kind: z.literal('hoithi.receipts'),
  version: z.literal(1),
  exportedAt: isoTime,
  receipts: z.array(receiptSchema),
});
export type ReceiptExport = z.output<typeof receiptExportSchema>;
