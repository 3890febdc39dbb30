import * as z from 'zod/mini';
import { isAllowedEndpoint } from '../config/schema';
import type { Receipt } from '../receipts/schema';
import { collect, type ReceiptRefusal } from './receipts-import';

// Pulling from the department collector (PRODUCT.md 4.9): GET <address>/receipts?after=…&limit=…
// with the read token, page after page, oldest first. Where the last pull stopped is kept, so the
// next one asks only for what came after. The last page has no `next`: the cursor then stays at
// that page's start and remembers how many records of it were read, which the next pull skips.

/** Where the next pull starts, for one collector address. */
export interface PullCursor { endpoint: string; after: string; skip: number }

export type PullErrorKey = 'admin.pull.badAddress' | 'admin.pull.unauthorized' | 'admin.pull.unreachable' | 'admin.pull.httpError' | 'admin.pull.notPage';
export type PullResult =
  | { ok: true; receipts: Receipt[]; read: number; refused: ReceiptRefusal[]; cursor: PullCursor }
  | { ok: false; error: { key: PullErrorKey; params: Record<string, string | number> } };

export const PULL_PAGE = 5000;

/** The receipts URL of a collector address ("https://host", "https://host/hoithi/receipts"), or undefined when not allowed. */
export function getCollectorEndpoint(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return undefined;
  }
  if (!isAllowedEndpoint(url) || url.username || url.password) return undefined;
  const base = url.pathname.replace(/\/+$/, '');
  url.pathname = base.endsWith('/receipts') ? base : `${base}/receipts`;
  url.search = '';
  url.hash = '';
  return url.href;
}

const pageSchema = z.strictObject({
  kind: z.literal('hoithi.receipts'),
  version: z.literal(1),
  exportedAt: z.string(),
  receipts: z.array(z.unknown()),
  next: z.optional(z.string().check(z.regex(/^[0-9A-Za-z_-]{1,64}$/))),
});

type Fetch = (url: string, init: { headers: Record<string, string> }) => Promise<Pick<Response, 'status' | 'ok' | 'text'>>;

/** Fetches every page after `cursor` (or from the start) and validates it; nothing is stored here. */
export async function pullReceipts(endpoint: string, token: string, cursor: PullCursor | undefined, fetchPage: Fetch): Promise<PullResult> {
  const fail = (key: PullErrorKey, params: Record<string, string | number> = {}): PullResult => ({ ok: false, error: { key, params: { address: endpoint, ...params } } });
  const records: unknown[] = [];
  let after = cursor?.endpoint === endpoint ? cursor.after : '0';
  let skip = cursor?.endpoint === endpoint ? cursor.skip : 0;
  for (;;) {
    let response;
    try {
      response = await fetchPage(`${endpoint}?after=${encodeURIComponent(after)}&limit=${PULL_PAGE}`, { headers: { Authorization: `Bearer ${token}` } });
    } catch {
      return fail('admin.pull.unreachable');
    }
    if (response.status === 401 || response.status === 403) return fail('admin.pull.unauthorized');
    if (!response.ok) return fail('admin.pull.httpError', { status: response.status });
    let page;
    try {
      page = pageSchema.safeParse(JSON.parse(await response.text()));
    } catch {
      return fail('admin.pull.notPage', { field: 'JSON' });
    }
    if (!page.success) return fail('admin.pull.notPage', { field: page.error.issues[0]?.path.join('.') || 'kind' });
    const fresh = page.data.receipts.slice(skip);
    for (const record of fresh) records.push(record);
    if (page.data.next === undefined) {
      skip = page.data.receipts.length;
      break;
    }
    after = page.data.next;
    skip = 0;
  }
  const result = collect({ ok: true, name: '', format: 'export', records, fieldName: (path) => path, broken: [] });
  const next: PullCursor = { endpoint, after, skip };
  if (!result.ok) return { ok: true, receipts: [], read: 0, refused: [], cursor: next }; // nothing new
  return { ok: true, receipts: result.receipts, read: result.read, refused: result.refused, cursor: next };
}
