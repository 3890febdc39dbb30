// A plain file server on 127.0.0.1 (port 0) for the self-hosted update.xml and CRX of a release.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = { '.crx': 'application/x-chrome-extension', '.xml': 'text/xml; charset=utf-8' };

export interface FileServer {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves the files under `dir()` (read at request time, so the folder may be written after the start). */
export async function startFileServer(dir: () => string): Promise<FileServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(name);
    const file = path.join(dir(), path.normalize(name).replace(/^(\.\.[/\\])+/, ''));
    if (!existsSync(file) || !file.startsWith(dir())) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
