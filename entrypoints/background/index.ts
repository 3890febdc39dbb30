import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createSerialQueue } from '@/lib/async/serial';
import { GUARD_STORAGE_KEY, mergeTaken } from '@/lib/attempts/guard';
import { declareRequestSchema, withdrawRequestSchema } from '@/lib/attempts/declare-message';
import { getMirroredDeclared, getMirroredTaken, mirrorAttempt, unmirrorAttempt } from '@/lib/attempts/mirror';
import { createAttemptService, type AttemptContext } from '@/lib/attempts/service';
import { getAttempts } from '@/lib/attempts/repository';
import { syncManagedPolicy } from '@/lib/config/managed-storage';
import { changesConfig, getContestConfig, getLocale, getProfile, markAttemptsChanged } from '@/lib/config/storage';
import { onMessage } from '@/lib/messaging/protocol';
import { portalEventSchema } from '@/lib/attempts/messages';
import { isExtensionPage, isPortalContentScript } from '@/lib/messaging/sender';
import { registerBadge, updateBadge } from './badge';
import { registerNoteCapture } from './notes';
import { createStatusBuilder, registerPopupStatus } from './popup-status';
import { registerPortalScripts } from './portal-scripts';
import { createReceiptsWiring } from './receipts';
import { registerReminders } from './reminders';
import type { RoundDeps } from './round-deps';

async function readContext(): Promise<AttemptContext> {
  const [{ contest }, profile, locale] = await Promise.all([getContestConfig(), getProfile(), getLocale()]);
  return {
    contest: { contestId: contest.id, timeZone: contest.timeZone, rounds: contest.rounds },
    timeLimitMinutes: contest.timeLimitMinutes,
    locale,
    profile: profile && { fullName: profile.fullName, account: profile.account },
    mirrored: await getMirroredTaken(contest.id),
    mirroredDeclared: await getMirroredDeclared(contest.id),
  };
}

// A browser without policy support has no managed area: no policy. A managed area that fails to
// answer says nothing: undefined keeps the policy in force as it was (PRODUCT.md §4.7).
const readPolicy = async (): Promise<Record<string, unknown> | undefined> => {
  if (!browser.storage.managed) return {};
  return browser.storage.managed.get().catch((error: unknown) => {
    console.warn('[hoithi] could not read the managed policy; keeping the one in force', error);
    return undefined;
  });
};
// One sync at a time: a worker start racing a policy change must not write the older state last.
const policyQueue = createSerialQueue();

// Wiring only: listeners are registered synchronously so a woken service worker hears the message.
export default defineBackground(() => {
  registerNoteCapture();
  const portal = registerPortalScripts();
  const extensionId = browser.runtime.id;
  const isPortalSender = async (sender: Parameters<typeof isPortalContentScript>[0]) => isPortalContentScript(sender, extensionId, await portal.origins());
  const roundDeps: RoundDeps = {
    getContestConfig,
    getTaken: async (contestId) => mergeTaken(await getAttempts(contestId), await getMirroredTaken(contestId)),
    getLocale,
    now: () => Date.now(),
  };
  // Every worker start, not only onStartup/onInstalled: a relaunched browser may re-install the
  // extension with its alarms gone, so the badge and the reminder alarms are set up again here.
  registerBadge(roundDeps);
  registerReminders(roundDeps);
  const receipts = createReceiptsWiring();
  const logFailure = (what: string) => (error: unknown) => console.warn(`[hoithi] ${what}`, error);
  browser.alarms.onAlarm.addListener((alarm) => void receipts.onAlarm(alarm.name)?.catch(logFailure('receipt delivery failed')));
  // The organisation's policy (PRODUCT.md §4.7): read at every worker start and whenever it changes;
  // its validated state lands in storage.local, which the badge, reminders and receipts follow.
  const syncPolicy = () => void policyQueue(() => syncManagedPolicy(readPolicy)).catch(logFailure('could not read the managed policy'));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') syncPolicy();
    // A profile saved after an attempt lets its receipt be built; a new endpoint gets the queue.
    const inputs = 'profile' in changes || changesConfig(changes);
    if (area === 'local' && inputs) void receipts.issueAndSend().catch(logFailure('receipts failed'));
  });
  syncPolicy();
  // Every worker start, not only runtime.onStartup: a relaunched browser may re-install instead.
  void receipts.start().catch(logFailure('outbox resume failed'));
  const attempts = createAttemptService({
    getContext: readContext,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    onWrite: async (attempt) => {
      await Promise.all([mirrorAttempt(attempt), markAttemptsChanged(Date.now())]);
      void updateBadge(roundDeps).catch(logFailure('could not update the toolbar badge'));
      if (attempt.submittedAtMs !== null) void receipts.issueAndSend().catch(logFailure('receipts failed'));
      publishGuard();
    },
    removeDeclared: receipts.removeDeclared,
    onRemove: async (attempt, remaining) => {
      await Promise.all([unmirrorAttempt(attempt, remaining), markAttemptsChanged(Date.now())]);
      void browser.storage.local.set({ outboxChangedAt: Date.now() });
      void updateBadge(roundDeps).catch(logFailure('could not update the toolbar badge'));
      publishGuard();
    },
  });
  // Portal frames read the guard state from storage.local at load and hear each change: kept right
  // at every worker start and whenever an attempt, the config, the profile, the language or another
  // computer's attempts (storage.sync) change.
  function publishGuard(): void {
    void attempts
      .getGuard()
      .then((guard) => browser.storage.local.set({ [GUARD_STORAGE_KEY]: guard }))
      .catch(logFailure('could not publish the guard state'));
  }
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' || (area === 'local' && (changesConfig(changes) || 'profile' in changes || 'locale' in changes))) publishGuard();
  });
  publishGuard();
  const buildStatus = createStatusBuilder(receipts, () => Date.now());
  registerPopupStatus(buildStatus, () => Date.now());

  onMessage('portalEvent', async ({ data, sender }) => {
    if (!(await isPortalSender(sender))) {
      console.warn('[hoithi] refused a portal event from', sender.url);
      return { ok: false, reason: 'forbidden-sender' };
    }
    const event = portalEventSchema.safeParse(data);
    if (!event.success) {
      console.warn('[hoithi] refused a malformed portal event', event.error.issues);
      return { ok: false, reason: 'invalid-message' };
    }
    // Portal frames read the guard state from storage.local (publishGuard), not from this reply.
    return attempts.handle(event.data);
  });

  onMessage('getStatus', async ({ sender }) => {
    if (!isExtensionPage(sender, extensionId)) throw new Error('forbidden sender');
    return buildStatus();
  });

  onMessage('retryReceipts', async ({ sender }) => {
    if (!isExtensionPage(sender, extensionId)) throw new Error('forbidden sender');
    await receipts.retryNow();
  });

  onMessage('declareRound', async ({ data, sender }) => {
    if (!isExtensionPage(sender, extensionId)) throw new Error('forbidden sender');
    const request = declareRequestSchema.safeParse(data);
    if (!request.success) return { ok: false, reason: 'invalid-message' };
    return attempts.declare(request.data);
  });

  onMessage('withdrawDeclaration', async ({ data, sender }) => {
    if (!isExtensionPage(sender, extensionId)) throw new Error('forbidden sender');
    const request = withdrawRequestSchema.safeParse(data);
    if (!request.success) return { ok: false, reason: 'invalid-message' };
    return attempts.withdraw(request.data.round);
  });

  onMessage('listReceipts', async ({ sender }) => {
    if (!isExtensionPage(sender, extensionId)) throw new Error('forbidden sender');
    return receipts.list();
  });
});
