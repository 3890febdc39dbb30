import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatZonedIso } from '../rounds';
import { receiptSchemaFast } from '../receipts/fast-parse';
import { headerValue, isJsonContentType, POST_CORS, readBody, readCors, send } from './http';
import { describeInvalidReceipt, MAX_PAGE, MESSAGES, type Issue } from './messages';
import type { ReceiptStore } from './store';

// The server side of PRODUCT.md 4.3 and the read side of 4.9, for node:http. A POST is checked in
// this order: 415 unless application/json; 400 without an Idempotency-Key; 413 over 64 KB; 400 for
// bad UTF-8 / JSON, an invalid receipt (first bad field named) or a key other than receiptId; then
// the store decides 201 or 409, and answers only after its commit. Nothing is stored for a refusal.

/** What every answer was, for logs and counters. */
export interface Answer { method: string; path: string; status: number; key?: string; detail?: string; ms: number }

export interface CollectorHandlerOptions {
  store: ReceiptStore;
  /** The read token (PRODUCT.md 4.9: `<dir>/read-token`). */
  token: string;
  now: () => number;
  /** Where receipts are posted and read; default '/receipts'. */
  path?: string;
  /** Time zone of `exportedAt` in the pages; default the contest's, Asia/Ho_Chi_Minh. */
  timeZone?: string;
  onAnswer?: (answer: Answer) => void;
}

/** The collector's request handler: POST and GET on `path`, GET /health, CORS preflights. */
export function createCollectorHandler(options: CollectorHandlerOptions) {
  const { store, now } = options;
  const receiptPath = options.path ?? '/receipts';
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  const token = Buffer.from(options.token);

  function isAuthorized(req: IncomingMessage): boolean {
    const given = Buffer.from(/^Bearer (.+)$/.exec(headerValue(req, 'authorization') ?? '')?.[1] ?? '');
    return given.length === token.length && timingSafeEqual(given, token);
  }

  async function post(req: IncomingMessage, reply: Reply, key: string | undefined): Promise<void> {
    const read = await readBody(req);
    if (!read) return; // the client went away or sent far too much
    const refuse = (status: number, error: string) => reply(status, { error }, POST_CORS, error);
    if (!isJsonContentType(headerValue(req, 'content-type'))) return refuse(415, MESSAGES.unsupportedType);
    if (key === undefined) return refuse(400, MESSAGES.missingKey);
    if (read.tooLarge) return refuse(413, MESSAGES.tooLarge);
    let input: unknown;
    try {
      input = new TextDecoder('utf-8', { fatal: true }).decode(read.body);
    } catch {
      return refuse(400, MESSAGES.badUtf8);
    }
    try {
      input = JSON.parse(input as string);
    } catch {
      return refuse(400, MESSAGES.badJson);
    }
    const result = receiptSchemaFast.safeParse(input);
    if (!result.success) return refuse(400, describeInvalidReceipt(result.error.issues as unknown as Issue[], input));
    if (result.data.receiptId !== key) return refuse(400, MESSAGES.keyMismatch);
    let added;
    try {
      added = await store.add(key, JSON.stringify(result.data), now());
    } catch (error) {
      return reply(500, { error: MESSAGES.storeFailed }, POST_CORS, String(error));
    }
    if (added === 'duplicate') return reply(409, { status: 'duplicate', receiptId: key }, POST_CORS);
    reply(201, { status: 'accepted', receiptId: key }, POST_CORS);
  }

  function list(req: IncomingMessage, url: URL, reply: Reply): void {
    const cors = readCors(headerValue(req, 'origin'));
    if (!isAuthorized(req)) return reply(401, { error: MESSAGES.unauthorized }, { ...cors, 'WWW-Authenticate': 'Bearer' }, 'no or wrong token');
    const after = url.searchParams.get('after') ?? '0';
    const limit = url.searchParams.get('limit') ?? String(MAX_PAGE);
    if (!/^\d{1,15}$/.test(after)) return reply(400, { error: MESSAGES.badAfter }, cors, MESSAGES.badAfter);
    if (!/^\d{1,4}$/.test(limit) || +limit < 1 || +limit > MAX_PAGE) return reply(400, { error: MESSAGES.badLimit }, cors, MESSAGES.badLimit);
    const { rows, more } = store.page(Number(after), Number(limit));
    // The stored bodies are the accepted receipts' JSON: the page is assembled, not re-serialised.
    const head = `{"kind":"hoithi.receipts","version":1,"exportedAt":${JSON.stringify(formatZonedIso(now(), timeZone))},"receipts":[`;
    const next = more ? `,"next":"${rows.at(-1)!.seq}"` : '';
    reply(200, `${head}${rows.map((r) => r.body).join(',')}]${next}}`, cors, `${rows.length} receipts after ${after}`);
  }

  type Reply = (status: number, body: object | string | undefined, headers: Record<string, string>, detail?: string) => void;

  /** Handles one request; answers every one (but those whose client went away). */
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://collector.invalid');
    const method = req.method ?? 'GET';
    const key = headerValue(req, 'idempotency-key')?.trim() || undefined;
    const reply: Reply = (status, body, headers, detail) => {
      send(res, status, body, headers);
      options.onAnswer?.({ method, path: url.pathname, status, key, detail, ms: performance.now() - started });
    };
    const fail = (error: unknown) => {
      if (!res.headersSent) reply(500, { error: MESSAGES.storeFailed }, POST_CORS, String(error));
    };
    if (url.pathname === '/health' && method === 'GET') {
      req.resume();
      return reply(200, { ok: true }, { 'Access-Control-Allow-Origin': '*' });
    }
    if (url.pathname !== receiptPath) {
      req.resume();
      return reply(404, { error: MESSAGES.notFound }, POST_CORS);
    }
    if (method === 'POST') return void post(req, reply, key).catch(fail);
    req.resume();
    if (method === 'GET') return void Promise.resolve().then(() => list(req, url, reply)).catch(fail);
    if (method === 'OPTIONS') {
      const readPreflight = headerValue(req, 'access-control-request-method')?.toUpperCase() === 'GET';
      return reply(204, undefined, readPreflight ? readCors(headerValue(req, 'origin')) : POST_CORS);
    }
    reply(405, { error: MESSAGES.methodNotAllowed }, { ...POST_CORS, Allow: 'GET, POST, OPTIONS' }, MESSAGES.methodNotAllowed);
  }

  return { handle, path: receiptPath };
}
