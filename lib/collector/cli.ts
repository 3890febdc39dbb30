// `npm run collector -- --data DIR [--port 8787] [--host 127.0.0.1]`: the department collector
// (PRODUCT.md 4.9). Prints the endpoint to put in the config, the read token once (when it is made),
// then one line per request. SIGTERM or Ctrl-C: the requests in flight finish, the database closes.
// node:sqlite prints an ExperimentalWarning once at start; that is expected.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startCollector } from './server';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string', default: '8787' }, host: { type: 'string', default: '127.0.0.1' } },
    strict: true,
  });
  if (!values.data) fail('Thiếu --data <thư mục dữ liệu> (missing --data DIR)');
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) fail(`--port phải là số cổng 0–65535, không phải "${values.port}"`);
  const collector = await startCollector({
    dataDir: values.data,
    host: values.host,
    port,
    now: Date.now,
    newToken: () => randomBytes(32).toString('base64url'),
    onAnswer: (a) =>
      console.log(`${new Date().toISOString()} ${a.method} ${a.path} ${a.status} ${a.key ?? '-'} ${a.ms.toFixed(1)}ms${a.detail ? ` ${a.detail}` : ''}`),
  });
  console.log(`Máy chủ thu biên nhận đang chạy: ${collector.origin}/receipts (${collector.store.count()} biên nhận đã lưu trong ${values.data})`);
  if (collector.tokenCreated) {
    console.log(`Mã truy cập (chỉ in lần này, lưu trong ${values.data}/read-token): ${collector.token}`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: đang dừng, chờ các yêu cầu dở dang…`);
    collector.close().then(
      () => {
        console.log('Đã đóng cơ sở dữ liệu.');
        process.exit(0);
      },
      (error: unknown) => fail(`Dừng không sạch: ${String(error)}`),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
