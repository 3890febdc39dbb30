import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from './messages';

/** Beyond this the rest of an oversized body is not even drained: the socket is destroyed. */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

/** The CORS of PRODUCT.md 4.3 for POST (any origin may deliver a receipt). */
export const POST_CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  'Access-Control-Max-Age': '600',
} as const;

// Reading is for the admin page only: an extension page's origin is echoed, a web page gets no CORS.
const EXTENSION_ORIGIN = /^(?:chrome|moz)-extension:\/\/[a-z0-9-]+$/i;

/** CORS headers for a read (GET /receipts and its preflight) from `origin`, or none. */
export function readCors(origin: string | undefined): Record<string, string> {
  const base = { Vary: 'Origin' };
  if (!origin || !EXTENSION_ORIGIN.test(origin)) return base;
  return { ...base, 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': 'Authorization', 'Access-Control-Max-Age': '600' };
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function isJsonContentType(value: string | undefined): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Reads the whole body; `tooLarge` when over MAX_BODY_BYTES (the rest is drained and dropped). */
export function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean } | undefined> {
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

/** Sends a JSON answer (or none for 204), never cached. `text` is JSON already serialised. */
export function send(res: ServerResponse, status: number, body: object | string | undefined, headers: Record<string, string>): void {
  const all: Record<string, string> = { 'Cache-Control': 'no-store', ...headers };
  if (body === undefined) {
    res.writeHead(status, all).end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  all['Content-Type'] = 'application/json; charset=utf-8';
  all['Content-Length'] = String(Buffer.byteLength(text));
  res.writeHead(status, all).end(text);
}
