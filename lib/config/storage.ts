import { storage } from 'wxt/utils/storage';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/translate';
import { DEFAULT_CONFIG } from './defaults';
import { configFileSchema, type ContestConfig } from './schema';
import { profileSchema, type Profile } from './settings';

// Stored values are re-validated on every read: storage can hold what an older version wrote.
const configItem = storage.defineItem<unknown>('local:config');
const profileItem = storage.defineItem<unknown>('local:profile');
const localeItem = storage.defineItem<unknown>('local:locale');
const attemptsChangedItem = storage.defineItem<number>('local:attemptsChangedAt');

export interface ActiveConfig {
  config: ContestConfig;
  contest: ContestConfig['contest'];
  /** True when no department file was imported (or the stored one is unreadable). */
  builtIn: boolean;
}

/** The department config in force: the imported file, else the built-in 2022 edition. */
export async function getContestConfig(): Promise<ActiveConfig> {
  const stored = await configItem.getValue();
  if (stored !== null) {
    const parsed = configFileSchema.safeParse(stored);
    if (parsed.success) return { config: parsed.data, contest: parsed.data.contest, builtIn: false };
    console.warn('[hoithi] stored config is unreadable; using the built-in one', parsed.error.issues);
  }
  return { config: DEFAULT_CONFIG, contest: DEFAULT_CONFIG.contest, builtIn: true };
}

/** Stores an already validated config file. */
export async function saveContestConfig(config: ContestConfig): Promise<void> {
  await configItem.setValue(config);
}

/** Goes back to the built-in config. */
export async function resetContestConfig(): Promise<void> {
  await configItem.removeValue();
}

/** The person's profile, or undefined before it is first saved. */
export async function getProfile(): Promise<Profile | undefined> {
  const parsed = profileSchema.safeParse(await profileItem.getValue());
  return parsed.success ? parsed.data : undefined;
}

/** Stores an already validated profile. */
export async function saveProfile(profile: Profile): Promise<void> {
  await profileItem.setValue(profile);
}

/** The UI language: Vietnamese unless the user chose English in the options page. */
export async function getLocale(): Promise<Locale> {
  const value = await localeItem.getValue();
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function saveLocale(locale: Locale): Promise<void> {
  await localeItem.setValue(locale);
}

/** Tells every open portal page (they watch this key) that the attempt history changed. */
export async function markAttemptsChanged(at: number): Promise<void> {
  await attemptsChangedItem.setValue(at);
}
