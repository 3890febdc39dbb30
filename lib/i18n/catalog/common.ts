import type { Catalog } from './types';

export const common = {
  appName: { vi: 'Hội thi CCHC', en: 'CCHC Contest' },
} satisfies Catalog;
