import { browser } from 'wxt/browser';

export interface EndpointAccess {
  origin: string;
  granted: boolean;
}

/** The endpoint's origin when the manifest's optional host permission (https only) can cover it. */
export function requestableOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' ? parsed.origin : undefined;
}

/** Whether the extension may reach the endpoint without relying on its CORS headers. */
export async function getEndpointAccess(url: string | undefined): Promise<EndpointAccess | undefined> {
  const origin = requestableOrigin(url);
  if (!origin) return undefined;
  return { origin, granted: await browser.permissions.contains({ origins: [`${origin}/*`] }) };
}
