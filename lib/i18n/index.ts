import { admin } from './catalog/admin';
import { common } from './catalog/common';
import { config } from './catalog/config';
import { deploy } from './catalog/deploy';
import { notes } from './catalog/notes';
import { notesUi } from './catalog/notes-ui';
import { options } from './catalog/options';
import { popup } from './catalog/popup';
import { pull } from './catalog/pull';
import { receipts } from './catalog/receipts';
import { reminders } from './catalog/reminders';
import { report } from './catalog/report';
import { warning } from './catalog/warning';
import { createCatalogT, type Locale, type MessageParams } from './translate';

export { createCatalogT, DEFAULT_LOCALE, formatMessage, isLocale, type Locale, type MessageParams } from './translate';

// Each catalog maps a key to its Vietnamese and English text; `{name}` marks a parameter.
const catalogs = { ...common, ...config, ...popup, ...options, ...warning, ...reminders, ...receipts, ...notes, ...notesUi, ...report, ...admin, ...pull, ...deploy };

export type MessageKey = keyof typeof catalogs;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Returns a translator bound to one locale, over every page catalog. */
export function createT(locale: Locale): Translate {
  return createCatalogT(catalogs, locale);
}

