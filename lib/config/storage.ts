import { storage } from 'wxt/utils/storage';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/translate';
import { DEFAULT_CONFIG } from './defaults';
import { chooseConfigSource, getManagedValues, type ConfigSource } from './managed';
import { getManagedState, getOverride, MANAGED_STATE_KEY, removeOverride, setOverride } from './managed-storage';
import type { ConfigError } from './parse';
import { configFileSchema, type ContestConfig } from './schema';
import { profileSchema, type Profile } from './settings';

// Stored values are re-validated on every read: storage can hold what an older version wrote.
const configItem = storage.defineItem<unknown>('local:config');
const profileItem = storage.defineItem<unknown>('local:profile');
const localeItem = storage.defineItem<unknown>('local:locale');
const attemptsChangedItem = storage.defineItem<number>('local:attemptsChangedAt');

/** storage.local keys whose change can change the config in force (the file, the policy, the user's override). */
export const CONFIG_KEYS = ['config', MANAGED_STATE_KEY, 'configOverride'] as const;

/** True when a storage.local change can alter what getContestConfig returns. */
export function changesConfig(changes: Record<string, unknown>): boolean {
  return CONFIG_KEYS.some((key) => key in changes);
}

export interface ActiveConfig {
  config: ContestConfig;
  contest: ContestConfig['contest'];
  /** True when neither the organisation's policy nor an imported file is in force. */
  builtIn: boolean;
  source: ConfigSource;
  /** The organisation's config is in force and the user may not import another (PRODUCT.md §4.7). */
  locked: boolean;
  /** The organisation sets a config, whether or not the user's own overrides it. */
  managedConfig: boolean;
  /** The policy is invalid: not used, and this says why. */
  managedError?: ConfigError;
}

async function getUserConfig(): Promise<ContestConfig | undefined> {
  const stored = await configItem.getValue();
  if (stored === null) return undefined;
  const parsed = configFileSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn('[hoithi] stored config is unreadable; using the built-in one', parsed.error.issues);
  return undefined;
}

/** The config in force: the organisation's policy, else the imported file, else the built-in 2022 edition. */
export async function getContestConfig(): Promise<ActiveConfig> {
  const [user, managed, override] = await Promise.all([getUserConfig(), getManagedState(), getOverride()]);
  const source = chooseConfigSource({ managed, user, override });
  const values = getManagedValues(managed);
  const config = source === 'managed' ? values!.config! : source === 'user' ? user! : DEFAULT_CONFIG;
  const active: ActiveConfig = {
    config,
    contest: config.contest,
    builtIn: source === 'built-in',
    source,
    locked: source === 'managed' && values!.locked,
    managedConfig: values?.config !== undefined,
  };
  if (managed.state === 'invalid') active.managedError = managed.error;
  return active;
}

/**
 * Stores an already validated config file. Imported while an unlocked managed config is in force,
 * it wins over that config until the policy changes.
 */
export async function saveContestConfig(config: ContestConfig): Promise<void> {
  const fingerprint = getManagedValues(await getManagedState())?.fingerprint;
  await (fingerprint ? setOverride(fingerprint) : removeOverride());
  await configItem.setValue(config);
}

/** Drops the imported file: the organisation's config, or the built-in one, is back. */
export async function resetContestConfig(): Promise<void> {
  await removeOverride();
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
