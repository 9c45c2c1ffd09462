// Issue 14 item 7: the installer does what it says. The packaged app is rebuilt here the way electron-builder
// lays it out: app.asar from electron-builder.yml's own `files` (with extraMetadata applied to package.json) by
// @electron/asar, and its `asarUnpack` files beside it in app.asar.unpacked. Then every file a bundle finds
// through `join(__dirname, …)` must be in the archive, the index worker (worker threads cannot read an asar) must
// be unpacked exactly where file-indexer.ts looks for it, and it must run there, WebAssembly scanner included.
// Also: Windows file associations need nsis.perMachine (electron-builder's FileAssociation docs).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { createPackageWithOptions, extractFile, listPackage } from '@electron/asar';
import { createRequire } from 'node:module';
import { minimatch } from 'minimatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexFile } from '../backend/index/file-indexer';
import { workerScriptBeside } from '../backend/worker-script';
import { cmtraceText } from '../../test/support/index/synthetic-logs';

const root = join(__dirname, '..', '..');
// electron-builder's own YAML reader (js-yaml, installed with it; it ships no types).
const { load } = createRequire(__filename)('js-yaml') as { load(text: string): unknown };
interface BuilderConfig {
  files: string[];
  asarUnpack?: string[];
  extraMetadata?: Record<string, unknown>;
  asar?: boolean;
  fileAssociations?: { ext: string }[];
  nsis?: { perMachine?: boolean; oneClick?: boolean };
}
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const BUNDLES = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/backend.cjs', 'dist/electron/index-worker.js', 'dist/renderer/index.html'];

const work = mkdtempSync(join(tmpdir(), 'cmlens-asar-'));
const resources = join(work, 'resources'); // what electron-builder writes beside CMLens.exe
const asarPath = join(resources, 'app.asar');
let inArchive: Set<string>;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [relative(root, p).split(/[\\/]/).join('/')];
  });
}

beforeAll(async () => {
  // npm test builds before the unit tests; a lone vitest run builds here.
  if (!BUNDLES.every((b) => existsSync(join(root, b)))) {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    expect(r.status).toBe(0);
  }
  const stage = join(work, 'app');
  const candidates = ['package.json', ...['dist', 'assets'].flatMap((d) => walk(join(root, d)))];
  for (const f of candidates.filter((f) => config.files.some((g) => minimatch(f, g, { dot: true })))) {
    mkdirSync(dirname(join(stage, f)), { recursive: true });
    cpSync(join(root, f), join(stage, f));
  }
  const pkg = { ...JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')), ...config.extraMetadata };
  writeFileSync(join(stage, 'package.json'), JSON.stringify(pkg));
  mkdirSync(resources);
  const unpack = (config.asarUnpack ?? []).map((g) => posix.join(stage.split('\\').join('/'), g));
  await createPackageWithOptions(stage, asarPath, unpack.length ? { unpack: unpack.length > 1 ? `{${unpack.join(',')}}` : unpack[0] } : {});
  inArchive = new Set(listPackage(asarPath, { isPack: false }).map((p) => p.split('\\').join('/').replace(/^\//, '')));
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Where a path inside the app is found at run time: in the archive, or unpacked beside it (electron reads both). */
const inApp = (p: string) => inArchive.has(p) || existsSync(join(resources, 'app.asar.unpacked', p));

describe('the packaged app (app.asar from electron-builder.yml)', () => {
  it('is an asar holding the bundles, the page, the samples and the icon', () => {
    expect(config.asar).toBe(true);
    for (const b of BUNDLES) expect(inApp(b), b).toBe(true);
    expect(inArchive.has('assets/icon.png')).toBe(true);
    expect([...inArchive].some((p) => p.startsWith('assets/samples/') && p.endsWith('.log'))).toBe(true);
    // No source, tests or node_modules ride along: the bundles are self-contained.
    expect([...inArchive].filter((p) => /(^|\/)node_modules\/|\.test\.|^(electron|shared|renderer)\//.test(p))).toEqual([]);
  });

  it("package.json's main (after extraMetadata) is in the archive, and names the app packageRoot() looks for", () => {
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8'));
    expect(pkg.name).toBe('cmlens');
    expect(inArchive.has(posix.normalize(pkg.main))).toBe(true);
  });

  it('every file a bundle opens beside itself (join(__dirname, …)) is in the app', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const bundle of BUNDLES.filter((b) => b.endsWith('js'))) {
      const code = readFileSync(join(root, bundle), 'utf8');
      for (const m of code.matchAll(/join\)\(__dirname,\s*((?:"[^"]*"\s*,?\s*)+)\)/g)) {
        const parts = [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
        if (parts.some((p) => /\.ts$/.test(p))) continue; // the from-sources fallback (tsx), never taken when bundled
        const target = posix.normalize(posix.join(posix.dirname(bundle), ...parts));
        seen++;
        if (!inApp(target)) missing.push(`${bundle} → ${target}`);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(2); // backend.cjs, preload.cjs at least
    expect(missing).toEqual([]);
  });

  it('every worker a bundle starts (workerScriptBeside(__dirname, …)) is unpacked: worker threads cannot read an asar', () => {
    const workers = BUNDLES.filter((b) => b.endsWith('js')).flatMap((bundle) =>
      [...readFileSync(join(root, bundle), 'utf8').matchAll(/workerScriptBeside\)?\(__dirname,\s*"([^"]+)"\)/g)].map((m) => posix.join(posix.dirname(bundle), `${m[1]}.js`)),
    );
    expect(workers).toContain('dist/electron/index-worker.js');
    for (const w of workers) expect(existsSync(join(resources, 'app.asar.unpacked', w)), w).toBe(true);
  });

  it('the index worker is unpacked where file-indexer looks for it from inside the asar, and runs there', async () => {
    const script = workerScriptBeside(join(asarPath, 'dist', 'electron'), 'index-worker');
    expect(script).toEqual({ file: join(resources, 'app.asar.unpacked', 'dist', 'electron', 'index-worker.js'), eval: false });
    // Worker threads read scripts from the real file system: the unpacked copy is a plain file.
    expect(statSync(script.file).isFile()).toBe(true);
    // The WebAssembly scanners are embedded in the bundle (no .wasm file to find at run time).
    const bundle = readFileSync(script.file, 'utf8');
    expect(bundle).toMatch(/AGFzbQ/); // base64 of "\0asm", a WebAssembly module's magic
    expect([...inArchive].filter((p) => p.endsWith('.wasm'))).toEqual([]);
    // A log big enough to be indexed by workers (over IN_THREAD_BYTES), through the packaged worker.
    const log = join(work, 'WUAHandler.log');
    writeFileSync(log, '\ufeff' + cmtraceText(80_000, { seed: 7, multiLineEvery: 40 }));
    expect(statSync(log).size).toBeGreaterThan(8 << 20);
    const packaged = await indexFile(log, { workers: 2, workerScript: script });
    const fromSources = await indexFile(log, { workers: 2 });
    expect(packaged.index.count).toBeGreaterThan(70_000);
    expect(packaged.index.count).toBe(fromSources.index.count);
    expect(packaged.index.offset(packaged.index.count - 1)).toBe(fromSources.index.offset(fromSources.index.count - 1));
  });

  it('registers .log and .lo_ on Windows: NSIS installs per machine, as electron-builder requires for associations', () => {
    expect(config.fileAssociations?.map((a) => a.ext).sort()).toEqual(['lo_', 'log']);
    expect(config.nsis?.perMachine).toBe(true);
  });
});
