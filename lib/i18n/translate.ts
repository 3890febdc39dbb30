import type { Catalog } from './catalog/types';

/** Supported UI locales; Vietnamese is the default whatever the browser's language (PRODUCT.md §5). */
export type Locale = 'vi' | 'en';
export const DEFAULT_LOCALE: Locale = 'vi';
export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing parameter is noticed. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A translator over one catalog only: the content script bundles just its own words, not the
 * whole extension's (its size budget is 10 KB gzip).
 */
export function createCatalogT<C extends Catalog>(catalog: C, locale: Locale) {
  // A key missing from a context's catalogs shows itself instead of breaking the page.
  return (key: keyof C & string, params?: MessageParams): string => formatMessage(catalog[key]?.[locale] ?? key, params);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}
