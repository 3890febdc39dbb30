// A receipt server in a process of its own (the collector's command, or the bench's floor server):
// started with tsx, ready once it prints its receipt URL.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess { child: ChildProcess; url: string; exited: Promise<number | string | null> }

/** Runs `script` (relative to the repository) with `args`; resolves with its URL. `exited` gives the exit code or signal. */
export async function spawnReceiptServer(script: string, args: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/receipts)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', () => reject(new Error(`${script} exited before listening: ${out}`)));
  });
  return { child, url, exited };
}
