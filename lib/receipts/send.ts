import { classifyStatus, parseRetryAfter, type SendOutcome } from './backoff';
import type { Receipt } from './schema';

export const SEND_TIMEOUT_MS = 15_000;
const MAX_MESSAGE = 300;

async function serverMessage(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).trim();
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    const message = body.error ?? body.message;
    if (typeof message === 'string') return message.slice(0, MAX_MESSAGE);
  } catch {
    // not JSON: the text itself is the message
  }
  return (text || `HTTP ${response.status}`).slice(0, MAX_MESSAGE);
}

/** POSTs one receipt as PRODUCT.md 4.3 says and classifies the answer; never throws. */
export async function sendReceipt(
  receipt: Receipt,
  endpoint: string,
  deps: { fetch: typeof fetch; now: () => number; timeoutMs?: number },
): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? SEND_TIMEOUT_MS);
  try {
    const response = await deps.fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': receipt.receiptId },
      body: JSON.stringify(receipt),
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
    const kind = classifyStatus(response.status);
    if (kind === 'delivered') {
      void response.body?.cancel().catch(() => undefined);
      return { kind, status: response.status };
    }
    const message = await serverMessage(response);
    if (kind === 'rejected') return { kind, status: response.status, message };
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), deps.now());
    return { kind: 'retry', reason: 'http', status: response.status, retryAfterMs, message };
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return {
      kind: 'retry',
      reason: timedOut ? 'timeout' : 'network',
      status: null,
      message: timedOut ? `No answer in ${(deps.timeoutMs ?? SEND_TIMEOUT_MS) / 1000} s` : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}
