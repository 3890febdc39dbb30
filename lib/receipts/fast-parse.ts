import * as z from 'zod/mini';
import { isCalendarDate } from '../rounds';
import { isDeclaredShape, RECEIPT_WARNINGS, receiptSchema, type Receipt } from './schema';

// An admin import validates 30,000 receipts; zod's runtime takes about 10 µs for each, and the
// extension's pages forbid the `new Function` its own compiler needs. This is the fast path zod
// offers for that case (z.withParser): a plain check of the common, clean receipt that returns a
// fresh copy, or INVALID to hand the receipt to the schema itself, which then decides and names the
// fault. It may refuse more than the schema (text not yet in NFC, unusual objects), never less:
// fast-parse.test.ts holds the two to that on every field.

const UUID_V4 = z.regexes.uuid4;
const DIGEST = /^[0-9a-f]{64}$/;
const EXTENSION_VERSION = /^\d+(\.\d+){0,3}$/;
const RECEIPT_KEYS = 15;
const PARTICIPANT_KEYS = 5;

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

// Units, positions and names repeat across thousands of receipts: each text is normalised once.
const nfc = new Map<string, boolean>();
function isText(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  let ok = nfc.get(value);
  if (ok === undefined) {
    ok = value === value.normalize('NFC');
    if (nfc.size >= 100_000) nfc.clear();
    nfc.set(value, ok);
  }
  return ok;
}
const isNonEmptyText = (value: unknown): value is string => isText(value) && value.length > 0;

const digitAt = (s: string, i: number) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const twoAt = (s: string, i: number) => digitAt(s, i) * 10 + digitAt(s, i + 1);

/**
 * "YYYY-MM-DDTHH:mm:ss±HH:MM" read by character codes (three per receipt, so no regex): the instant
 * in seconds, or NaN when the text is not that shape or names no real time.
 */
function isoSeconds(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 25) return NaN;
  const sign = value.charCodeAt(19) === 43 ? 1 : value.charCodeAt(19) === 45 ? -1 : 0;
  if (!sign || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':' || value[22] !== ':') return NaN;
  const year = twoAt(value, 0) * 100 + twoAt(value, 2);
  const month = twoAt(value, 5);
  const day = twoAt(value, 8);
  const hour = twoAt(value, 11);
  const minute = twoAt(value, 14);
  const second = twoAt(value, 17);
  const offsetHours = twoAt(value, 20);
  const offsetMinutes = twoAt(value, 23);
  if (!(year >= 0) || !isCalendarDate(year, month, day)) return NaN; // NaN fails every comparison
  if (!(hour < 24 && minute < 60 && second < 60 && offsetHours < 24 && offsetMinutes < 60)) return NaN;
  // Date.UTC reads years 0–99 as 19xx: count from 400 years on (exactly 146,097 days) and take them back.
  return Date.UTC(year + 400, month - 1, day, hour, minute, second) / 1000 - 146_097 * 86_400 - sign * (offsetHours * 3600 + offsetMinutes * 60);
}

function warningsOf(value: unknown): Receipt['warnings'] | undefined {
  if (!Array.isArray(value)) return undefined;
  let last = -1;
  for (const code of value) {
    const index = RECEIPT_WARNINGS.indexOf(code as Receipt['warnings'][number]);
    if (index <= last) return undefined; // unknown, repeated or out of order
    last = index;
  }
  return [...(value as Receipt['warnings'])];
}

function participantOf(p: unknown): Receipt['participant'] | undefined {
  if (!isPlain(p) || Object.keys(p).length !== PARTICIPANT_KEYS) return undefined;
  const { fullName, unit, position, isLeader, account } = p;
  if (!isNonEmptyText(fullName) || !isNonEmptyText(unit) || !isText(position) || typeof isLeader !== 'boolean' || !isText(account)) return undefined;
  return { fullName, unit, position, isLeader, account };
}

/** A fresh copy of a receipt that certainly passes receiptSchema unchanged, else INVALID. */
export function parseCleanReceipt(r: unknown): Receipt | typeof z.INVALID {
  if (!isPlain(r) || Object.keys(r).length !== RECEIPT_KEYS) return z.INVALID;
  const { receiptId, contestId, round, portalAccount, startedAt, submittedAt, durationSeconds, confirmation, createdAt, extensionVersion, digest } = r;
  if (r.kind !== 'hoithi.receipt' || r.version !== 1) return z.INVALID;
  if (typeof receiptId !== 'string' || !UUID_V4.test(receiptId) || !isNonEmptyText(contestId)) return z.INVALID;
  if (round !== null && !(Number.isSafeInteger(round) && (round as number) > 0)) return z.INVALID;
  if (portalAccount !== null && !isNonEmptyText(portalAccount)) return z.INVALID;
  const started = isoSeconds(startedAt);
  const submitted = isoSeconds(submittedAt);
  if (Number.isNaN(started) || Number.isNaN(submitted) || Number.isNaN(isoSeconds(createdAt))) return z.INVALID;
  if (!Number.isSafeInteger(durationSeconds) || (durationSeconds as number) < 0) return z.INVALID;
  // The schema's duration rule: whole seconds between the two times.
  if (submitted - started !== durationSeconds) return z.INVALID;
  if (confirmation !== 'confirmed' && confirmation !== 'unconfirmed' && confirmation !== 'declared') return z.INVALID;
  const timed = { startedAt: startedAt as string, submittedAt: submittedAt as string, durationSeconds: durationSeconds as number, confirmation, portalAccount: portalAccount as string | null };
  if (confirmation === 'declared' && !isDeclaredShape(timed)) return z.INVALID;
  if (typeof extensionVersion !== 'string' || !EXTENSION_VERSION.test(extensionVersion)) return z.INVALID;
  if (typeof digest !== 'string' || !DIGEST.test(digest)) return z.INVALID;
  const participant = participantOf(r.participant);
  const warnings = warningsOf(r.warnings);
  if (!participant || !warnings) return z.INVALID;
  return {
    kind: 'hoithi.receipt', version: 1, receiptId, contestId, round: round as number | null, participant, portalAccount: portalAccount as string | null,
    startedAt: startedAt as string, submittedAt: submittedAt as string, durationSeconds: durationSeconds as number, confirmation, warnings,
    createdAt: createdAt as string, extensionVersion, digest,
  };
}

/** receiptSchema with the fast path in front: the same results and messages, much faster on clean files. */
export const receiptSchemaFast = z.withParser(receiptSchema, parseCleanReceipt);
