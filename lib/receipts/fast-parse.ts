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
// 64 lowercase hex digits, read by character codes (a regex here costs more than the rest of the time checks).
function isDigest(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
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
export function isoSeconds(value: unknown): number {
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
  return daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - sign * (offsetHours * 3600 + offsetMinutes * 60);
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil): what Date.UTC
 * gives, in whole numbers and without building a date (and without its 0–99 → 19xx rule).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// Known codes, each at most once, in the schema's order.
function isWarnings(value: unknown): value is Receipt['warnings'] {
  if (!Array.isArray(value)) return false;
  let last = -1;
  for (const code of value) {
    const index = RECEIPT_WARNINGS.indexOf(code as Receipt['warnings'][number]);
    if (index <= last) return false; // unknown, repeated or out of order
    last = index;
  }
  return true;
}

function isParticipant(p: unknown): p is Receipt['participant'] {
  if (!isPlain(p) || Object.keys(p).length !== PARTICIPANT_KEYS) return false;
  const { fullName, unit, position, isLeader, account } = p;
  return isNonEmptyText(fullName) && isNonEmptyText(unit) && isText(position) && typeof isLeader === 'boolean' && isText(account);
}

/**
 * True when `r` is a clean receipt that certainly passes receiptSchema unchanged: a plain object
 * with exactly the schema's keys, each value as the schema wants it. It may refuse more than the
 * schema (text not yet in NFC, unusual objects), never less.
 */
export function isCleanReceipt(r: unknown): r is Receipt {
  if (!isPlain(r) || Object.keys(r).length !== RECEIPT_KEYS) return false;
  const { receiptId, contestId, round, portalAccount, startedAt, submittedAt, durationSeconds, confirmation, createdAt, extensionVersion, digest } = r;
  if (r.kind !== 'hoithi.receipt' || r.version !== 1) return false;
  if (typeof receiptId !== 'string' || !UUID_V4.test(receiptId) || !isNonEmptyText(contestId)) return false;
  if (round !== null && !(Number.isSafeInteger(round) && (round as number) > 0)) return false;
  if (portalAccount !== null && !isNonEmptyText(portalAccount)) return false;
  const started = isoSeconds(startedAt);
  const submitted = isoSeconds(submittedAt);
  if (Number.isNaN(started) || Number.isNaN(submitted) || Number.isNaN(isoSeconds(createdAt))) return false;
  if (!Number.isSafeInteger(durationSeconds) || (durationSeconds as number) < 0) return false;
  // The schema's duration rule: whole seconds between the two times.
  if (submitted - started !== durationSeconds) return false;
  if (confirmation !== 'confirmed' && confirmation !== 'unconfirmed' && confirmation !== 'declared') return false;
  const timed = { startedAt: startedAt as string, submittedAt: submittedAt as string, durationSeconds: durationSeconds as number, confirmation, portalAccount: portalAccount as string | null };
  if (confirmation === 'declared' && !isDeclaredShape(timed)) return false;
  if (typeof extensionVersion !== 'string' || !EXTENSION_VERSION.test(extensionVersion)) return false;
  if (!isDigest(digest)) return false;
  return isParticipant(r.participant) && isWarnings(r.warnings);
}

/** A fresh copy of a receipt that certainly passes receiptSchema unchanged, else INVALID. */
export function parseCleanReceipt(r: unknown): Receipt | typeof z.INVALID {
  if (!isCleanReceipt(r)) return z.INVALID;
  const p = r.participant;
  return {
    kind: 'hoithi.receipt', version: 1, receiptId: r.receiptId, contestId: r.contestId, round: r.round,
    participant: { fullName: p.fullName, unit: p.unit, position: p.position, isLeader: p.isLeader, account: p.account },
    portalAccount: r.portalAccount, startedAt: r.startedAt, submittedAt: r.submittedAt, durationSeconds: r.durationSeconds,
    confirmation: r.confirmation, warnings: [...r.warnings], createdAt: r.createdAt, extensionVersion: r.extensionVersion, digest: r.digest,
  };
}

/** receiptSchema with the fast path in front: the same results and messages, much faster on clean files. */
export const receiptSchemaFast = z.withParser(receiptSchema, parseCleanReceipt);
