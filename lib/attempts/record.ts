import * as z from 'zod/mini';
import { formatZonedIso, getRoundAt, type RoundSpec } from '../rounds';

export const WARNING_CODES = ['second-attempt', 'outside-round', 'account-mismatch', 'over-time-limit'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** An attempt as stored in IndexedDB; re-validated on every read. */
export const attemptRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  contestId: z.string().check(z.minLength(1)),
  round: z.nullable(z.number().check(z.int(), z.positive())),
  startedAt: z.string(),
  startedAtMs: z.number(),
  /**
   * How the start was noticed: the user's click on the start control, the exam page itself, or the
   * person's word that they took the round on a device without the extension ("declared").
   */
  startSource: z.enum(['start-control', 'exam-page', 'declared']),
  portalAccount: z.nullable(z.string()),
  submittedAt: z.nullable(z.string()),
  submittedAtMs: z.nullable(z.number()),
  durationSeconds: z.nullable(z.number().check(z.int(), z.nonnegative())),
  confirmationSeen: z.boolean(),
  warnings: z.array(z.enum(WARNING_CODES)),
});
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

export interface ContestClock {
  contestId: string;
  timeZone: string;
  rounds: RoundSpec[];
}

const toSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/** A new attempt that started at `now`; it belongs to the round in which it started. */
export function createAttempt(input: {
  contest: ContestClock;
  now: number;
  id: string;
  portalAccount?: string;
  startSource: AttemptRecord['startSource'];
}): AttemptRecord {
  const { contest, now } = input;
  const startedAtMs = toSecond(now);
  return {
    id: input.id,
    contestId: contest.contestId,
    round: getRoundAt(contest.rounds, contest.timeZone, now)?.number ?? null,
    startedAt: formatZonedIso(startedAtMs, contest.timeZone),
    startedAtMs,
    startSource: input.startSource,
    portalAccount: input.portalAccount?.normalize('NFC') ?? null,
    submittedAt: null,
    submittedAtMs: null,
    durationSeconds: null,
    confirmationSeen: false,
    warnings: [],
  };
}

/** Records the submission at `now` (the confirm step's button overrides an earlier "GỬI BÀI THI"). */
export function withSubmission(attempt: AttemptRecord, now: number, timeZone: string): AttemptRecord {
  const submittedAtMs = Math.max(toSecond(now), attempt.startedAtMs);
  return {
    ...attempt,
    submittedAt: formatZonedIso(submittedAtMs, timeZone),
    submittedAtMs,
    durationSeconds: (submittedAtMs - attempt.startedAtMs) / 1000,
  };
}

/** The user backed out of the confirm step: the attempt is not submitted after all. */
export function withoutSubmission(attempt: AttemptRecord): AttemptRecord {
  return { ...attempt, submittedAt: null, submittedAtMs: null, durationSeconds: null };
}

/** The portal showed its confirmation; a submission we missed is dated now. */
export function withConfirmation(attempt: AttemptRecord, now: number, timeZone: string): AttemptRecord {
  const submitted = attempt.submittedAtMs === null ? withSubmission(attempt, now, timeZone) : attempt;
  return { ...submitted, confirmationSeen: true };
}

/** True for a round the person says they took on another device (PRODUCT.md 4.2 "declared"). */
export const isDeclared = (attempt: Pick<AttemptRecord, 'startSource'>): boolean => attempt.startSource === 'declared';
