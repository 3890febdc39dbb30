import * as z from 'zod/mini';

// What a content script may tell the background; validated there with zod, never trusted as typed.
const account = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)));
const pageKind = z.enum(['logged-out', 'logged-in', 'ready', 'exam', 'confirm', 'result']);

export const portalEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page'), kind: pageKind, account }),
  z.object({ type: z.literal('start'), account }),
  z.object({ type: z.literal('submit'), stage: z.enum(['submit', 'confirm']) }),
  z.object({ type: z.literal('submit-cancel') }),
]);

export type PortalEvent = z.infer<typeof portalEventSchema>;

export type PortalEventResult =
  | { ok: true; attemptId?: string }
  | { ok: false; reason: 'invalid-message' | 'forbidden-sender' | 'no-attempt' };
