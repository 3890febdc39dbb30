import { browser } from 'wxt/browser';

export interface EndpointAccess {
  origin: string;
  granted: boolean;
}

/** The endpoint's origin when the manifest's optional host permission (any https origin) can cover it. */
export function getRequestableOrigin(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' ? parsed.origin : undefined;
}

/** Whether the extension may reach the endpoint without relying on its CORS headers; undefined when it cannot ask. */
export async function getEndpointAccess(url: string | null | undefined): Promise<EndpointAccess | undefined> {
  const origin = getRequestableOrigin(url);
  if (!origin) return undefined;
  return { origin, granted: await browser.permissions.contains({ origins: [`${origin}/*`] }) };
}
