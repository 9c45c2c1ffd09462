import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorLog, userLogDir } from './error-log';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-errlog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('userLogDir: where a user finds the error log', () => {
  it('uses the per-user folder of each OS', () => {
    expect(userLogDir({ LOCALAPPDATA: 'C:\\Users\\tech\\AppData\\Local' }, 'win32', 'C:\\Users\\tech')).toBe(join('C:\\Users\\tech\\AppData\\Local', 'CMLens', 'logs'));
    expect(userLogDir({}, 'darwin', '/Users/tech')).toBe('/Users/tech/Library/Logs/CMLens');
    expect(userLogDir({}, 'linux', '/home/tech')).toBe('/home/tech/.local/state/cmlens');
    expect(userLogDir({ XDG_STATE_HOME: '/state' }, 'linux', '/home/tech')).toBe('/state/cmlens');
    expect(userLogDir({ CMLENS_LOG_DIR: '/portable/logs' }, 'win32', 'C:\\x')).toBe('/portable/logs');
  });
});

describe('ErrorLog', () => {
  it('appends time, place and stack, creating the folder', () => {
    const log = new ErrorLog(join(dir, 'a', 'b'));
    log.write('browser-mode search', new Error('boom'));
    log.write('renderer gone', { reason: 'crashed', exitCode: 9 });
    const text = readFileSync(log.file, 'utf8');
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z \[browser-mode search\] Error: boom\n {4}at /);
    expect(text).toMatch(/\[renderer gone\] \{"reason":"crashed","exitCode":9\}\n$/);
  });

  it('keeps one old file once the log passes 1 MiB', () => {
    const log = new ErrorLog(join(dir, 'rot'));
    log.write('x', 'first');
    writeFileSync(log.file, 'y'.repeat((1 << 20) + 1));
    log.write('x', 'after rotation');
    expect(readFileSync(log.file, 'utf8')).toMatch(/^\S+ \[x\] "after rotation"\n$/);
    expect(existsSync(join(dir, 'rot', 'errors.1.log'))).toBe(true);
  });

  it('never throws, even when the folder cannot be made', () => {
    const blocker = join(dir, 'file-in-the-way');
    writeFileSync(blocker, '');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => new ErrorLog(join(blocker, 'logs')).write('x', circular)).not.toThrow();
  });
});
