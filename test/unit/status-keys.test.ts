import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '@/lib/config/storage';
import { STATUS_KEYS } from '@/lib/messaging/protocol';

// The popup and the background follow STATUS_KEYS, written out so the popup does not bundle lib/config.
describe('STATUS_KEYS', () => {
  it('should name every key that can change the config in force', () => {
    for (const key of CONFIG_KEYS) expect(STATUS_KEYS).toContain(key);
  });
});
