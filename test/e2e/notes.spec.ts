import { rmSync } from 'node:fs';
import { makeTestConfig } from '../support/test-config';
import { expect, launchWithExtension, makeProfileDir, setStorage, test } from './fixtures';
import { NotesPage } from './pages/notes';
import { PopupPage } from './pages/popup';

const jsonFile = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

test('should open the notes tab from the popup, search without diacritics and show a note with its source', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  await setStorage(worker, { config: makeTestConfig() });
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  const { page } = popup;
  await expect(popup.rounds).toBeVisible();
  const roundsTab = page.getByRole('tab', { name: 'Đợt thi' });
  await expect(roundsTab).toHaveAttribute('aria-selected', 'true');
  // Keyboard: the arrow key moves to "Ôn tập" and opens it.
  await roundsTab.focus();
  await page.keyboard.press('ArrowRight');
  const notesTab = page.getByRole('tab', { name: 'Ôn tập' });
  await expect(notesTab).toBeFocused();
  await expect(notesTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Ôn tập' })).toBeVisible();
  const topics = page.getByRole('list', { name: 'Chủ đề' });
  await expect(topics.getByRole('button', { name: /Đề án 06.*đã thuộc 0\/\d+/ })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Tìm ghi chú' }).fill('cai cach thu tuc');
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  const first = results.getByRole('listitem').first();
  await expect(first.locator('mark').first()).toHaveText(/^(cải|Cải)$/);
  await expect(results.locator('mark', { hasText: /^thủ$/i }).first()).toBeVisible();

  await page.getByRole('searchbox', { name: 'Tìm ghi chú' }).fill('de an 06');
  await results.getByRole('button').first().click();
  const note = page.getByRole('article');
  await expect(note.getByRole('heading')).toContainText('Đề án 06');
  await expect(note).toContainText(/Nguồn:\s*\S+/);
  await note.getByRole('checkbox', { name: 'Đánh dấu đã thuộc' }).check();
  await page.getByRole('button', { name: '← Quay lại' }).click();
  await page.getByRole('searchbox', { name: 'Tìm ghi chú' }).fill('');
  await expect(topics.getByRole('button', { name: /Đề án 06.*đã thuộc 1\/\d+/ })).toBeVisible();

  const [notesPage] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Mở trang ghi chú' }).click()]);
  await expect(notesPage.getByRole('heading', { name: 'Ghi chú ôn thi', level: 1 })).toBeVisible();
});

test('should keep an own note across a browser restart, and export and re-import it without duplicates', async () => {
  const dir = makeProfileDir();
  try {
    const before = await launchWithExtension(dir);
    const notes = await NotesPage.open(await before.context.newPage(), before.extensionId);
    await expect(notes.backup).toContainText('Bạn chưa sao lưu lần nào.');
    await notes.addNote('Ghi chú riêng: đường dây nóng một cửa', 'Số điện thoại của bộ phận một cửa Sở là 0234 000 000.', 'một cửa, riêng');
    await expect(notes.reader.getByRole('heading')).toHaveText('Ghi chú riêng: đường dây nóng một cửa');
    await expect(notes.backup).toContainText('Có 1 ghi chú mới hoặc đã sửa chưa được sao lưu');
    await before.context.close();

    const after = await launchWithExtension(dir);
    const page = await after.context.newPage();
    const again = await NotesPage.open(page, after.extensionId);
    await again.search.fill('duong day nong');
    await expect(again.results.getByRole('listitem')).toHaveCount(1);
    await again.results.getByRole('button').click();
    await expect(again.reader).toContainText('0234 000 000');
    await expect(again.reader).toContainText('Nguồn: Ghi chú của bạn');

    const backup = await again.exportBackup();
    expect(backup.name).toMatch(/^ghi-chu-hoithi-\d{8}-\d{4}\.json$/);
    const file = JSON.parse(backup.text) as { kind: string; version: number; exportedAt: string; notes: { title: string; tags: string[] }[] };
    expect(file).toMatchObject({ kind: 'hoithi.mynotes', version: 1 });
    expect(file.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(file.notes.map((n) => [n.title, n.tags])).toEqual([['Ghi chú riêng: đường dây nóng một cửa', ['một cửa', 'riêng']]]);
    await expect(again.backup).toContainText('Sao lưu gần nhất:');
    await expect(again.backup).toContainText('Mọi ghi chú của bạn đã được sao lưu.');

    // A wrong file is refused with the reason and changes nothing.
    await again.importBackup(jsonFile('sai.json', { kind: 'hoithi.receipts', version: 1 }));
    await expect(again.backup.getByRole('status')).toContainText('Không nhập tệp sai.json: Đây không phải là tệp sao lưu ghi chú');
    await again.importBackup(jsonFile('thieu.json', { ...file, notes: [{ ...file.notes[0], title: '' }] }));
    await expect(again.backup.getByRole('status')).toContainText('"notes[0].title"');

    // Delete, then restore from the backup; importing it twice adds nothing.
    page.once('dialog', (dialog) => void dialog.accept());
    await again.reader.getByRole('button', { name: 'Xóa' }).click();
    await expect(again.results.getByRole('listitem')).toHaveCount(0);
    await again.importBackup({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await expect(again.backup.getByRole('status')).toContainText('thêm 1, cập nhật 0, bỏ qua 0');
    await expect(again.results.getByRole('listitem')).toHaveCount(1);
    await again.importBackup({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await expect(again.backup.getByRole('status')).toContainText('thêm 0, cập nhật 0, bỏ qua 1');
    await expect(again.results.getByRole('listitem')).toHaveCount(1);
    await after.context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should import an office pack shown with its name and version, and restore the built-in one', async ({ ext }) => {
  const { context, extensionId } = ext;
  const notes = await NotesPage.open(await context.newPage(), extensionId);
  const packs = notes.page.getByRole('region', { name: 'Gói ghi chú' });
  await expect(packs).toContainText('Đang dùng: Ghi chú ôn thi CCHC (có sẵn) (phiên bản 2026.1)');
  const pack = {
    kind: 'hoithi.notes', version: 1, id: 'van-phong-so', name: 'Gói của Văn phòng Sở', packVersion: '2026.2', language: 'vi',
    topics: [{ id: 'noi-bo', title: 'Quy định nội bộ' }],
    notes: [{ id: 'lich-truc', topic: 'noi-bo', title: 'Lịch trực bộ phận một cửa', body: 'Trực từ thứ Hai đến thứ Sáu.', source: 'Quyết định 12/QĐ-VP' }],
  };
  await notes.page.getByLabel('Thay gói có sẵn').check();
  await notes.page.getByLabel('Nhập gói ghi chú').setInputFiles(jsonFile('goi.json', pack));
  await expect(packs).toContainText('Đang dùng: Gói của Văn phòng Sở (phiên bản 2026.2)');
  await expect(packs).not.toContainText('(có sẵn)');
  await notes.search.fill('lich truc');
  await expect(notes.results.getByRole('listitem')).toHaveCount(1);
  await notes.search.fill('de an 06');
  await expect(notes.results.getByRole('listitem')).toHaveCount(0);

  await notes.page.getByLabel('Nhập gói ghi chú').setInputFiles(jsonFile('loi.json', { ...pack, notes: [{ ...pack.notes[0], source: '' }] }));
  await expect(packs.getByRole('status')).toContainText('mỗi ghi chú phải ghi rõ nguồn');
  await expect(packs).toContainText('Gói của Văn phòng Sở');

  await packs.getByRole('button', { name: 'Khôi phục gói có sẵn' }).click();
  await expect(packs).toContainText('Đang dùng: Ghi chú ôn thi CCHC (có sẵn) (phiên bản 2026.1)');
  await notes.search.fill('de an 06');
  await expect(notes.results.getByRole('listitem').first()).toBeVisible();
});
