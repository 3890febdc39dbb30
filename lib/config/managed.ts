import type { Translate } from '../i18n';
import { formatConfigError, parseConfigFile, type ConfigError } from './parse';
import { reminderSettingsSchema, type ReminderSettings } from './reminders';
import type { ContestConfig } from './schema';

/** The policy keys of PRODUCT.md §4.7, as the browser hands them to `storage.managed`. */
export const MANAGED_KEYS = ['config', 'configJson', 'locked', 'reminders'] as const;

/** A policy that passed validation: what the organisation sets. */
export interface ManagedValues {
  config?: ContestConfig;
  /** Default true: while the managed config is in force the user cannot import another one. */
  locked: boolean;
  /** The default reminder settings, used until the person saves their own. */
  reminders?: ReminderSettings;
  /** Identifies the managed config, so a user's override lasts only until the policy changes. */
  fingerprint?: string;
}

/** What the background keeps of the policy: none, a valid one, or an invalid one with the last valid one kept in force. */
export type ManagedState =
  | { state: 'none' }
  | { state: 'valid'; values: ManagedValues }
  | { state: 'invalid'; error: ConfigError; lastGood?: ManagedValues };

export type ParseManagedResult = { ok: true; values: ManagedValues } | { ok: false; error: ConfigError } | undefined;

const refuse = (key: ConfigError['key'], field: string): ParseManagedResult => ({ ok: false, error: { key, field, params: { field } } });

/** Validates the managed policy; the config goes through the very code of an imported file. Undefined when no policy is set. */
export function parseManagedPolicy(raw: Record<string, unknown>): ParseManagedResult {
  if (!MANAGED_KEYS.some((key) => raw[key] !== undefined)) return undefined;
  const { config, configJson, locked = true, reminders } = raw;
  if (typeof locked !== 'boolean') return refuse('config.error.notBoolean', 'locked');
  const values: ManagedValues = { locked };
  if (reminders !== undefined) {
    const parsed = reminderSettingsSchema.safeParse(reminders);
    if (!parsed.success) {
      const part = parsed.error.issues[0]?.path[0];
      if (part === 'enabled') return refuse('config.error.notBoolean', 'reminders.enabled');
      if (part === 'hour') return refuse('config.error.notHour', 'reminders.hour');
      return refuse('config.error.notGroup', 'reminders');
    }
    values.reminders = parsed.data;
  }
  // `configJson` (one registry string on Windows) is read only when `config` is absent.
  const text = config !== undefined ? JSON.stringify(config) : configJson;
  if (text === undefined) return { ok: true, values };
  if (typeof text !== 'string') return refuse('config.error.notText', 'configJson');
  const result = parseConfigFile(text);
  if (!result.ok) return result;
  return { ok: true, values: { ...values, config: result.config, fingerprint: JSON.stringify(result.config) } };
}

/** The state after the policy changed: an invalid policy keeps the last valid one in force (PRODUCT.md §4.7). */
export function getNextManagedState(previous: ManagedState, raw: Record<string, unknown>): ManagedState {
  const result = parseManagedPolicy(raw);
  if (result === undefined) return { state: 'none' };
  if (result.ok) return { state: 'valid', values: result.values };
  const lastGood = previous.state === 'valid' ? previous.values : previous.state === 'invalid' ? previous.lastGood : undefined;
  return lastGood ? { state: 'invalid', error: result.error, lastGood } : { state: 'invalid', error: result.error };
}

/** The policy values in force: the valid policy, or the last valid one while the policy is invalid. */
export function getManagedValues(state: ManagedState): ManagedValues | undefined {
  return state.state === 'valid' ? state.values : state.state === 'invalid' ? state.lastGood : undefined;
}

export type ConfigSource = 'managed' | 'user' | 'built-in';

/**
 * Which config is in force: the organisation's beats the user's, which beats the built-in one —
 * except a file the user imported while an unlocked managed config was in force (`override` holds
 * that config's fingerprint), which wins until the policy changes.
 */
export function chooseConfigSource(input: { managed: ManagedState; user?: ContestConfig; override?: string }): ConfigSource {
  const values = getManagedValues(input.managed);
  if (values?.config) {
    const userWins = !values.locked && input.user !== undefined && input.override === values.fingerprint;
    return userWins ? 'user' : 'managed';
  }
  return input.user ? 'user' : 'built-in';
}

/** "Cấu hình do đơn vị quản lý không hợp lệ: trường … — why", from the same error an imported file gets. */
export function formatManagedConfigError(error: ConfigError, t: Translate): string {
  const prefix = t('config.managed.invalid');
  const text = formatConfigError(error, t);
  const file = t('config.file.invalid');
  return text.startsWith(file) ? `${prefix}${text.slice(file.length)}` : `${prefix}: ${text}`;
}
