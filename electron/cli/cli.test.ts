// The CLI against the outside contract (../shared/docs/contract.md), run as users run it: the built bundle.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../test/support/zip-writer';
import { CORPUS_DIR, corpusFiles, hasCorpus } from '../../test/support/corpus';
import { parseBytes } from '../../shared/formats/parse';
import { formatIso } from '../../shared/model/time';
import { sampleClientLogs } from '../../scripts/samples/sample-client-logs';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'cmlens.cjs');
let dir: string;

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const ndjson = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

const cm = (text: string, time: string, date: string, comp: string, type: number, thread: number, bias = '+300') =>
  `<![LOG[${text}]LOG]!><time="${time}${bias}" date="${date}" component="${comp}" context="" type="${type}" thread="${thread}" file="wuahandler.cpp:100">`;

beforeAll(() => {
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--no-renderer'], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error(b.stderr);
  dir = mkdtempSync(join(tmpdir(), 'cmlens-cli-'));
  writeFileSync(
    join(dir, 'WUAHandler.log'),
    '\ufeff' +
      [
        cm('Its a WSUS Update Source type ({E6F4A4E1-0000-4E4B-9F3C-7D0C0E0A1B2C}), adding it.', '10:00:00.000', '11-24-2026', 'WUAHandler', 1, 4120),
        cm('First line\r\nsecond line', '10:00:01.250', '11-24-2026', 'WUAHandler', 2, 4120),
        cm('OnSearchComplete - Failed to end search job. Error = 0x80244021.', '10:00:03.000', '11-24-2026', 'WUAHandler', 3, 4120),
      ].join('\r\n') +
      '\r\n',
  );
  writeFileSync(join(dir, 'Europe.log'), cm('written in Berlin', '11:00:00.000', '11-24-2026', 'ScanAgent', 1, 7, '-60') + '\r\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cmlens detect', () => {
  it('names format and encoding', () => {
    const r = run('detect', join(dir, 'WUAHandler.log'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ format: 'cmtrace', encoding: 'utf-8-bom' });
  });
  it('reads UTF-16LE logs', () => {
    const p = join(dir, 'u16.log');
    writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cm('x', '10:00:00.000', '11-24-2026', 'C', 1, 1) + '\r\n', 'utf16le')]));
    expect(JSON.parse(run('detect', p).stdout)).toEqual({ format: 'cmtrace', encoding: 'utf-16le' });
  });
  it('refuses an empty file, a binary one and a missing one, one line each, and still names the good one', () => {
    writeFileSync(join(dir, 'empty.log'), '');
    writeFileSync(join(dir, 'setup.exe'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)));
    const r = run('detect', join(dir, 'empty.log'), join(dir, 'setup.exe'), join(dir, 'nope.log'), join(dir, 'WUAHandler.log'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `cmlens: ${join(dir, 'empty.log')}: empty file`,
      `cmlens: ${join(dir, 'setup.exe')}: not a text log (binary content)`,
      `cmlens: ${join(dir, 'nope.log')}: no such file or folder (deleted or moved?)`,
    ]);
    expect(ndjson(r.stdout)).toEqual([{ format: 'cmtrace', encoding: 'utf-8-bom' }]);
  });
  it.runIf(hasCorpus)('knows the corpus WindowsUpdate.log of Windows 7 and 10', () => {
    expect(JSON.parse(run('detect', join(CORPUS_DIR, 'windowsupdate-legacy/rkudache-windowsupdate-win7.log')).stdout).format).toBe('windowsupdate-legacy');
    expect(JSON.parse(run('detect', join(CORPUS_DIR, 'windowsupdate-10/findingsanity-windowsupdate.log')).stdout).format).toBe('windowsupdate-10');
  });
});

describe('cmlens cat --json', () => {
  it('gives every entry with the writer offset, severity, thread and joined multi-line text', () => {
    const r = run('cat', join(dir, 'WUAHandler.log'), '--json');
    expect(r.status).toBe(0);
    const e = ndjson(r.stdout);
    expect(e).toHaveLength(3);
    expect(e[0]).toMatchObject({ source: join(dir, 'WUAHandler.log'), line: 1, time: '2026-11-24T10:00:00.000-05:00', component: 'WUAHandler', thread: 4120, severity: 'info' });
    expect(e[1]).toMatchObject({ line: 2, severity: 'warning', text: 'First line\nsecond line', time: '2026-11-24T10:00:01.250-05:00' });
    expect(e[2]).toMatchObject({ line: 4, severity: 'error' });
  });
  it('turns a negative bias into an east-of-UTC offset', () => {
    const [e] = ndjson(run('cat', join(dir, 'Europe.log'), '--json').stdout);
    expect(e.time).toBe('2026-11-24T11:00:00.000+01:00');
  });
  it('reads zips inside zips without extracting, naming each step with !/', () => {
    const inner = buildZip([{ name: 'Windows/CCM/Logs/ScanAgent.log', data: cm('inside', '09:00:00.000', '11-24-2026', 'ScanAgent', 1, 9) + '\r\n' }]);
    const outer = join(dir, 'bundle', 'Logs.zip');
    mkdirSync(join(dir, 'bundle'));
    writeFileSync(outer, buildZip([{ name: 'client/inner.zip', data: inner, method: 'store' }]));
    const e = ndjson(run('cat', outer, '--json').stdout);
    expect(e).toEqual([expect.objectContaining({ source: `${outer}!/client/inner.zip!/Windows/CCM/Logs/ScanAgent.log`, line: 1, text: 'inside' })]);
  });
  it('reports a missing path on stderr with exit 2 and still prints the others', () => {
    const missing = join(dir, 'nope', 'X.log');
    const r = run('cat', missing, join(dir, 'Europe.log'), '--json');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(missing)]);
    expect(ndjson(r.stdout)).toHaveLength(1);
  });
  it('refuses a binary file with a clear message', () => {
    const p = join(dir, 'binary.log');
    writeFileSync(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const r = run('cat', p, '--json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/binary/);
  });
});

describe('cmlens cat streams through the index', () => {
  const expected = (bytes: Buffer, name: string, source: string) =>
    parseBytes(bytes, name).entries.map((e) => ({ source, line: e.line, time: formatIso(e), component: e.component, thread: e.thread, severity: e.severity, text: e.text }));

  it.runIf(hasCorpus)("gives the parser's entries for every corpus log, on disk and inside a zip", () => {
    const files = corpusFiles();
    const zip = join(dir, 'corpus.zip');
    writeFileSync(zip, buildZip(files.map((f) => ({ name: `c/${f.file.replace(/\//g, '_')}`, data: readFileSync(f.path) }))));
    for (const f of files) {
      const bytes = readFileSync(f.path);
      const onDisk = run('cat', f.path, '--json');
      expect(ndjson(onDisk.stdout), f.file).toEqual(expected(bytes, basename(f.path), f.path));
    }
    const inZip = ndjson(run('cat', zip, '--json').stdout);
    const want = files.flatMap((f) => expected(readFileSync(f.path), basename(f.path), `${zip}!/c/${f.file.replace(/\//g, '_')}`));
    expect(inZip.length).toBe(want.length);
    expect(inZip).toEqual(want);
  });

  it('prints a log bigger than its read window entry by entry, in order', () => {
    const p = join(dir, 'Big.log');
    const lines: string[] = [];
    for (let i = 0; i < 120_000; i++) lines.push(cm(`entry ${i} ${'x'.repeat(i % 97)}`, '10:00:00.000', '11-24-2026', 'WUAHandler', 1 + (i % 3), i % 50));
    writeFileSync(p, lines.join('\r\n') + '\r\n');
    const e = ndjson(run('cat', p, '--json').stdout);
    expect(e).toHaveLength(120_000);
    expect(e.every((x: { text: string }, i: number) => x.text.startsWith(`entry ${i} `))).toBe(true);
    expect(e).toEqual(expected(readFileSync(p), 'Big.log', p));
  });
});

describe('cmlens stats', () => {
  it('reports the index of one file', () => {
    const s = JSON.parse(run('stats', join(dir, 'WUAHandler.log')).stdout);
    expect(s).toMatchObject({ format: 'cmtrace', encoding: 'utf-8-bom', entries: 3, lines: 4 });
    expect(s.bytes).toBeGreaterThan(300);
    expect(typeof s.indexMs).toBe('number');
    expect(typeof s.indexBytes).toBe('number');
  });
});

describe('cmlens lookup', () => {
  it.each(['0x80244021', '80244021', '-2145107935', '2149859361'])('reads %s as WU_E_PT_HTTP_STATUS_BAD_GATEWAY', (code) => {
    const r = run('lookup', code);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('WU_E_PT_HTTP_STATUS_BAD_GATEWAY');
    expect(r.stdout).toContain('#guide/scan.wua.proxy');
  });
  it.each([
    ['0x800B0101', 'CERT_E_EXPIRED', '#guide/scan.wua.certificate'],
    ['800710dd', 'ERROR_INVALID_OPERATION', null],
    ['-2146233078', 'COR_E_SECURITY', null],
    ['1603', 'ERROR_INSTALL_FAILURE', '#guide/update.install.msi'],
  ])('reads %s as %s from the family tables', (code, name, guide) => {
    const r = run('lookup', code);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^0x[0-9A-F]{8}  ${name}$`));
    if (guide) expect(r.stdout).toContain(guide);
    else expect(r.stdout).not.toContain('#guide/');
  });
  it('refuses what is not a code', () => {
    const r = run('lookup', 'banana');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('banana');
  });
});

describe.runIf(hasCorpus)('cmlens diagnose on the corpus, under the files\' own names', () => {
  const diag = (rel: string) => JSON.parse(run('diagnose', join(CORPUS_DIR, rel), '--json').stdout);
  it('reads a renamed Windows 10 WindowsUpdate.log failing on name resolution as a proxy problem', () => {
    const d = diag('windowsupdate-10/reeceketley-windowsupdate-offline.log');
    expect(d.verdict).toBe('failed');
    expect(d.diagnoses[0]).toMatchObject({ section: 'scan.wua.proxy', errorCode: '0x8024402C' });
  });
  it('lists the Windows 7 WSUS timeouts as failed earlier cycles behind a healthy last scan', () => {
    const d = diag('windowsupdate-legacy/rsasbeih-windowsupdate-wsus-timeout.log');
    expect(d.verdict).toBe('healthy');
    expect(d.cycles.some((c: { verdict: string; diagnoses: { section: string }[] }) => c.verdict === 'failed' && c.diagnoses.some((x) => x.section === 'scan.wua.http'))).toBe(true);
  });
  it('finds the CBS store repair failure', () => {
    expect(diag('cbs/alborz25-cbs-source-missing.log').diagnoses[0]).toMatchObject({ section: 'update.install.cbs', errorCode: '0x800F081F' });
  });
  it('sees the scans in a renamed WUAHandler.log', () => {
    const d = diag('cmtrace/findingsanity-wuahandler.log');
    expect(d.verdict).toBe('healthy');
    expect(d.pipeline.find((p: { step: string }) => p.step === '14').status).toBe('done');
  });
});

describe('cmlens usage', () => {
  it('prints help and refuses unknown commands with exit 2', () => {
    expect(run('--help').status).toBe(0);
    const r = run('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('frobnicate');
  });
  it('says what a command needs and what a numeric option takes, exit 2', () => {
    for (const [args, said] of [
      [['detect'], 'cmlens: detect needs a FILE'],
      [['lookup'], 'cmlens: lookup needs a CODE'],
      [['cat'], 'cmlens: cat needs a PATH'],
      [['triage', '--jobs', '0', 'x'], 'cmlens: --jobs takes a number from 1 to 256'],
      [['serve', '--port', '70000'], 'cmlens: --port takes a number from 0 to 65535'],
      [['triage', '--json', '--csv', 'x'], 'cmlens: triage takes one of --json, --csv, --bulk'],
    ] as const) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim()).toBe(said);
    }
  });
});

describe('cmlens diagnose --format markdown|html (the report for a ticket)', () => {
  const setDir = () => {
    const root = join(dir, 'report-set');
    for (const [name, text] of Object.entries(sampleClientLogs())) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    return root;
  };

  it('writes Markdown with the verdict, pipeline, evidence as file:line, next steps and guide sections', () => {
    const r = run('diagnose', setDir(), '--format', 'markdown');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# CMLens diagnosis report\n/);
    expect(r.stdout).toContain('**Verdict:** FAILED');
    expect(r.stdout).toMatch(/^\| 14 \| .* \| \*\*failed\*\* \| WUAHandler\.log:\d+ \|$/m);
    expect(r.stdout).toMatch(/^WUAHandler\.log:\d+ {2}OnSearchComplete - Failed to end search job\. Error = 0x80244021\.$/m);
    expect(r.stdout).toContain('CM01.corp.contoso.com');
    expect(r.stdout).toContain('(`#guide/scan.wua.proxy`)');
  });

  it('writes one self-contained HTML page, in Chinese with --lang zh-CN', () => {
    const r = run('diagnose', setDir(), '--format', 'html', '--lang', 'zh-CN');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(r.stdout).toContain('CMLens 诊断报告');
    expect(r.stdout).not.toMatch(/<script|<link\b/i);
    expect(r.stdout).toContain('id="guide/scan.wua.proxy"');
  });

  it('keeps --json as --format json and refuses an unknown format', () => {
    const root = setDir();
    expect(JSON.parse(run('diagnose', root, '--json').stdout)).toEqual(JSON.parse(run('diagnose', root, '--format', 'json').stdout));
    const bad = run('diagnose', root, '--format', 'pdf');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format takes text, json, markdown, html');
  });
});
