import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { canonicalJson } from '../json/canonical';
import { getManagedValues, getNextManagedState, type ManagedState } from './managed';
import type { ConfigError } from './parse';
import { getReminderSettings, reminderSettingsSchema, type ReminderSettings } from './reminders';
import { configFileSchema } from './schema';

// The background's view of the policy (read from storage.managed, validated, the last valid one kept)
// and the fingerprint of the managed config a user's import overrides. Pages and the worker read both.
export const MANAGED_STATE_KEY = 'managed';
const stateItem = storage.defineItem<unknown>(`local:${MANAGED_STATE_KEY}`);
const overrideItem = storage.defineItem<string>('local:configOverride');

const valuesSchema = z.object({
  config: z.optional(configFileSchema),
  locked: z.boolean(),
  reminders: z.optional(reminderSettingsSchema),
  fingerprint: z.optional(z.string()),
});
const errorSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])), field: z.optional(z.string()) });
const stateSchema = z.union([
  z.object({ state: z.literal('none') }),
  z.object({ state: z.literal('valid'), values: valuesSchema }),
  z.object({ state: z.literal('invalid'), error: errorSchema, lastGood: z.optional(valuesSchema) }),
]);

/** The policy state last seen by the background; none when nothing (readable) is stored. */
export async function getManagedState(): Promise<ManagedState> {
  const stored = await stateItem.getValue();
  if (stored === null) return { state: 'none' };
  const parsed = stateSchema.safeParse(stored);
  if (parsed.success) return parsed.data as ManagedState & { error?: ConfigError };
  console.warn('[hoithi] stored policy state is unreadable; ignoring it', parsed.error.issues);
  return { state: 'none' };
}

/**
 * Reads the policy (`storage.managed`), validates it and stores the new state when it changed;
 * call at every worker start and on `storage.onChanged` for the `managed` area. A read that gives
 * undefined (the area failed to answer) changes nothing.
 */
export async function syncManagedPolicy(readPolicy: () => Promise<Record<string, unknown> | undefined>): Promise<ManagedState> {
  const [previous, raw] = await Promise.all([getManagedState(), readPolicy()]);
  // The policy could not be read: what is in force stays, as for an invalid one.
  if (raw === undefined) return previous;
  const next = getNextManagedState(previous, raw);
  // Written only on a change (compared without key order, which storage does not keep): every
  // write wakes the badge, the reminders and the open pages.
  if (canonicalJson(next) !== canonicalJson(previous)) await stateItem.setValue(next);
  // A user's file wins over an unlocked policy only until the policy's config changes (PRODUCT.md
  // §4.7): once it has, the override is gone, so the same config coming back later does not revive it.
  const before = getManagedValues(previous)?.fingerprint;
  const after = getManagedValues(next)?.fingerprint;
  if (before !== undefined && after !== before && (await overrideItem.getValue()) !== null) await overrideItem.removeValue();
  return next;
}

export async function getOverride(): Promise<string | undefined> {
  return (await overrideItem.getValue()) ?? undefined;
}

export async function setOverride(fingerprint: string): Promise<void> {
  await overrideItem.setValue(fingerprint);
}

export async function removeOverride(): Promise<void> {
  await overrideItem.removeValue();
}

/** The person's own reminder settings, else the organisation's defaults (`reminders` of the policy), else 08:00 on. */
export async function getReminderSettingsInForce(): Promise<ReminderSettings> {
  const managed = getManagedValues(await getManagedState())?.reminders;
  return managed ? getReminderSettings(managed) : getReminderSettings();
}
