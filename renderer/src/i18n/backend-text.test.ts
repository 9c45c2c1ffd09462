// The backend's English messages, as the backend itself writes them, come out in Chinese in the zh-CN UI.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LogService } from '../../../electron/backend/log-service';
import { describeFsError } from '../../../electron/backend/sources/file-access';
import { parseBytes } from '../../../shared/formats/parse';
import { sampleClientLogs } from '../../../scripts/samples/sample-client-logs';
import en from './en.json';
import zh from './zh-CN.json';
import { i18n } from './i18n';
import { BACKEND_TEXT_KEYS, localizeBackendText } from './backend-text';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-backend-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const zhT = i18n.getFixedT('zh-CN');
const enT = i18n.getFixedT('en');

/** What the Chinese text must not contain: the English words of the original. */
const stillEnglish = (s: string) => /showing what was read|no such file|permission denied|not a text log|time zone|kept as an index|rolled over|older entries/.test(s);

describe('backend messages in the UI language', () => {
  it('has every key in both languages', () => {
    for (const k of BACKEND_TEXT_KEYS) {
      const leaf = k.split('.')[1];
      expect((en as { backend: Record<string, string> }).backend[leaf], k).toBeTruthy();
      expect((zh as { backend: Record<string, string> }).backend[leaf], k).toBeTruthy();
    }
  });

  it('translates the messages LogService writes (borrowed zone) and keeps English as written', async () => {
    const root = join(dir, 'set');
    for (const [rel, text] of Object.entries(sampleClientLogs())) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    const { logs } = await new LogService().openPaths([root]);
    const [note] = logs.find((l) => l.name === 'WindowsUpdate.log')!.messages;
    expect(localizeBackendText(note, enT)).toBe(note);
    const zhNote = localizeBackendText(note, zhT);
    expect(zhNote).toContain('UTC−05:00');
    expect(stillEnglish(zhNote)).toBe(false);
  });

  it('translates parse problems and file errors as the backend words them', () => {
    const binary = parseBytes(Buffer.alloc(4096, 0), 'setup.log').problems[0];
    const invalid = parseBytes(Buffer.from('2026-11-24 10:00:00 ok \xff\xfe bad\n', 'latin1'), 'x.log').problems.find((p) => p.includes('U+FFFD'))!;
    for (const msg of [`dropped:/setup.log: ${binary}`, `x.log: ${invalid}`, `C:\\Logs\\gone.log: ${describeFsError(Object.assign(new Error('x'), { code: 'ENOENT' }))}`]) {
      const out = localizeBackendText(msg, zhT);
      expect(out, msg).not.toBe(msg);
      expect(stillEnglish(out), out).toBe(false);
    }
  });

  it('translates what LogService says of an indexed rotated group, and of rows a roll took away', async () => {
    const root = join(dir, 'group');
    mkdirSync(root);
    const WUAHandler = sampleClientLogs()['CCM/Logs/WUAHandler.log'];
    writeFileSync(join(root, 'WUAHandler.lo_'), WUAHandler);
    writeFileSync(join(root, 'WUAHandler.log'), WUAHandler);
    const { logs } = await new LogService({ indexAboveBytes: 0 }).openPaths([root]);
    const rolled = 'WUAHandler.log: the log rolled over and replaced WUAHandler.lo_; its 12 older entries are no longer on disk and were dropped';
    for (const msg of [logs[0].messages[0], rolled]) {
      expect(localizeBackendText(msg, enT), msg).toBe(msg);
      const out = localizeBackendText(msg, zhT);
      expect(out, msg).not.toBe(msg);
      expect(stillEnglish(out), out).toBe(false);
    }
    expect(localizeBackendText(logs[0].messages[0], zhT)).toContain('共 2 个文件');
  });

  it('leaves a message of unknown shape as written', () => {
    expect(localizeBackendText('something new happened', zhT)).toBe('something new happened');
  });
});
