// Starts the real backend in browser mode (the built CLI's `serve`) for a test, and stops it after.
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const CLI = join(ROOT, 'dist', 'cli', 'cmlens.cjs');

export interface Served {
  url: string;
  proc: ChildProcess;
  stop(): void;
}

export function serve(paths: string[]): Promise<Served> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [CLI, 'serve', ...paths, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 30_000);
    proc.stderr!.on('data', (d) => (err += d));
    proc.stdout!.on('data', (d) => {
      buf += d;
      const m = /CMLens ready at (\S+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], proc, stop: () => proc.kill() });
      }
    });
    proc.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

/** A test with `served` pointing at the bundled samples unless the test opens its own. */
export const test = base.extend<{ samples: Served }>({
  samples: async ({}, use) => {
    const s = await serve([join(ROOT, 'assets', 'samples')]);
    await use(s);
    s.stop();
  },
});
export { expect } from '@playwright/test';
