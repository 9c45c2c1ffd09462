// The process layout, read from the sources: main keeps the window and relays; the backend (LogService and all
// under it) runs in its own process and never touches Electron, IPC or a renderer. A file that breaks the
// layout fails here even where no behaviour test would notice.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function tsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return tsUnder(p);
    return /\.ts$/.test(n) && !/\.test\.ts$/.test(n) ? [p] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('process layout', () => {
  it('main imports from the backend only the relay and small helpers, never LogService', () => {
    // save-export: writes an export's pulled text to the file the save dialog named (the dialog is main's).
    // backend-env: the environment the backend process starts with (main.ts passes it to the utilityProcess).
    const allowed = ['../backend/host/backend-relay', '../backend/app-paths', '../backend/error-log', '../backend/dispatch-call', '../backend/export/save-export', '../backend/host/backend-env'];
    const found = tsUnder(join(root, 'electron', 'main')).flatMap((f) =>
      importsOf(f).filter((i) => i.startsWith('../backend/') && !allowed.includes(i)).map((i) => `${relative(root, f)} → ${i}`),
    );
    expect(found).toEqual([]);
  });

  it('the backend never imports Electron: it cannot see a renderer, IPC or a window', () => {
    const found = tsUnder(join(root, 'electron', 'backend')).filter((f) => importsOf(f).includes('electron')).map((f) => relative(root, f));
    expect(found).toEqual([]);
  });

  it('the backend entry is what the Electron and Node adapters start, and the build emits it beside each bundle', () => {
    const build = readFileSync(join(root, 'scripts', 'build.mjs'), 'utf8');
    expect(build).toMatch(/electron\/backend\/host\/backend-entry\.ts[\s\S]*outfile: `\$\{out\}\/backend\.cjs`/);
    expect(readFileSync(join(root, 'electron', 'main', 'main.ts'), 'utf8')).toMatch(/utilityProcess\.fork\(join\(__dirname, 'backend\.cjs'\)/);
    expect(readFileSync(join(root, 'electron', 'backend', 'host', 'fork-backend.ts'), 'utf8')).toMatch(/join\(__dirname, 'backend\.cjs'\)/);
  });

  it('both adapters start the backend with its own environment (backend-env.ts: two malloc arenas)', () => {
    for (const file of [join('electron', 'backend', 'host', 'fork-backend.ts'), join('electron', 'main', 'main.ts')]) {
      expect(readFileSync(join(root, file), 'utf8'), file).toMatch(/\bfork\(.*\benv: backendEnv\(\)/);
    }
  });
});
