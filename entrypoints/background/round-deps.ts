import { browser } from 'wxt/browser';
import { CONFIG_KEYS, type ActiveConfig } from '@/lib/config/storage';
import type { Locale } from '@/lib/i18n';

/** What the badge and the reminders read; functions so every run sees the current config, attempts and clock. */
export interface RoundDeps {
  getContestConfig: () => Promise<ActiveConfig>;
  /** Round number → zoned ISO start of this person's first attempt in it. */
  getTaken: (contestId: string) => Promise<Record<number, string>>;
  getLocale: () => Promise<Locale>;
  now: () => number;
}

// Storage keys that change what the badge and reminders show: the config in force (the file, the
// policy, the user's override) and the UI language (lib/config), and rounds taken in the person's
// other browsers (lib/attempts/mirror.ts).
const LOCAL_KEYS = new Set<string>([...CONFIG_KEYS, 'locale']);
const SYNC_PREFIX = 'taken:';

/** Calls `onChange` when the config, the language or the cross-device taken mirror changes. */
export function watchRoundInputs(onChange: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const keys = Object.keys(changes);
    const relevant = area === 'local' ? keys.some((key) => LOCAL_KEYS.has(key)) : area === 'sync' && keys.some((key) => key.startsWith(SYNC_PREFIX));
    if (relevant) onChange();
  });
}
