import { browser } from 'wxt/browser';
import { createSerialQueue } from '@/lib/async/serial';
import { getAttempts } from '@/lib/attempts/repository';
import type { AttemptRecord } from '@/lib/attempts/record';
import { getAttemptsWithDeliveredReceipt, getOutboxEntries, getRecentOutboxEntries, removeAttemptAndReceipt } from '@/lib/receipts/outbox-repo';
import { getContestConfig, getProfile } from '@/lib/config/storage';
import { issueDueReceipts } from '@/lib/receipts/issuer';
import { getEndpointAccess } from '@/lib/receipts/endpoint';
import { createOutbox } from '@/lib/receipts/outbox';
import { toReceiptViews, type EndpointView, type ReceiptsView } from '@/lib/receipts/status';

export const OUTBOX_ALARM = 'outbox';
export const RECEIPT_CHECK_ALARM = 'receipt-check';
// How many receipts the popup lists; the counts cover all of them.
const RECENT = 8;

async function setAlarm(name: string, at: number | undefined): Promise<void> {
  if (at === undefined) await browser.alarms.clear(name);
  else await browser.alarms.create(name, { when: Math.max(at, Date.now() + 1000) });
}

async function getEndpointUrl(): Promise<string | null> {
  return (await getContestConfig()).config.endpoint?.url ?? null;
}

export type ReceiptsWiring = ReturnType<typeof createReceiptsWiring>;

/** Receipts: built when an attempt is submitted, kept in the outbox, delivered to the endpoint. */
export function createReceiptsWiring() {
  const serially = createSerialQueue();
  const outbox = createOutbox({
    owner: crypto.randomUUID(),
    getEndpoint: getEndpointUrl,
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    random: Math.random,
    scheduleWake: (at) => setAlarm(OUTBOX_ALARM, at),
    onChange: () => void browser.storage.local.set({ outboxChangedAt: Date.now() }),
  });

  /** Builds the receipts that are due, then sends what is due; safe to call at any time. */
  const issueAndSend = () =>
    serially(async () => {
      const { contest } = await getContestConfig();
      const added = await issueDueReceipts({
        // Every contest's attempts, not only the one in force: a policy can switch the contest while
        // an attempt still waits for its receipt (no profile yet, or its 2 minutes), and none is lost.
        getAttempts: () => getAttempts(),
        getParticipant: getProfile,
        timeZone: async () => contest.timeZone,
        extensionVersion: browser.runtime.getManifest().version,
        now: () => Date.now(),
        newId: () => crypto.randomUUID(),
        scheduleCheck: (at) => setAlarm(RECEIPT_CHECK_ALARM, at),
      });
      if (added) void browser.storage.local.set({ outboxChangedAt: Date.now() });
    }).then(() => outbox.flush());

  return {
    issueAndSend,
    /** At every worker start: release a stopped worker's claims, build what is due, send. */
    start: () =>
      serially(async () => {
        // storage.session outlives a stopped worker but not the browser: it tells a new session.
        const { outboxSession } = await browser.storage.session.get('outboxSession');
        if (!outboxSession) await browser.storage.session.set({ outboxSession: true });
        await outbox.resume({ newSession: !outboxSession });
      }).then(issueAndSend),
    onAlarm: (name: string) => {
      if (name === OUTBOX_ALARM) return outbox.flush();
      if (name === RECEIPT_CHECK_ALARM) return issueAndSend();
      return undefined;
    },
    retryNow: () => outbox.retryNow(),
    /** A withdrawn declaration: in the issuer's queue, so no receipt is built for it meanwhile. */
    removeDeclared: (attempt: AttemptRecord) => serially(() => removeAttemptAndReceipt(attempt.id)),
    delivered: getAttemptsWithDeliveredReceipt,
    async list() {
      const { contest } = await getContestConfig();
      return { receipts: (await getOutboxEntries()).map((e) => e.receipt), timeZone: contest.timeZone };
    },
    async views(): Promise<ReceiptsView> {
      const { entries, counts } = await getRecentOutboxEntries(RECENT);
      return { recent: toReceiptViews(entries), counts };
    },
    async endpoint(): Promise<EndpointView | null> {
      const url = await getEndpointUrl();
      if (!url) return null;
      const access = await getEndpointAccess(url);
      return { url, origin: new URL(url).origin, canRequestPermission: access !== undefined, hasPermission: access?.granted ?? false };
    },
  };
}
