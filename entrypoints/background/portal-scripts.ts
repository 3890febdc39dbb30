import { browser } from 'wxt/browser';
import { createSerialQueue } from '@/lib/async/serial';
import { changesConfig, getContestConfig } from '@/lib/config/storage';
import { getPortalAccess } from '@/lib/config/portal-access';
import { originPattern, originsInForce, planPortalScripts, portalScriptId } from '@/lib/portal/origins';

async function updateRegistrations(granted: string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const plan = planPortalScripts(granted, registered.map((s) => s.id));
  if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length) {
    await browser.scripting.registerContentScripts(
      plan.register.map((origin) => ({
        id: portalScriptId(origin),
        matches: [originPattern(origin)],
        js: ['portal.js'],
        allFrames: true,
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
}

/**
 * The content script on configured portal origins (PRODUCT.md 4.1): registered at run time for each
 * granted origin (all frames, kept across restarts), re-checked at every worker start and whenever the
 * config or a permission changes; unregistered when the origin leaves the config or is revoked.
 * `origins()` is what the sender check accepts right now.
 */
export function registerPortalScripts(): { origins: () => Promise<string[]> } {
  const serially = createSerialQueue();
  const sync = () =>
    serially(async () => {
      const { config } = await getContestConfig();
      const { granted } = await getPortalAccess(config);
      // A registration that fails leaves the granted origins in force for the sender check: pages
      // already served with the script there keep being heard; the next re-check registers again.
      await updateRegistrations(granted).catch((error: unknown) => console.warn('[hoithi] could not register the portal content scripts', error));
      return originsInForce(granted);
    });
  let inForce = sync();
  const resync = () => {
    inForce = sync();
    inForce.catch((error: unknown) => console.warn('[hoithi] could not update the portal content scripts', error));
  };
  // Listeners first and synchronously, so a permission change that wakes the worker is heard.
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.storage.onChanged.addListener((changes, area) => area === 'local' && changesConfig(changes) && resync());
  inForce.catch((error: unknown) => console.warn('[hoithi] could not check the portal content scripts', error));
  // A failed check leaves the built-in origin in force: the sender check never opens wider by error.
  return { origins: () => inForce.catch(() => originsInForce([])) };
}
