import { common } from './catalog/common';
import { config } from './catalog/config';
import { options } from './catalog/options';
import { popup } from './catalog/popup';

/** Supported UI locales; Vietnamese is the default whatever the browser's language (PRODUCT.md §5). */
export type Locale = 'vi' | 'en';
export const DEFAULT_LOCALE: Locale = 'vi';

// Each catalog maps a key to its Vietnamese and English text; `{name}` marks a parameter.
const catalogs = { ...common, ...config, ...popup, ...options };

export type MessageKey = keyof typeof catalogs;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing parameter is noticed. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Returns a translator bound to one locale. */
export function createT(locale: Locale): Translate {
  return (key, params) => formatMessage(catalogs[key][locale], params);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}
