import { common } from './catalog/common';
import { notesUi } from './catalog/notes-ui';
import { popup } from './catalog/popup';
import { receipts } from './catalog/receipts';
import { reminders } from './catalog/reminders';
import type { Translate } from './index';
import { createCatalogT, type Locale } from './translate';

// The popup and the service worker each bundle only the words they show: the full catalog
// (config errors, admin report, notes packs) would cost every popup open and worker start.
const popupCatalogs = { ...common, ...popup, ...receipts, ...notesUi };
const backgroundCatalogs = { ...common, ...reminders };

/** Translator for the popup (round list, receipts, the study tab). */
export function createPopupT(locale: Locale): Translate {
  return createCatalogT(popupCatalogs, locale) as Translate;
}

/** Translator for the service worker (badge tooltip, reminder notifications). */
export function createBackgroundT(locale: Locale): Translate {
  return createCatalogT(backgroundCatalogs, locale) as Translate;
}
