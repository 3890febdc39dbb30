// The reference receiver as a command:
//   npx tsx test/support/receiver-cli.ts --port 8787 --data .tmp/receiver [--mode ok]
//     [--flaky-rate 0.3] [--seed 42] [--retry-after 5] [--path /receipts] [--quiet]
// Prints the endpoint URL to put in the config; Ctrl-C stops it.
import { parseArgs } from 'node:util';
import { RECEIVER_MODES, startReceiver, type ReceiverMode } from './receiver';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) fail(`--${name} must be a number, not "${value}"`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      data: { type: 'string' },
      mode: { type: 'string', default: 'ok' },
      'flaky-rate': { type: 'string' },
      seed: { type: 'string' },
      'retry-after': { type: 'string' },
      path: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const mode = values.mode as ReceiverMode;
  if (!RECEIVER_MODES.includes(mode)) fail(`--mode must be one of ${RECEIVER_MODES.join(', ')}`);

  const receiver = await startReceiver({
    port: number('port', values.port),
    dataDir: values.data,
    mode,
    flakyRate: number('flaky-rate', values['flaky-rate']),
    seed: number('seed', values.seed),
    retryAfterSeconds: number('retry-after', values['retry-after']),
    path: values.path,
    log: values.quiet ? undefined : (line) => console.log(`${new Date().toISOString()} ${line}`),
  });
  console.log(receiver.url);
  console.error(
    `Receiver (mode ${mode}) listening on ${receiver.url}` +
      (values.data ? `, storing receipts in ${values.data}` : ', receipts kept in memory only') +
      `; read token ${receiver.token}` +
      '. Ctrl-C to stop.',
  );

  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(130);
    stopping = true;
    const s = receiver.stats();
    console.error(
      `\nStopping: ${s.requests} POSTs, ${s.accepted} accepted, ${s.duplicates} duplicates, ` +
        `${s.rejected} rejected, ${s.failed} failed, ${s.hung} hung.`,
    );
    void receiver.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
