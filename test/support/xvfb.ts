// A virtual display for headed Chromium, so a test can answer a real browser prompt with the keyboard
// (xdotool), as FACTS.md describes. Stopped by its own PID.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface VirtualDisplay {
  display: string;
  /** Presses keys in the focused window, e.g. `['Tab', 'Return']` to answer "Allow". */
  keys(...keys: string[]): void;
  stop(): void;
}

/** Starts Xvfb on the first free display from :113. */
export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  let n = 113;
  while (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) n += 1;
  const display = `:${n}`;
  const xvfb: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(`/tmp/.X11-unix/X${n}`)) {
    xvfb.kill();
    throw new Error(`Xvfb did not start on ${display}`);
  }
  return {
    display,
    keys: (...keys) => {
      const run = spawnSync('xdotool', ['key', ...keys], { env: { ...process.env, DISPLAY: display } });
      if (run.status !== 0) throw new Error(`xdotool failed: ${run.stderr.toString()}`);
    },
    stop: () => {
      if (xvfb.pid !== undefined) process.kill(xvfb.pid);
    },
  };
}
