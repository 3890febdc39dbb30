import * as z from 'zod/mini';
import { isDeclaredShape, isIsoSeconds, RECEIPT_WARNINGS, receiptSchema, type Receipt } from './schema';

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
const isText = (value: unknown): value is string => typeof value === 'string' && value === value.normalize('NFC');
const isNonEmptyText = (value: unknown): value is string => isText(value) && value.length > 0;
const isTime = (value: unknown): value is string => typeof value === 'string' && isIsoSeconds(value);

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
  if (!isTime(startedAt) || !isTime(submittedAt) || !isTime(createdAt)) return z.INVALID;
  if (!Number.isSafeInteger(durationSeconds) || (durationSeconds as number) < 0) return z.INVALID;
  // The schema's duration rule: whole seconds between the two times.
  if ((Date.parse(submittedAt) - Date.parse(startedAt)) / 1000 !== durationSeconds) return z.INVALID;
  if (confirmation !== 'confirmed' && confirmation !== 'unconfirmed' && confirmation !== 'declared') return z.INVALID;
  const timed = { startedAt, submittedAt, durationSeconds: durationSeconds as number, confirmation, portalAccount: portalAccount as string | null };
  if (confirmation === 'declared' && !isDeclaredShape(timed)) return z.INVALID;
  if (typeof extensionVersion !== 'string' || !EXTENSION_VERSION.test(extensionVersion)) return z.INVALID;
  if (typeof digest !== 'string' || !DIGEST.test(digest)) return z.INVALID;
  const participant = participantOf(r.participant);
  const warnings = warningsOf(r.warnings);
  if (!participant || !warnings) return z.INVALID;
  return {
    kind: 'hoithi.receipt', version: 1, receiptId, contestId, round: round as number | null, participant, portalAccount: portalAccount as string | null,
    startedAt, submittedAt, durationSeconds: durationSeconds as number, confirmation, warnings, createdAt, extensionVersion, digest,
  };
}

/** receiptSchema with the fast path in front: the same results and messages, much faster on clean files. */
export const receiptSchemaFast = z.withParser(receiptSchema, parseCleanReceipt);
