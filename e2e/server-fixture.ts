// Starts the real backend in browser mode (the built CLI's `serve`) for a test, and stops it after.
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeCcmSet } from './support/ccm-set';

export const ROOT = join(__dirname, '..');
export const CLI = join(ROOT, 'dist', 'cli', 'cmlens.cjs');
export const OUTPUT = join(__dirname, 'output');
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
mkdirSync(OUTPUT, { recursive: true });

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

/** The bundled samples when the build ships them, else the CCM set the tests write. */
function samplePaths(): string[] {
  const dir = join(ROOT, 'assets', 'samples');
  if (existsSync(dir) && readdirSync(dir).length) return [dir];
  return [writeCcmSet()];
}

/** A corpus file, or null with a visible note when ../shared/corpus is not there. */
export function corpusFile(rel: string): string | null {
  const p = join(CORPUS, rel);
  if (existsSync(p)) return p;
  console.log(`*** corpus file ${rel} not found under ${CORPUS}: this part of the test is skipped ***`);
  return null;
}

export const test = base.extend<{ samples: Served }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this destructuring
  samples: async ({}, use) => {
    const s = await serve(samplePaths());
    await use(s);
    s.stop();
  },
});
export { expect } from '@playwright/test';
