// `npm run demo`: the product on a fresh machine, without the real contest. Loads the built
// extension into Chromium, serves the replica portal at the real address, starts the reference
// receiver on 127.0.0.1 as the department's endpoint, and configures a contest whose rounds sit
// around today. Headed, it opens the portal and the popup; headless (or with --headless) it walks
// one attempt and prints what the extension recorded and what the endpoint received.
import './require-node';
import { rmSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { PortalVariant } from '../fixtures/portal/server';
import { PortalPage } from '../e2e/pages/portal';
import { PopupPage } from '../e2e/pages/popup';
import { launchWithExtension, makeProfileDir, readAttempts, readOutbox, routePortal, setStorage } from './browser';
import { startReceiver } from './receiver';
import { TEST_PROFILE, makeTestConfig } from './test-config';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const COLLECTOR_DIR = '.tmp/demo-collector';
const variant: PortalVariant = args.includes('--variant=spa') ? 'spa' : 'classic';

async function main() {
  const dir = makeProfileDir();
  // Each demo starts with an empty endpoint store, so what it prints is this run's receipt only.
  rmSync(COLLECTOR_DIR, { recursive: true, force: true });
  const receiver = await startReceiver({ dataDir: COLLECTOR_DIR });
  const { context, worker, extensionId } = await launchWithExtension(dir, { headless });
  try {
    await routePortal(context, variant);
    await setStorage(worker, { config: makeTestConfig(Date.now(), receiver.url), profile: TEST_PROFILE });
    console.log(`Extension ${extensionId} loaded; replica portal (${variant}) at https://hoithicchc.thuathienhue.gov.vn/`);
    console.log(`Receipts go to the local collector at ${receiver.url} (this run's data: ${COLLECTOR_DIR}; read token ${receiver.token})`);
    if (!headless) {
      const portal = await context.newPage();
      await portal.goto('https://hoithicchc.thuathienhue.gov.vn/');
      await PopupPage.open(await context.newPage(), extensionId);
      await portal.bringToFront();
      console.log('Log in with any user name (e.g. nguyenvana), press "BẮT ĐẦU THI" and take the test.');
      console.log('The popup tab shows each round; close the browser window to end the demo.');
      await new Promise((resolve) => context.on('close', resolve));
      return;
    }
    console.log('Headless: walking one attempt (log in, BẮT ĐẦU THI, 10 questions, GỬI BÀI THI, confirm)…');
    await new PortalPage(await context.newPage(), variant).walkAttempt();
    await expect.poll(async () => (await readAttempts(worker)).some((a) => a.confirmationSeen), { timeout: 10_000 }).toBe(true);
    console.log('\nRecorded in IndexedDB:');
    console.log(JSON.stringify(await readAttempts(worker), null, 2));
    await expect.poll(async () => (await readOutbox(worker)).map((e) => e.state), { timeout: 15_000 }).toEqual(['delivered']);
    console.log('\nParticipation receipt delivered to the endpoint:');
    console.log(JSON.stringify(receiver.accepted().at(-1), null, 2));
    const popup = await PopupPage.open(await context.newPage(), extensionId);
    await expect(popup.round(2)).toContainText('Đã thi');
    console.log('\nThe popup shows:');
    for (const line of await popup.roundLines()) console.log(`  ${line}`);
    for (const line of await popup.page.getByRole('list', { name: 'Các biên nhận' }).getByRole('listitem').allInnerTexts()) {
      console.log(`  Biên nhận: ${line.replace(/\s+/g, ' ')}`);
    }
  } finally {
    await context.close().catch(() => undefined);
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
