import * as z from 'zod/mini';
import { WARNING_CODES } from '../attempts/record';
import { isCalendarDate } from '../rounds';

/** Warning codes a receipt may carry, in the order PRODUCT.md §4.2 fixes. */
export const RECEIPT_WARNINGS = WARNING_CODES;
export type ReceiptWarning = (typeof RECEIPT_WARNINGS)[number];

// No trim: the digest covers the exact text. NFC is applied because a tool that rewrote a file
// in NFD has not changed its meaning, and the extension digests NFC text.
const text = z.string().check(z.normalize('NFC'));
const nonEmptyText = text.check(z.minLength(1));

// ISO 8601 to the second with a numeric offset ("Z" and fractions are not what the extension writes).
const ISO_SECONDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})[+-](\d{2}):(\d{2})$/;

/** True for "YYYY-MM-DDTHH:mm:ss±HH:MM" naming a real instant, e.g. "2022-08-09T09:14:03+07:00". */
export function isIsoSeconds(value: string): boolean {
  const m = ISO_SECONDS.exec(value);
  if (!m) return false;
  return isCalendarDate(+m[1]!, +m[2]!, +m[3]!) && +m[4]! < 24 && +m[5]! < 60 && +m[6]! < 60 && +m[7]! < 24 && +m[8]! < 60;
}

const isoTime = z.string().check(z.refine(isIsoSeconds, { message: 'not ISO 8601 to the second with an offset' }));

const participantFields = {
  fullName: nonEmptyText,
  unit: nonEmptyText,
  position: text,
  isLeader: z.boolean(),
  account: text,
};
export const participantSchema = z.strictObject(participantFields);
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
  confirmation: z.enum(['confirmed', 'unconfirmed', 'declared']),
  warnings: warningsSchema,
  createdAt: isoTime,
  extensionVersion: z.string().check(z.regex(/^\d+(\.\d+){0,3}$/)),
};

/**
 * Every key a receipt may hold at any depth, but `digest`, sorted by UTF-16 code units (as RFC 8785
 * sorts). JSON.stringify(receipt, RECEIPT_KEY_ORDER) is then the canonical form of a receipt that
 * passed receiptSchema (strict objects: no other key can be present).
 */
export const RECEIPT_KEY_ORDER: readonly string[] = [...Object.keys(receiptFields), ...Object.keys(participantFields)].sort();

interface TimedReceipt { startedAt: string; submittedAt: string; durationSeconds: number; confirmation: string; portalAccount: string | null }

/** What a declared receipt must hold (PRODUCT.md 4.2): one time, to the minute, no duration, no portal name. */
export function isDeclaredShape(r: TimedReceipt): boolean {
  return r.startedAt === r.submittedAt && r.startedAt.slice(17, 19) === '00' && r.durationSeconds === 0 && r.portalAccount === null;
}

// durationSeconds is defined as the whole seconds between the two times; a receipt that disagrees is broken.
function checkDuration(r: TimedReceipt, ctx: z.core.$RefinementCtx) {
  const seconds = (Date.parse(r.submittedAt) - Date.parse(r.startedAt)) / 1000;
  if (Number.isFinite(seconds) && seconds !== r.durationSeconds) {
    ctx.addIssue({ code: 'custom', path: ['durationSeconds'], message: `expected ${seconds} from startedAt and submittedAt` });
  }
  if (r.confirmation === 'declared' && !isDeclaredShape(r)) {
    ctx.addIssue({
      code: 'custom',
      path: ['confirmation'],
      message: 'a declared receipt has startedAt = submittedAt (seconds 00), durationSeconds 0 and portalAccount null',
    });
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
