// The reference receiver: the department collector (lib/collector, PRODUCT.md 4.3 and 4.9) with
// fault modes around it, for the end-to-end fault tests, the soak test, the benchmark and the demo
// (`npx tsx test/support/receiver-cli.ts`). It listens on 127.0.0.1 and nowhere else.
//
// A POST to `path` is handled in this order:
//   1. the mode decides first ('503', 'hang', '400', or a seeded draw in 'flaky'); a failing
//      server does not look at the request, so those answers come before any validation;
//   2. otherwise the collector's own handling answers (415, 400, 413, 201 after the commit, 409).
// Reads (GET /receipts with the token, GET /health) are the collector's, in every mode.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { createCollectorHandler, type Answer } from '../../lib/collector/handler';
import { headerValue, POST_CORS, readBody, send } from '../../lib/collector/http';
import { MESSAGES as COLLECTOR_MESSAGES } from '../../lib/collector/messages';
import { DB_FILE, listen } from '../../lib/collector/server';
import { openReceiptStore } from '../../lib/collector/store';
import type { Receipt } from '../../lib/receipts/schema';

export { describeInvalidReceipt, MAX_BODY_BYTES } from '../../lib/collector/messages';

export type ReceiverMode = 'ok' | '503' | 'hang' | '400' | 'flaky';
export const RECEIVER_MODES: readonly ReceiverMode[] = ['ok', '503', 'hang', '400', 'flaky'];

export interface ReceiverOptions {
  /** The only address allowed; anything else is refused. */
  host?: '127.0.0.1';
  /** 0 (default) = any free port. */
  port?: number;
  /** A collector data directory (its SQLite database); receipts already there are kept. In memory when absent. */
  dataDir?: string;
  /** Default 'ok'. */
  mode?: ReceiverMode;
  /** Share of POSTs answered 503 or left hanging in 'flaky' mode (half each), default 0.3. */
  flakyRate?: number;
  /** Sent as `Retry-After` with every 503 when set. */
  retryAfterSeconds?: number;
  /** Default '/receipts'. */
  path?: string;
  /** Seed of the flaky choices; the same seed and request order give the same answers. Random when absent. */
  seed?: number;
  /** One line per POST (status, key), e.g. for the CLI. */
  log?: (line: string) => void;
}

export interface ReceiverStats {
  /** POSTs to `path` (= accepted + duplicates + rejected + failed + hung). */
  requests: number;
  /** 201 answers. */
  accepted: number;
  /** 409 answers. */
  duplicates: number;
  /** 4xx answers other than 409 (415, 413, 400 incl. mode '400'). */
  rejected: number;
  /** 5xx answers (503 of mode '503'/'flaky', 500 when the database cannot be written). */
  failed: number;
  /** Requests never answered (mode 'hang'/'flaky'). */
  hung: number;
  /** POSTs per Idempotency-Key, whatever the answer. */
  byKey: Record<string, number>;
}

export interface Receiver {
  /** e.g. "http://127.0.0.1:8787/receipts" — the URL to put in the config's endpoint. */
  url: string;
  port: number;
  /** The read token for GET `url` (Authorization: Bearer …). */
  token: string;
  setMode(mode: ReceiverMode): void;
  /** The receipts held, in order of acceptance (including those already in `dataDir`). */
  accepted(): Receipt[];
  stats(): ReceiverStats;
  /** Destroys the sockets of hung requests (the client sees a network error). */
  releaseHung(): void;
  /** Stops listening and ends every connection, hung ones included. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

export const MESSAGES = {
  ...COLLECTOR_MESSAGES,
  mode400: 'Máy chủ từ chối biên nhận (chế độ thử 400)',
  mode503: 'Máy chủ tạm thời không sẵn sàng (chế độ thử 503)',
} as const;

/** mulberry32: a small, fast, seedable PRNG; [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkOptions(options: ReceiverOptions) {
  if (options.host !== undefined && options.host !== HOST) {
    throw new Error(`The receiver only listens on ${HOST}, not ${String(options.host)}`);
  }
  const receiptPath = options.path ?? '/receipts';
  if (!receiptPath.startsWith('/')) throw new Error(`path must start with "/": ${receiptPath}`);
  const flakyRate = options.flakyRate ?? 0.3;
  if (!(flakyRate >= 0 && flakyRate <= 1)) throw new Error(`flakyRate must be within 0..1: ${flakyRate}`);
  const retryAfter = options.retryAfterSeconds;
  if (retryAfter !== undefined && !(Number.isInteger(retryAfter) && retryAfter >= 0)) {
    throw new Error(`retryAfterSeconds must be a whole number ≥ 0: ${retryAfter}`);
  }
  return { receiptPath, flakyRate, retryAfter };
}

function checkMode(mode: ReceiverMode): ReceiverMode {
  if (!RECEIVER_MODES.includes(mode)) throw new Error(`Unknown receiver mode: ${String(mode)}`);
  return mode;
}

export async function startReceiver(options: ReceiverOptions = {}): Promise<Receiver> {
  const { receiptPath, flakyRate, retryAfter } = checkOptions(options);
  let mode = checkMode(options.mode ?? 'ok');
  const random = prng(options.seed ?? Math.floor(Math.random() * 2 ** 32));
  const log = options.log ?? (() => {});
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const store = openReceiptStore(options.dataDir ? path.join(path.resolve(options.dataDir), DB_FILE) : ':memory:');
  const token = randomBytes(24).toString('base64url');
  const stats = { requests: 0, accepted: 0, duplicates: 0, rejected: 0, failed: 0, hung: 0 };
  const byKey = new Map<string, number>();
  const hung = new Set<Socket>();

  const count = ({ method, path: at, status, key, detail }: Answer) => {
    if (method !== 'POST' || at !== receiptPath) return;
    if (status === 201) stats.accepted++;
    else if (status === 409) stats.duplicates++;
    else if (status >= 500) stats.failed++;
    else stats.rejected++;
    log(`${status} ${key ?? '(no key)'}${detail ? `: ${detail}` : ''}`);
  };
  const collector = createCollectorHandler({ store, token, now: Date.now, path: receiptPath, onAnswer: count });

  function decide(): Exclude<ReceiverMode, 'flaky'> {
    if (mode !== 'flaky') return mode;
    const draw = random();
    if (draw < flakyRate / 2) return '503';
    if (draw < flakyRate) return 'hang';
    return 'ok';
  }

  async function fault(req: IncomingMessage, res: ServerResponse, decision: '503' | 'hang' | '400', key: string | undefined) {
    if (!(await readBody(req))) return; // client went away or sent far too much
    const tag = key ?? '(no key)';
    if (decision === 'hang') {
      stats.hung++;
      log(`hang ${tag}`);
      const socket = req.socket;
      hung.add(socket);
      socket.once('close', () => hung.delete(socket));
      return; // never answered
    }
    if (decision === '400') {
      stats.rejected++;
      log(`400 ${tag}: ${MESSAGES.mode400}`);
      return send(res, 400, { error: MESSAGES.mode400 }, POST_CORS);
    }
    stats.failed++;
    log(`503 ${tag}`);
    send(res, 503, { error: MESSAGES.mode503 }, { ...POST_CORS, ...(retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) }) });
  }

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://receiver.invalid');
    if (req.method !== 'POST' || pathname !== receiptPath) return collector.handle(req, res);
    stats.requests++;
    const key = headerValue(req, 'idempotency-key')?.trim() || undefined;
    if (key !== undefined) byKey.set(key, (byKey.get(key) ?? 0) + 1);
    const decision = decide(); // drawn at arrival, so the flaky sequence follows the request order
    if (decision === 'ok') return collector.handle(req, res);
    void fault(req, res, decision, key);
  });
  const port = await listen(server, HOST, options.port ?? 0);

  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}${receiptPath}`,
    port,
    token,
    setMode(next) {
      mode = checkMode(next);
    },
    accepted() {
      const out: Receipt[] = [];
      for (let after = 0, more = true; more; ) {
        const page = store.page(after, 5000);
        for (const row of page.rows) out.push(JSON.parse(row.body) as Receipt);
        after = page.rows.at(-1)?.seq ?? after;
        more = page.more;
      }
      return out;
    },
    stats: () => ({ ...stats, byKey: Object.fromEntries(byKey) }),
    releaseHung() {
      for (const socket of hung) socket.destroy();
      hung.clear();
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of hung) socket.destroy();
        hung.clear();
        server.closeAllConnections();
      }).then(() => store.close());
      return closing;
    },
  };
}
