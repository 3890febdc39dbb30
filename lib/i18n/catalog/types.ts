/** One catalog entry: the Vietnamese text first, English second. */
export interface Entry {
  vi: string;
  en: string;
}
export type Catalog = Record<string, Entry>;
