// Guards that read the code and the build config: a setting weakened anywhere fails here, even in a file
// no other test imports. Reads the sources always, and the built bundles when `npm run build` made them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../server/csp';

const root = join(__dirname, '..', '..');

function filesUnder(dir: string, exts: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, exts));
    else if (exts.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

const sources = ['electron', 'renderer', 'shared'].flatMap((d) => filesUnder(join(root, d), /\.(ts|tsx|mts|cts)$/));
const bundles = filesUnder(join(root, 'dist', 'electron'), /\.cjs$/);

/** Patterns that must appear nowhere: each weakens the sandbox or opens a path from the page to Node. */
const FORBIDDEN: [string, RegExp][] = [
  ['nodeIntegration enabled', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*(true|!0)\b/],
  ['contextIsolation disabled', /contextIsolation\s*:\s*(false|!1)\b/],
  ['sandbox disabled', /\bsandbox\s*:\s*(false|!1)\b/],
  ['webSecurity disabled', /webSecurity\s*:\s*(false|!1)\b/],
  ['insecure content allowed', /allowRunningInsecureContent\s*:\s*(true|!0)\b/],
  ['webview tag enabled', /webviewTag\s*:\s*(true|!0)\b/],
  ['remote module', /enableRemoteModule|@electron\/remote/],
  ['sandbox switched off by flag', /no-sandbox|disable-web-security/],
];

describe('no source or bundle weakens the Electron sandbox', () => {
  it('finds the files it checks', () => {
    expect(sources.map((f) => relative(root, f))).toContain(join('electron', 'main', 'main.ts'));
  });
  for (const [what, re] of FORBIDDEN) {
    it(`no ${what}`, () => {
      const hits = [...sources, ...bundles].filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
      expect(hits).toEqual([]);
    });
  }
});

describe('IPC has one door', () => {
  const ipcUse = (re: RegExp) => sources.filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
  it('only main.ts registers IPC handlers, and only on the contract\'s channels', () => {
    expect(ipcUse(/ipcMain\s*\.\s*(handle|on|once|handleOnce|addListener)\s*\(/)).toEqual([join('electron', 'main', 'main.ts')]);
    const main = readFileSync(join(root, 'electron', 'main', 'main.ts'), 'utf8');
    const channels = [...main.matchAll(/ipcMain\s*\.\s*\w+\s*\(\s*([^,]+),/g)].map((m) => m[1].trim());
    expect(channels.sort()).toEqual(['IPC_CALL_CHANNEL', 'IPC_READY_CHANNEL']);
  });
  it('only the preload touches ipcRenderer or contextBridge', () => {
    expect(ipcUse(/\b(ipcRenderer|contextBridge)\b/)).toEqual([join('electron', 'preload', 'preload.ts')]);
  });
  it('only main.ts opens external links (behind the allow-list decision)', () => {
    expect(ipcUse(/shell\s*\.\s*openExternal/)).toEqual([join('electron', 'main', 'main.ts')]);
  });
  it('the renderer never evaluates strings as code', () => {
    const renderer = sources.filter((f) => f.includes(`${join(root, 'renderer')}`));
    expect(renderer.filter((f) => /\beval\s*\(|new\s+Function\s*\(|dangerouslySetInnerHTML/.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f))).toEqual([]);
  });
});

describe('build settings', () => {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const fuses = Object.fromEntries([...(yml.split(/^electronFuses:\s*$/m)[1] ?? '').matchAll(/^ {2}(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true']));
  it('sets the Electron fuses: no RunAsNode, no NODE_OPTIONS, no --inspect, asar only and checked', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('the page carries a strict CSP: no inline or eval script, nothing remote', () => {
    for (const html of [join(root, 'renderer', 'index.html'), join(root, 'dist', 'renderer', 'index.html')].filter(existsSync)) {
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(readFileSync(html, 'utf8'));
      expect(meta, html).not.toBeNull();
      const csp = meta![1];
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:\/\/(?!127\.0\.0\.1|localhost)|\*(?!;| )/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/base-uri 'none'/);
    }
  });

  it('the server\'s CSP header is as strict', () => {
    const csp = contentSecurityPolicy('ws://127.0.0.1:1234');
    expect(csp).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self' ws://127.0.0.1:1234; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'");
  });
});
