/** Backoff bounds of PRODUCT.md 4.3 / issue 4: never sooner than 30 s, never later than 1 h. */
export const MIN_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 60 * 60_000;
// A server asking for more than a day is more likely misconfigured than meant.
const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

export type SendOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; status: number | null; reason: 'http' | 'network' | 'timeout'; retryAfterMs?: number; message: string }
  | { kind: 'rejected'; status: number; message: string };

/** What an HTTP status means for a receipt: 2xx/409 delivered; 408, 425, 429, 5xx retried; other 4xx rejected. */
export function classifyStatus(status: number): 'delivered' | 'retry' | 'rejected' {
  if ((status >= 200 && status < 300) || status === 409) return 'delivered';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  return status >= 400 ? 'rejected' : 'retry';
}

/**
 * Delay before retry number `failures` (1 = after the first failure): exponential backoff with full
 * jitter (a uniform draw below the exponential ceiling), kept within 30 s … 1 h, and never sooner
 * than the server's Retry-After.
 */
export function getRetryDelayMs(failures: number, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(MAX_RETRY_MS, MIN_RETRY_MS * 2 ** Math.max(1, failures));
  const jittered = Math.max(MIN_RETRY_MS, Math.floor(random() * ceiling));
  return retryAfterMs === undefined ? jittered : Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
