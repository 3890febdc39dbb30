// Portal origins in force: the built-in one plus those a config file names (PRODUCT.md 4.1), and
// what the background must register or unregister so the content script runs on exactly those granted.
import { PORTAL_ORIGINS } from './profile';

/** Id prefix of the content scripts registered at run time, one per configured origin. */
export const PORTAL_SCRIPT_PREFIX = 'portal@';

/** The host permission pattern of an origin (`https://host[:port]/*`). */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The id of the registered content script of a configured origin. */
export function portalScriptId(origin: string): string {
  return `${PORTAL_SCRIPT_PREFIX}${origin}`;
}

/** Configured origins not already built in, in the config's order. */
export function configuredOrigins(config: { portal?: { origins: readonly string[] } }): string[] {
  return (config.portal?.origins ?? []).filter((o) => !PORTAL_ORIGINS.includes(o));
}

/** Every origin whose frames the sender check accepts: the built-in ones and the granted configured ones. */
export function originsInForce(granted: readonly string[]): string[] {
  return [...new Set([...PORTAL_ORIGINS, ...granted])];
}

/** Where "open the portal" goes: the config's first granted origin (the edition moved), else the built-in one. */
export function portalHome(granted: readonly string[]): string {
  return `${granted[0] ?? PORTAL_ORIGINS[0]}/`;
}

/**
 * The registration diff: scripts to register for granted origins that have none, and registered
 * portal scripts whose origin left the config or lost its permission. Scripts of other ids are left alone.
 */
export function planPortalScripts(granted: readonly string[], registeredIds: readonly string[]): { register: string[]; unregister: string[] } {
  const wanted = new Set(granted.map(portalScriptId));
  const ours = registeredIds.filter((id) => id.startsWith(PORTAL_SCRIPT_PREFIX));
  return {
    register: granted.filter((o) => !ours.includes(portalScriptId(o))),
    unregister: ours.filter((id) => !wanted.has(id)),
  };
}
