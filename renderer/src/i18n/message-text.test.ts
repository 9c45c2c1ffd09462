// Backend messages travel as codes with parameters; the UI says them in its language and the CLI prints the English.
// Held together here: the catalogue, both languages, and what the backend really sends.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MESSAGE_CODES, messageParams, problem, problemText } from '../../../shared/api/messages';
import { LogService } from '../../../electron/backend/log-service';
import { fsProblem } from '../../../electron/backend/sources/file-access';
import { parseBytes } from '../../../shared/formats/parse';
import { sampleClientLogs } from '../../../scripts/samples/sample-client-logs';
import en from './en.json';
import zh from './zh-CN.json';
import { i18n } from './i18n';
import { logMessageInUi, openErrorInUi, problemInUi } from './message-text';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const zhT = i18n.getFixedT('zh-CN');
const enT = i18n.getFixedT('en');
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** What the Chinese text must not contain: the English words of the original. */
const stillEnglish = (s: string) => /showing what was read|no such file|permission denied|not a text log|time zone|kept as an index|rolled over|older entries|zip bomb|characters long/.test(s);

describe('backend messages as codes', () => {
  it('every code has a text in both languages, with the same parameters as the English of the backend', () => {
    const enB = (en as { backend: Record<string, string> }).backend;
    const zhB = (zh as { backend: Record<string, string> }).backend;
    expect(Object.keys(enB).sort()).toEqual([...MESSAGE_CODES].sort());
    expect(Object.keys(zhB).sort()).toEqual([...MESSAGE_CODES].sort());
    for (const c of MESSAGE_CODES) {
      expect(placeholders(enB[c]), c).toEqual(messageParams(c));
      expect(placeholders(zhB[c]), c).toEqual(messageParams(c));
    }
  });

  it('the English the UI shows is the English the backend writes', () => {
    const p = problem('zipTooManyEntries', { count: 70000, max: 65535 });
    expect(problemInUi(p, enT, 'fallback')).toBe(problemText(p));
    expect(problemText(p)).toBe('too many entries (70000 > 65535)');
  });

  it('translates the messages LogService writes (borrowed zone)', async () => {
    const root = join(dir, 'set');
    for (const [rel, text] of Object.entries(sampleClientLogs())) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    const { logs } = await new LogService().openPaths([root]);
    const [note] = logs.find((l) => l.name === 'WindowsUpdate.log')!.messages;
    expect(note.code).toBe('zoneBorrowed');
    expect(logMessageInUi(note, enT)).toBe(note.text);
    const zhNote = logMessageInUi(note, zhT);
    expect(zhNote).toContain('UTC−05:00');
    expect(stillEnglish(zhNote)).toBe(false);
  });

  it('translates parse problems and file errors', () => {
    const binary = parseBytes(Buffer.alloc(4096, 0), 'setup.log').problems[0];
    const invalid = parseBytes(Buffer.from('2026-11-24 10:00:00 ok \xff\xfe bad\n', 'latin1'), 'x.log').problems.find((p) => p.code === 'invalidBytes')!;
    const gone = fsProblem(Object.assign(new Error('x'), { code: 'ENOENT' }));
    expect([binary.code, invalid.code, gone.code]).toEqual(['binary', 'invalidBytes', 'missing']);
    for (const p of [binary, invalid, gone]) {
      const out = openErrorInUi({ ...p, path: 'C:\\Logs\\x.log', reason: problemText(p) }, zhT);
      expect(out.startsWith('C:\\Logs\\x.log: ')).toBe(true);
      expect(stillEnglish(out), out).toBe(false);
    }
  });

  it('translates what LogService says of an indexed rotated group', async () => {
    const root = join(dir, 'group');
    mkdirSync(root);
    const WUAHandler = sampleClientLogs()['CCM/Logs/WUAHandler.log'];
    writeFileSync(join(root, 'WUAHandler.lo_'), WUAHandler);
    writeFileSync(join(root, 'WUAHandler.log'), WUAHandler);
    const { logs } = await new LogService({ indexAboveBytes: 0 }).openPaths([root]);
    const m = logs[0].messages[0];
    expect(m.code).toBe('indexedFilesDiagnosed');
    expect(m.text).toMatch(/^WUAHandler\.log: 0 MiB in 2 files, kept as an index; diagnosed from the file$/);
    const out = logMessageInUi(m, zhT);
    expect(out).toContain('共 2 个文件');
    expect(stillEnglish(out), out).toBe(false);
  });

  it('a code this renderer does not know falls back to the English the backend sent', () => {
    const unknown = { code: 'fromANewerBackend', params: {} } as unknown as ReturnType<typeof problem>;
    expect(problemInUi(unknown, zhT, 'something new happened')).toBe('something new happened');
  });
});
