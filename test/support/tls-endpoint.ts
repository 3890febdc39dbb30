// An https endpoint on 127.0.0.1 that sends NO CORS headers, for the host-permission path of
// PRODUCT.md 4.3. Playwright's request interception cannot play it: a fulfilled route answers the
// service worker's cross-origin fetch whatever its headers (tried here: 201 without any CORS header,
// no preflight). So a real TLS server with a throwaway self-signed certificate, reached at a real-looking
// host name through Chromium's --host-resolver-rules, the certificate accepted by --ignore-certificate-errors.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TlsEndpoint {
  /** The endpoint's URL at `host` (e.g. https://nhan.example.gov.vn/receipts). */
  url: string;
  /** Chromium flags that send `host` to this server and accept its certificate. */
  browserArgs: string[];
  /** Request lines seen, e.g. "OPTIONS /receipts", "POST /receipts". */
  seen: string[];
  /** Bodies of the POSTs. */
  bodies: string[];
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1, port 0; `host` is the name the extension is configured with. */
export async function startTlsEndpoint(host: string): Promise<TlsEndpoint> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoithi-tls-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`], { stdio: 'ignore' });
  const seen: string[] = [];
  const bodies: string[] = [];
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    seen.push(`${req.method} ${req.url}`);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.method === 'POST') {
        bodies.push(body);
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      } else {
        res.writeHead(405);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://${host}/receipts`,
    browserArgs: [`--host-resolver-rules=MAP ${host}:443 127.0.0.1:${port}`, '--ignore-certificate-errors'],
    seen,
    bodies,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
