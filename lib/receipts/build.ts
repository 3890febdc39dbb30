import type { AttemptRecord } from '../attempts/record';
import { formatZonedIso } from '../rounds';
import { computeReceiptDigest } from './digest';
import {
  RECEIPT_WARNINGS,
  receiptSchema,
  receiptWithoutDigestSchema,
  type Participant,
  type Receipt,
  type ReceiptWarning,
} from './schema';

/** The parts of a recorded attempt a receipt copies; an AttemptRecord fits. */
export interface ReceiptAttempt {
  contestId: string;
  round: number | null;
  portalAccount: string | null;
  startedAt: string;
  submittedAt: string | null;
  durationSeconds: number | null;
  confirmationSeen: boolean;
  /** "declared": the person says they took the round on a device without the extension. */
  startSource?: AttemptRecord['startSource'];
  warnings: readonly ReceiptWarning[];
}

function confirmationOf(attempt: ReceiptAttempt): Receipt['confirmation'] {
  if (attempt.startSource === 'declared') return 'declared';
  return attempt.confirmationSeen ? 'confirmed' : 'unconfirmed';
}

export interface BuildReceiptInput {
  attempt: ReceiptAttempt;
  participant: Participant;
  now: number;
  newId: () => string;
  extensionVersion: string;
  timeZone: string;
}

/** Thrown when asked for a receipt of an attempt that was never submitted. */
export class NotSubmittedError extends Error {
  override name = 'NotSubmittedError';
}

const nfc = (s: string) => s.normalize('NFC');

/** Builds the receipt of a submitted attempt, digest included; throws if the result breaks §4.2. */
export async function buildReceipt(input: BuildReceiptInput): Promise<Receipt> {
  const { attempt, participant } = input;
  if (attempt.submittedAt === null || attempt.durationSeconds === null) {
    throw new NotSubmittedError('The attempt has no submission to report');
  }
  // Validating here means a receipt we send or export is always one the admin page can read.
  const body = receiptWithoutDigestSchema.parse({
    kind: 'hoithi.receipt',
    version: 1,
    receiptId: input.newId(),
    contestId: nfc(attempt.contestId),
    round: attempt.round,
    participant: {
      fullName: nfc(participant.fullName),
      unit: nfc(participant.unit),
      position: nfc(participant.position),
      isLeader: participant.isLeader,
      account: nfc(participant.account),
    },
    // An empty portal name means none was read; the receipt says so with null.
    portalAccount: attempt.portalAccount ? nfc(attempt.portalAccount) : null,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    durationSeconds: attempt.durationSeconds,
    confirmation: confirmationOf(attempt),
    warnings: RECEIPT_WARNINGS.filter((code) => attempt.warnings.includes(code)),
    createdAt: formatZonedIso(input.now, input.timeZone),
    extensionVersion: input.extensionVersion,
  });
  return receiptSchema.parse({ ...body, digest: await computeReceiptDigest(body) });
}
