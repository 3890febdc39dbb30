// npm run release -- --key <private key, PEM> --base-url <URL> [--config <config file>]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkReleaseInputs, ReleaseRefusal, writeRelease } from './release';

const root = process.cwd();
// The same output folder as the build (wxt.config.ts): HOITHI_OUT_DIR, else .output.
const outDir = path.resolve(root, process.env.HOITHI_OUT_DIR ?? '.output');

function build(): void {
  // wxt zip builds .output/chrome-mv3 and the store zip beside it; its log goes to stderr.
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'wxt'), ['zip'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) throw new Error(`wxt zip failed (exit ${run.status ?? run.signal})`);
}

try {
  const inputs = checkReleaseInputs(process.argv.slice(2), root);
  const result = await writeRelease(inputs, outDir, build);
  console.log(`Mã tiện ích (extension ID): ${result.extensionId}`);
  const shown = path.relative(root, result.dir);
  console.log(`Đã ghi ${shown.startsWith('..') ? result.dir : shown}/:`);
  for (const file of result.files) console.log(`  ${file}`);
  console.log('Xem policies/HUONG-DAN.md để biết đặt từng tệp ở đâu.');
} catch (error) {
  if (!(error instanceof ReleaseRefusal)) throw error;
  console.error(`Từ chối: ${error.message}`);
  console.error('Không tệp nào được ghi.');
  process.exitCode = 2;
}
