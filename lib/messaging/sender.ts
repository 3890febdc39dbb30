/** The parts of `runtime.MessageSender` the checks read. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

function originOf(url: string | undefined): string | undefined {
  try {
    if (!url) return undefined;
    // `URL.origin` is "null" for non-special schemes such as chrome-extension: build it ourselves.
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/** True when the message comes from this extension's content script in a tab of a portal origin. */
export function isPortalContentScript(sender: SenderLike, extensionId: string, portalOrigins: readonly string[]): boolean {
  if (sender.id !== extensionId || sender.tab?.id === undefined) return false;
  const origin = originOf(sender.url ?? sender.tab.url);
  return origin !== undefined && portalOrigins.includes(origin);
}

/** True when the message comes from one of this extension's own pages (popup, options). */
export function isExtensionPage(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId && originOf(sender.url) === `chrome-extension://${extensionId}`;
}
