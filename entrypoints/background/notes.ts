import { browser } from 'wxt/browser';
import { putOwnNote } from '@/lib/notes/repository';
import { createCatalogT } from '@/lib/i18n/translate';
import { notesUi } from '@/lib/i18n/catalog/notes-ui';
import { getLocale } from '@/lib/config/storage';
import { createCapturedNote } from '@/lib/notes/own-note';
import { PORTAL_MATCHES, PORTAL_ORIGINS } from '@/lib/portal/profile';

const MENU_ID = 'hoithi-save-selection';

function isPortalPage(url: string | undefined): boolean {
  try {
    return url !== undefined && PORTAL_ORIGINS.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

/** "Lưu đoạn đã chọn thành ghi chú" on portal pages: the selection becomes an own note, sourced to the page. */
export function registerNoteCapture(): void {
  // Listener first and synchronously, so a click that wakes the worker is heard.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const url = info.pageUrl ?? tab?.url;
    if (!isPortalPage(url)) return; // documentUrlPatterns already limits it; this is the second lock
    const note = createCapturedNote(info.selectionText ?? '', { url: url!, title: tab?.title ?? '' }, Date.now(), () => crypto.randomUUID());
    if (note) void putOwnNote(note).catch((error: unknown) => console.warn('[hoithi] could not save the selected text as a note', error));
  });
  // Re-created on every worker start (a relaunch may re-install the extension); removeAll avoids duplicate ids.
  void (async () => {
    const t = createCatalogT(notesUi, await getLocale());
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('contextMenu.saveSelection'),
      contexts: ['selection'],
      documentUrlPatterns: PORTAL_MATCHES,
    });
  })().catch((error: unknown) => console.warn('[hoithi] could not add the context menu', error));
}
