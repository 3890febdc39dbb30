import { browser } from 'wxt/browser';
import { configuredOrigins, originPattern } from '../portal/origins';

export interface PortalAccess {
  /** Configured origins the user allowed: the content script runs there. */
  granted: string[];
  /** Configured origins still waiting for the user's "Allow" ("Cho phép trên trang Hội thi"). */
  pending: string[];
}

/** Which of the config's portal origins the extension holds a host permission for. */
export async function getPortalAccess(config: { portal?: { origins: readonly string[] } }): Promise<PortalAccess> {
  const access: PortalAccess = { granted: [], pending: [] };
  for (const origin of configuredOrigins(config)) {
    const has = await browser.permissions.contains({ origins: [originPattern(origin)] });
    access[has ? 'granted' : 'pending'].push(origin);
  }
  return access;
}

/**
 * Asks for the host permissions a config needs (its pending portal origins and, given, the endpoint's
 * origin) in one prompt. Call it straight from the user's gesture (import, save, the button): Chrome
 * refuses a request made after an await. Resolves false when the user declines or there is nothing to ask.
 */
export function requestOrigins(origins: readonly string[]): Promise<boolean> {
  if (!origins.length) return Promise.resolve(false);
  return browser.permissions.request({ origins: origins.map(originPattern) }).catch(() => false);
}
