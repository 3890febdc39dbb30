// Notes figures: search latency per keystroke on the notes page (built-in pack + 2,000 own notes),
// timed in the page from the input event to React's committed results; and a check that the
// popup's first paint still loads no notes code.
import builtinPack from '../../lib/notes/builtin-pack.json' with { type: 'json' };
import { launchWithExtension, makeProfileDir, setStorage } from '../support/browser';
import { makeTestConfig } from '../support/test-config';

const OWN_NOTES = 2000;
const QUERIES = ['cai cach thu tuc hanh chinh', 'dich vu cong truc tuyen', 'Đề án 06 định danh', 'mot cua lien thong'];

// Evaluated as strings: tsx's name-keeping helpers do not exist inside the page.
const INSERT_NOTES = `(count) => new Promise((resolve, reject) => {
  const words = ['cải cách', 'thủ tục', 'hành chính', 'một cửa', 'dịch vụ công', 'chuyển đổi số', 'đơn vị', 'hồ sơ', 'trực tuyến', 'chỉ số', 'người dân', 'doanh nghiệp'];
  const open = indexedDB.open('hoithi');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('notes', 'readwrite');
    const now = Date.now();
    for (let i = 0; i < count; i++) {
      const pick = (k) => words[(i * 7 + k * 5) % words.length];
      const body = Array.from({ length: 40 }, (_, k) => pick(k)).join(' ') + ' ghi chú số ' + i + '.';
      tx.objectStore('notes').put({ id: 'own-bench-' + i, title: 'Ghi chú ' + i + ': ' + pick(1) + ' ' + pick(2), body,
        tags: [pick(3)], pinned: i % 50 === 0, createdAt: now - i * 1000, updatedAt: now - i * 1000 });
    }
    tx.oncomplete = () => resolve(count);
    tx.onerror = () => reject(tx.error);
  };
})`;

// The floor: the same folded texts (built-in pack + own notes, folded once up front) scanned with a
// plain String.prototype.includes per keystroke, timed right after each real search.
const LOAD_FLOOR_TEXTS = `(builtin) => new Promise((resolve, reject) => {
  const fold = (s) => s.normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase().replace(/[đð]/g, 'd').replace(/\\s+/g, ' ');
  const open = indexedDB.open('hoithi');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const get = open.result.transaction('notes').objectStore('notes').getAll();
    get.onerror = () => reject(get.error);
    get.onsuccess = () => {
      const own = get.result.map((n) => [n.title, (n.tags || []).join(' '), n.body].join(' \\n '));
      globalThis.hoithiFloor = { fold, texts: builtin.concat(own).map(fold) };
      resolve(globalThis.hoithiFloor.texts.length);
    };
  };
})`;

const TYPE_QUERY = `async (query) => {
  const { fold, texts } = globalThis.hoithiFloor;
  const floor = [];
  const input = document.querySelector('input[type="search"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  // React commits a discrete input's update in a microtask; a message task runs after it, unclamped.
  const settle = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(0); });
  const times = [];
  for (let i = 1; i <= query.length; i++) {
    const t0 = performance.now();
    setValue.call(input, query.slice(0, i));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    times.push(performance.now() - t0);
    const f0 = performance.now();
    const needle = fold(query.slice(0, i)).trim();
    let found = 0;
    for (let k = 0; k < texts.length; k++) if (texts[k].includes(needle)) found++;
    floor.push(performance.now() - f0);
    globalThis.hoithiFloor.found = found; // used, so the scan cannot be optimised away
    await new Promise((resolve) => setTimeout(resolve, 20)); // a typist's pause: lets the frame paint
  }
  setValue.call(input, '');
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  if (!document.querySelector('[aria-label="Kết quả tìm kiếm"], [aria-label="Chủ đề"]')) throw new Error('no notes view');
  return { times, floor };
}`;

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/** Per-keystroke search+render times (ms) over the built-in pack plus 2,000 own notes; `rounds` passes over QUERIES. */
export async function measureNotesSearch(
  rounds = 5,
): Promise<{ samples: number[]; medianMs: number; p95Ms: number; floorP95Ms: number; popupLoadsNotesCode: boolean }> {
  const { context, worker, extensionId } = await launchWithExtension(makeProfileDir());
  try {
    await setStorage(worker, { config: makeTestConfig() });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/notes.html`);
    await page.getByRole('searchbox').waitFor();
    await page.evaluate(`(${INSERT_NOTES})(${OWN_NOTES})`);
    await page.reload();
    await page.getByRole('list', { name: 'Chủ đề' }).getByText(`đã thuộc 0/${OWN_NOTES}`).waitFor();
    const builtin = builtinPack.notes.map((n) => [n.title, (n.tags ?? []).join(' '), n.body].join(' \n '));
    await page.evaluate(`(${LOAD_FLOOR_TEXTS})(${JSON.stringify(builtin)})`);
    const samples: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      for (const query of QUERIES) {
        const run = (await page.evaluate(`(${TYPE_QUERY})(${JSON.stringify(query)})`)) as { times: number[]; floor: number[] };
        if (round > 0) {
          samples.push(...run.times); // the first round warms the JIT
          floor.push(...run.floor);
        }
      }
    }
    // The popup's first paint must not wait for the notes tab's code or the pack.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForFunction(() => performance.getEntriesByName('hoithi:rounds-ready').length > 0);
    const loaded = (await popup.evaluate('performance.getEntriesByType("resource").map((e) => e.name)')) as string[];
    const popupLoadsNotesCode = loaded.some((name) => /NotesTab|read-library/.test(name));
    return { samples, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), floorP95Ms: percentile(floor, 95), popupLoadsNotesCode };
  } finally {
    await context.close();
  }
}
