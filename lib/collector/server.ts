import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createCollectorHandler, type Answer } from './handler';
import { openReceiptStore, type ReceiptStore } from './store';
import { getReadToken } from './token';

/** Where a collector keeps its data inside `--data`. */
export const DB_FILE = 'receipts.sqlite';
export const TOKEN_FILE = 'read-token';

export interface CollectorOptions {
  /** The data directory (created if missing): the database and the read token. */
  dataDir: string;
  host?: string;
  /** 0 = any free port. */
  port?: number;
  now: () => number;
  newToken: () => string;
  onAnswer?: (answer: Answer) => void;
}

export interface Collector {
  /** e.g. "http://127.0.0.1:8787" (the endpoint is this + "/receipts"). */
  origin: string;
  port: number;
  token: string;
  /** True when this start made the token (it is printed once, then). */
  tokenCreated: boolean;
  store: ReceiptStore;
  /** Stops taking connections, lets the requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

/** Listens on `server` and resolves with its port. */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Stops `server` gracefully: no new connections, idle keep-alive ones closed at once, busy ones
 * once their answer is sent; after `graceMs` whatever is left is cut.
 */
export function closeGracefully(server: Server, graceMs = 10_000): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  server.closeIdleConnections();
  // A keep-alive connection whose answer is sent after close() would otherwise stay open.
  const sweep = setInterval(() => server.closeIdleConnections(), 20);
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  return closed.finally(() => {
    clearInterval(sweep);
    clearTimeout(cut);
  });
}

/** The department collector (PRODUCT.md 4.9) on node:http and node:sqlite. */
export async function startCollector(options: CollectorOptions): Promise<Collector> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const { token, created } = getReadToken(path.join(dataDir, TOKEN_FILE), options.newToken);
  const store = openReceiptStore(path.join(dataDir, DB_FILE));
  const handler = createCollectorHandler({ store, token, now: options.now, onAnswer: options.onAnswer });
  const server = createServer(handler.handle);
  const host = options.host ?? '127.0.0.1';
  let port: number;
  try {
    port = await listen(server, host, options.port ?? 8787);
  } catch (error) {
    await store.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    origin: `http://${shown}:${port}`,
    port,
    token,
    tokenCreated: created,
    store,
    close() {
      closing ??= closeGracefully(server).then(() => store.close());
      return closing;
    },
  };
}
