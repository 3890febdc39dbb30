/** The parts of `runtime.MessageSender` the checks read. */
export interface SenderLike {
  id?: string;
  /** The URL of the frame that sent the message (an iframe's own URL, not its tab's). */
  url?: string;
  /** The sending frame's origin (Chromium); it must agree with `url` when present. */
  origin?: string;
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

/**
 * True when the message comes from this extension's content script in a frame of a portal origin,
 * at any depth and in a tab of any site (PRODUCT.md §3). The sending frame decides, never its tab:
 * a portal frame embedded in the provincial portal is accepted, any other frame inside a portal tab
 * is not.
 */
export function isPortalContentScript(sender: SenderLike, extensionId: string, portalOrigins: readonly string[]): boolean {
  if (sender.id !== extensionId || sender.tab?.id === undefined) return false;
  const origin = originOf(sender.url);
  if (origin === undefined || !portalOrigins.includes(origin)) return false;
  return sender.origin === undefined || sender.origin === origin;
}

/** True when the message comes from one of this extension's own pages (popup, options). */
export function isExtensionPage(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId && originOf(sender.url) === `chrome-extension://${extensionId}`;
}
