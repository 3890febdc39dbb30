// The reference receiver: PRODUCT.md §4.3 from the server side, on node:http only. Used by the
// end-to-end fault tests, the soak test, the benchmark and the demo as the built-in local endpoint
// (`npx tsx test/support/receiver-cli.ts`). It listens on 127.0.0.1 and nowhere else.
//
// A POST to `path` is handled in this order:
//   1. the mode decides first ('503', 'hang', '400', or a seeded draw in 'flaky'); a failing
//      server does not look at the request, so those answers come before any validation;
//   2. 415 unless Content-Type is application/json; 400 without an Idempotency-Key;
//      413 over 64 KB; 400 for bad UTF-8 / JSON, an invalid receipt (first bad field named),
//      or a key different from receiptId;
//   3. 409 if the key was accepted before, else the receipt is appended to `file` (synchronously,
//      so "accepted" means "on disk") and 201 is sent.
// Every response carries the CORS headers; OPTIONS on `path` answers 204 in every mode.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { receiptSchema, type Receipt } from '../../lib/receipts/schema';

export type ReceiverMode = 'ok' | '503' | 'hang' | '400' | 'flaky';
export const RECEIVER_MODES: readonly ReceiverMode[] = ['ok', '503', 'hang', '400', 'flaky'];

export interface ReceiverOptions {
  /** The only address allowed; anything else is refused. */
  host?: '127.0.0.1';
  /** 0 (default) = any free port. */
  port?: number;
  /** JSON Lines of accepted receipts. Existing lines are loaded at start (and deduplicate). */
  file?: string;
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
  /** 5xx answers (503 of mode '503'/'flaky', 500 when the file cannot be written). */
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
  setMode(mode: ReceiverMode): void;
  /** The receipts held, in order of acceptance (including those loaded from `file`). */
  accepted(): Receipt[];
  stats(): ReceiverStats;
  /** Destroys the sockets of hung requests (the client sees a network error). */
  releaseHung(): void;
  /** Stops listening and ends every connection, hung ones included. */
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 64 * 1024;
/** Beyond this the rest of an oversized body is not even drained: the socket is destroyed. */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;
const HOST = '127.0.0.1';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  'Access-Control-Max-Age': '600',
} as const;

export const MESSAGES = {
  unsupportedType: 'Content-Type phải là application/json (Content-Type must be application/json)',
  missingKey: 'Thiếu tiêu đề Idempotency-Key (Missing Idempotency-Key header)',
  tooLarge: `Biên nhận quá lớn, tối đa ${MAX_BODY_BYTES / 1024} KB (Request body exceeds ${MAX_BODY_BYTES / 1024} KB)`,
  badUtf8: 'Nội dung không phải UTF-8 hợp lệ (Body is not valid UTF-8)',
  badJson: 'Nội dung không phải JSON hợp lệ (Body is not valid JSON)',
  keyMismatch: 'Idempotency-Key phải trùng với receiptId của biên nhận (Idempotency-Key must equal receiptId)',
  mode400: 'Máy chủ từ chối biên nhận (chế độ thử 400)',
  mode503: 'Máy chủ tạm thời không sẵn sàng (chế độ thử 503)',
  storeFailed: 'Máy chủ không ghi được biên nhận (Could not store the receipt)',
  notFound: 'Không tìm thấy (Not found)',
  methodNotAllowed: 'Chỉ nhận POST và OPTIONS (Only POST and OPTIONS are allowed)',
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

// ---- Error messages for invalid receipts (work with zod and zod/mini: only issue fields are read) ----

interface Issue {
  code?: string;
  path?: readonly PropertyKey[];
  message?: string;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  values?: unknown;
  keys?: unknown;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'chuỗi',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true/false',
  object: 'đối tượng',
  array: 'mảng',
  null: 'null',
};

function valueAt(data: unknown, at: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of at) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The issue in Vietnamese and in English; built from the issue's code, since zod/mini says only "Invalid input". */
function describeIssue(issue: Issue, input: unknown): { vi: string; en: string } {
  const at = issue.path ?? [];
  const own = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (at.length > 0 && valueAt(input, at) === undefined) return { vi: 'bắt buộc nhưng bị thiếu', en: 'required' };
      const expected = String(issue.expected);
      return { vi: `phải là ${TYPE_WORDS[expected] ?? expected}`, en: `expected ${expected}` };
    }
    case 'too_small':
      return issue.origin === 'string'
        ? { vi: 'quá ngắn hoặc rỗng', en: 'too short or empty' }
        : { vi: `phải ≥ ${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return issue.origin === 'string'
        ? { vi: 'quá dài', en: 'too long' }
        : { vi: `phải ≤ ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case 'invalid_format': {
      const format = issue.format ? ` (${String(issue.format)})` : '';
      return { vi: `sai định dạng${format}`, en: `invalid format${format}` };
    }
    case 'invalid_value': {
      if (!Array.isArray(issue.values)) return { vi: 'giá trị không được phép', en: 'value not allowed' };
      const list = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { vi: `phải là một trong: ${list}`, en: "not an allowed value" };
    }
    case 'unrecognized_keys':
      return { vi: 'không có trong biên nhận phiên bản 1', en: 'not a field of a version 1 receipt' };
    default:
      return { vi: 'không hợp lệ', en: own ?? 'invalid' };
  }
}

function fieldName(at: readonly PropertyKey[]): string {
  return at.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** The first issue, e.g. `Biên nhận không hợp lệ: trường "participant.unit" — quá ngắn hoặc rỗng (too short or empty)`. */
export function describeInvalidReceipt(issues: readonly Issue[], input: unknown): string {
  const issue = issues[0];
  if (!issue) return 'Biên nhận không hợp lệ';
  let at = issue.path ?? [];
  if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys) && issue.keys.length > 0) {
    at = [...at, String(issue.keys[0])];
  }
  const { vi, en } = describeIssue(issue, input);
  const what = `${vi} (${en})`;
  if (at.length === 0) return `Biên nhận không hợp lệ: ${what}`;
  return `Biên nhận không hợp lệ: trường "${fieldName(at)}" — ${what}`;
}

// ---- The server ----

type Decision = 'ok' | '503' | 'hang' | '400';

function isJsonContentType(value: string | undefined): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the whole body; `tooLarge` when over MAX_BODY_BYTES (the rest is drained and dropped). */
function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean } | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT_BYTES) {
        req.destroy();
        resolve(undefined);
      } else if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge: size > MAX_BODY_BYTES }));
    req.on('error', () => resolve(undefined));
    req.on('close', () => resolve(undefined)); // no-op when already resolved
  });
}

function loadFile(file: string): Receipt[] {
  if (!existsSync(file)) return [];
  const receipts: Receipt[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`${file}, dòng ${i + 1}: không phải JSON (line ${i + 1} is not JSON)`);
      }
      const result = receiptSchema.safeParse(parsed);
      if (!result.success) {
        throw new Error(`${file}, dòng ${i + 1}: ${describeInvalidReceipt(result.error.issues as unknown as Issue[], parsed)}`);
      }
      receipts.push(result.data);
    });
  return receipts;
}

export async function startReceiver(options: ReceiverOptions = {}): Promise<Receiver> {
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
  const checkMode = (mode: ReceiverMode) => {
    if (!RECEIVER_MODES.includes(mode)) throw new Error(`Unknown receiver mode: ${String(mode)}`);
    return mode;
  };
  let mode = checkMode(options.mode ?? 'ok');
  const random = prng(options.seed ?? Math.floor(Math.random() * 2 ** 32));
  const file = options.file === undefined ? undefined : path.resolve(options.file);
  const log = options.log ?? (() => {});

  const store: Receipt[] = file ? loadFile(file) : [];
  const seen = new Set(store.map((r) => r.receiptId));
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  const stats = { requests: 0, accepted: 0, duplicates: 0, rejected: 0, failed: 0, hung: 0 };
  const byKey = new Map<string, number>();
  const hung = new Set<Socket>();

  function decide(): Decision {
    if (mode !== 'flaky') return mode;
    const draw = random();
    if (draw < flakyRate / 2) return '503';
    if (draw < flakyRate) return 'hang';
    return 'ok';
  }

  function send(res: ServerResponse, status: number, body?: object, extra: Record<string, string> = {}) {
    const headers: Record<string, string> = { ...CORS_HEADERS, 'Cache-Control': 'no-store', ...extra };
    if (body === undefined) {
      res.writeHead(status, headers).end();
      return;
    }
    const text = JSON.stringify(body);
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = String(Buffer.byteLength(text));
    res.writeHead(status, headers).end(text);
  }

  async function handlePost(req: IncomingMessage, res: ServerResponse) {
    stats.requests++;
    const key = headerValue(req, 'idempotency-key')?.trim() || undefined;
    if (key !== undefined) byKey.set(key, (byKey.get(key) ?? 0) + 1);
    const decision = decide(); // drawn at arrival, so the flaky sequence follows the request order
    const read = await readBody(req);
    if (!read) return; // client went away or sent far too much
    const tag = key ?? '(no key)';

    const reject = (status: number, error: string) => {
      stats.rejected++;
      log(`${status} ${tag}: ${error}`);
      send(res, status, { error });
    };

    if (decision === 'hang') {
      stats.hung++;
      log(`hang ${tag}`);
      const socket = req.socket;
      hung.add(socket);
      socket.once('close', () => hung.delete(socket));
      return; // never answered
    }
    if (decision === '503') {
      stats.failed++;
      log(`503 ${tag}`);
      send(res, 503, { error: MESSAGES.mode503 }, retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) });
      return;
    }
    if (decision === '400') return reject(400, MESSAGES.mode400);

    if (!isJsonContentType(headerValue(req, 'content-type'))) return reject(415, MESSAGES.unsupportedType);
    if (key === undefined) return reject(400, MESSAGES.missingKey);
    if (read.tooLarge) return reject(413, MESSAGES.tooLarge);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(read.body);
    } catch {
      return reject(400, MESSAGES.badUtf8);
    }
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return reject(400, MESSAGES.badJson);
    }
    const result = receiptSchema.safeParse(input);
    if (!result.success) {
      return reject(400, describeInvalidReceipt(result.error.issues as unknown as Issue[], input));
    }
    const receipt = result.data;
    if (receipt.receiptId !== key) return reject(400, MESSAGES.keyMismatch);
    if (seen.has(key)) {
      stats.duplicates++;
      log(`409 ${key}`);
      send(res, 409, { status: 'duplicate', receiptId: key });
      return;
    }
    try {
      if (file) appendFileSync(file, `${JSON.stringify(receipt)}\n`, 'utf8');
    } catch (error) {
      stats.failed++;
      log(`500 ${key}: ${String(error)}`);
      send(res, 500, { error: MESSAGES.storeFailed });
      return;
    }
    seen.add(key);
    store.push(receipt);
    stats.accepted++;
    log(`201 ${key}`);
    send(res, 201, { status: 'accepted', receiptId: key });
  }

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://receiver.invalid');
    if (pathname !== receiptPath) {
      req.resume();
      send(res, 404, { error: MESSAGES.notFound });
    } else if (req.method === 'OPTIONS') {
      req.resume();
      send(res, 204);
    } else if (req.method === 'POST') {
      void handlePost(req, res).catch((error: unknown) => {
        stats.failed++;
        log(`500: ${String(error)}`);
        if (!res.headersSent) send(res, 500, { error: String(error) });
      });
    } else {
      req.resume();
      send(res, 405, { error: MESSAGES.methodNotAllowed }, { Allow: 'POST, OPTIONS' });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: HOST, port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}${receiptPath}`,
    port,
    setMode(next) {
      mode = checkMode(next);
    },
    accepted: () => structuredClone(store),
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
      });
      return closing;
    },
  };
}
