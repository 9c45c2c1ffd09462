// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's chromium on the PATH, else
// Playwright's own download. None: fail loudly (never skip silently).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      /* not on PATH */
    }
  }
  const own = chromium.executablePath();
  if (own && existsSync(own)) return own;
  throw new Error('No Chromium found for the e2e tests: install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH');
}

/** Flags for a closed network and root in CI: no background connections, no sandbox (root), no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
