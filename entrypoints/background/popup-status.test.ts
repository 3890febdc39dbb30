import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { POPUP_STATUS_KEY, type PopupStatus } from '@/lib/messaging/protocol';
import { registerPopupStatus } from './popup-status';

const view = (name: string) => ({ contestName: name, rounds: [] }) as unknown as PopupStatus;
const stored = async () => (await fakeBrowser.storage.session.get(POPUP_STATUS_KEY))[POPUP_STATUS_KEY];

describe('registerPopupStatus', () => {
  // The fake browser has no permission events: keep the listeners to fire them by hand.
  let permissionListeners: Array<() => void>;
  beforeEach(() => {
    permissionListeners = [];
    const keep = (listener: () => void) => void permissionListeners.push(listener);
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(keep as never);
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(keep as never);
  });

  it('should keep the status ready in storage.session at start, with when it was built', async () => {
    registerPopupStatus(async () => view('A'), () => 1234);
    await vi.waitFor(async () => expect(await stored()).toEqual({ at: 1234, view: view('A') }));
  });

  it('should rebuild when an input changes, and not for a key the popup does not show', async () => {
    let name = 'A';
    const build = vi.fn(async () => view(name));
    registerPopupStatus(build, () => 1);
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ view: { contestName: 'A' } }));
    await fakeBrowser.storage.local.set({ portalGuard: {} });
    expect(build).toHaveBeenCalledTimes(1);
    name = 'B';
    await fakeBrowser.storage.local.set({ attemptsChangedAt: 2 });
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ view: { contestName: 'B' } }));
    name = 'C';
    await fakeBrowser.storage.sync.set({ 'taken:x': {} });
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ view: { contestName: 'C' } }));
    name = 'D';
    permissionListeners[1]!(); // a host permission removed: the endpoint and portal notices change
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ view: { contestName: 'D' } }));
  });

  it('should fold a burst of changes into one rebuild after the one running', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const build = vi.fn(async () => {
      await gate;
      return view('A');
    });
    const { publish } = registerPopupStatus(build, () => 1);
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1)); // the start's build is running
    for (let i = 0; i < 5; i++) publish();
    release();
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(build).toHaveBeenCalledTimes(2);
  });
});
