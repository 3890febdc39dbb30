import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { getOwnNotes } from '@/lib/notes/repository';
import { closeDb, DB_NAME } from '@/lib/db/open';
import { registerNoteCapture } from './notes';

type ClickListener = (info: Record<string, unknown>, tab?: { url?: string; title?: string }) => void;

// The fake browser has no contextMenus: a stub that keeps what the background registers.
function stubContextMenus() {
  const listeners: ClickListener[] = [];
  const stub = {
    create: vi.fn(),
    removeAll: vi.fn(async () => undefined),
    onClicked: { addListener: (listener: ClickListener) => listeners.push(listener) },
  };
  Object.assign(browser, { contextMenus: stub });
  return { stub, click: (info: Record<string, unknown>, tab?: { url?: string; title?: string }) => listeners.forEach((l) => l(info, tab)) };
}

afterEach(async () => {
  await closeDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('registerNoteCapture', () => {
  it('should offer "Lưu đoạn đã chọn thành ghi chú" on selections of portal pages only', async () => {
    const { stub } = stubContextMenus();
    registerNoteCapture();
    await vi.waitFor(() => expect(stub.create).toHaveBeenCalled());
    expect(stub.create).toHaveBeenCalledWith({
      id: 'hoithi-save-selection',
      title: 'Lưu đoạn đã chọn thành ghi chú',
      contexts: ['selection'],
      documentUrlPatterns: ['https://hoithicchc.thuathienhue.gov.vn/*'],
    });
    expect(stub.removeAll).toHaveBeenCalled();
  });

  it('should save the selected text as an own note sourced to the portal page', async () => {
    const { click } = stubContextMenus();
    registerNoteCapture();
    const page = { url: 'https://hoithicchc.thuathienhue.gov.vn/the-le', title: 'Thể lệ - Hội thi CCHC' };
    click({ menuItemId: 'hoithi-save-selection', selectionText: 'Mỗi thí sinh chỉ được thi 01 lần/tuần.', pageUrl: page.url }, page);
    await vi.waitFor(async () => expect(await getOwnNotes()).toHaveLength(1));
    const [note] = await getOwnNotes();
    expect(note).toMatchObject({ body: 'Mỗi thí sinh chỉ được thi 01 lần/tuần.' });
    expect(JSON.stringify(note)).toContain(page.url);
  });

  it('should ignore other menus and other pages', async () => {
    const { click } = stubContextMenus();
    registerNoteCapture();
    click({ menuItemId: 'other', selectionText: 'x', pageUrl: 'https://hoithicchc.thuathienhue.gov.vn/' });
    click({ menuItemId: 'hoithi-save-selection', selectionText: 'x', pageUrl: 'https://evil.example/' });
    await new Promise((r) => setTimeout(r, 50));
    expect(await getOwnNotes()).toEqual([]);
  });
});
