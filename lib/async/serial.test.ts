import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial';

describe('createSerialQueue', () => {
  it('should run tasks one after another, in order, and go on after a failure', async () => {
    const serially = createSerialQueue();
    const log: string[] = [];
    const slow = serially(async () => {
      await new Promise((r) => setTimeout(r, 20));
      log.push('slow');
    });
    const failing = serially(async () => {
      log.push('failing');
      throw new Error('boom');
    });
    const fast = serially(async () => log.push('fast'));
    await Promise.allSettled([slow, failing, fast]);
    await expect(failing).rejects.toThrow('boom');
    expect(log).toEqual(['slow', 'failing', 'fast']);
  });
});
