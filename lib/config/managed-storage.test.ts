import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CONFIG } from './defaults';
import { getReminderSettingsInForce, syncManagedPolicy } from './managed-storage';
import { saveReminderSettings } from './reminders';
import type { ContestConfig } from './schema';
import { getContestConfig, resetContestConfig, saveContestConfig } from './storage';

const withId = (id: string): ContestConfig => {
  const config = structuredClone(DEFAULT_CONFIG);
  config.contest.id = id;
  return config;
};
let policy: Record<string, unknown> = {};
const sync = () => syncManagedPolicy(async () => policy);
const inForce = async () => {
  const { contest, source, locked, managedError } = await getContestConfig();
  return { id: contest.id, source, locked, error: managedError?.field };
};

/** Unlocked policy "org", the user imports a file (it wins), then the policy moves to "org-2". */
async function importUnderUnlockedPolicyThenChangeIt(): Promise<void> {
  policy = { config: withId('org'), locked: false };
  await sync();
  await saveContestConfig(withId('user'));
  expect(await inForce()).toMatchObject({ id: 'user', source: 'user' });
  policy = { config: withId('org-2'), locked: false };
  await sync();
}

describe('managed policy in storage', () => {
  it('should put the policy over the user file, keep it through an invalid one, and give the user file back on removal', async () => {
    await saveContestConfig(withId('user'));
    policy = { config: withId('org') };
    await sync();
    expect(await inForce()).toEqual({ id: 'org', source: 'managed', locked: true, error: undefined });

    policy = { config: { ...withId('broken'), endpoint: { url: 'http://example.gov.vn/r' } } };
    await sync();
    expect(await inForce()).toEqual({ id: 'org', source: 'managed', locked: true, error: 'endpoint.url' });

    policy = {};
    await sync();
    expect(await inForce()).toEqual({ id: 'user', source: 'user', locked: false, error: undefined });
  });

  it('should keep the policy in force when the managed area fails to answer', async () => {
    await saveContestConfig(withId('user'));
    policy = { config: withId('org') };
    await sync();
    await syncManagedPolicy(async () => undefined);
    expect(await inForce()).toEqual({ id: 'org', source: 'managed', locked: true, error: undefined });
  });

  it('should let an import under an unlocked policy win until the policy changes, and reset to the policy', async () => {
    await importUnderUnlockedPolicyThenChangeIt();
    expect(await inForce()).toMatchObject({ id: 'org-2', source: 'managed', locked: false });
    await saveContestConfig(withId('user'));
    await resetContestConfig();
    expect(await inForce()).toMatchObject({ id: 'org-2', source: 'managed' });
  });

  it('should not let the user file win again when the policy comes back to the config it overrode', async () => {
    await importUnderUnlockedPolicyThenChangeIt();
    policy = { config: withId('org'), locked: false };
    await sync();
    expect(await inForce()).toMatchObject({ id: 'org', source: 'managed' });
  });

  it('should write the state only when it changes, so watchers are not woken for nothing', async () => {
    policy = { config: withId('org') };
    await sync();
    await new Promise((resolve) => setTimeout(resolve, 10)); // the first write's own event
    const onChanged = vi.fn();
    fakeBrowser.storage.onChanged.addListener(onChanged);
    await sync();
    expect(onChanged).not.toHaveBeenCalled();
    policy = {};
    await sync();
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
  });

  it('should ignore an unreadable stored state', async () => {
    await fakeBrowser.storage.local.set({ managed: { state: 'valid', values: { locked: 'no' } } });
    expect(await inForce()).toEqual({ id: DEFAULT_CONFIG.contest.id, source: 'built-in', locked: false, error: undefined });
  });

  it("should use the policy's reminders until the person saves their own", async () => {
    policy = { reminders: { enabled: false, hour: 6 } };
    await sync();
    expect(await getReminderSettingsInForce()).toEqual({ enabled: false, hour: 6 });
    await saveReminderSettings({ enabled: true, hour: 9 });
    expect(await getReminderSettingsInForce()).toEqual({ enabled: true, hour: 9 });
  });
});
