import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPaths } from './expand-paths';
import { fsProblem, nodeFileAccess, readWholeFile, type FileAccess } from './file-access';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function logFile(name: string, text = 'line one\nline two\n'): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

describe('logs are opened read-only and never block the writer', () => {
  it('holds a handle through which nothing can be written', async () => {
    const p = logFile('ro.log');
    const fh = await nodeFileAccess.openReadOnly(p);
    try {
      await expect(fh.write('x')).rejects.toMatchObject({ code: 'EBADF' });
    } finally {
      await fh.close();
    }
    expect(readFileSync(p, 'utf8')).toBe('line one\nline two\n');
  });

  it('lets the writer append, truncate, roll (rename) and delete while our handle is open', async () => {
    const p = logFile('busy.log');
    const fh = await nodeFileAccess.openReadOnly(p);
    try {
      appendFileSync(p, 'line three\n');
      const buf = Buffer.alloc(64);
      const { bytesRead } = await fh.read(buf, 0, 64, 0);
      expect(buf.subarray(0, bytesRead).toString()).toBe('line one\nline two\nline three\n');
      truncateSync(p, 0);
      appendFileSync(p, 'after truncate\n');
      renameSync(p, join(dir, 'busy.lo_'));
      writeFileSync(p, 'new log\n');
      unlinkSync(join(dir, 'busy.lo_'));
      unlinkSync(p);
      expect(existsSync(p)).toBe(false);
    } finally {
      await fh.close();
    }
  });

  it('does not change the file it reads (content and mtime)', async () => {
    const p = logFile('untouched.log');
    const before = statSync(p).mtimeMs;
    const r = await expandPaths([p]);
    expect((await r.files[0].load()).toString()).toBe('line one\nline two\n');
    expect(statSync(p).mtimeMs).toBe(before);
  });
});

describe('fsProblem: an fs error as a message the technician can act on', () => {
  it('names each errno it knows, a dropped share with its errno, anything else with its own words', () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ['ENOENT', 'missing', {}],
      ['EACCES', 'denied', {}],
      ['EPERM', 'denied', {}],
      ['EBUSY', 'locked', {}],
      ['EISDIR', 'isFolder', {}],
      ['ELOOP', 'symlinkLoop', {}],
      ['ENAMETOOLONG', 'pathTooLong', {}],
      ['ERR_FS_FILE_TOO_LARGE', 'tooLarge', {}],
      ...['EIO', 'ENOTCONN', 'ENETUNREACH', 'EHOSTUNREACH', 'EHOSTDOWN', 'ETIMEDOUT', 'ECONNRESET', 'ESTALE', 'UNKNOWN'].map((c): [string, string, Record<string, unknown>] => [c, 'shareGone', { errno: c }]),
      ['EWHATEVER', 'failed', { why: 'EWHATEVER: injected' }],
      ['toString', 'failed', { why: 'toString: injected' }],
    ];
    for (const [code, want, params] of cases) expect(fsProblem(errno(code)), code).toEqual({ code: want, params });
    expect(fsProblem('plain string')).toEqual({ code: 'failed', params: { why: 'plain string' } });
  });
});

describe('faults give a message per file, never a hang or an exception', () => {
  it('a file deleted between listing and reading reports "deleted or moved"', async () => {
    const p = logFile('gone.log');
    const r = await expandPaths([p]);
    unlinkSync(p);
    await expect(r.files[0].load()).rejects.toThrow(/deleted or moved/);
  });

  it('permission denied is reported for that file, the others open', async () => {
    const denied = logFile('denied.log');
    const fine = logFile('fine.log');
    // CI runs as root, where chmod 000 does not stop reads: inject EACCES through the seam as well.
    const access: FileAccess = { ...nodeFileAccess, openReadOnly: (path) => (path === denied ? Promise.reject(errno('EACCES')) : nodeFileAccess.openReadOnly(path)) };
    const r = await expandPaths([denied, fine], { access });
    const results = await Promise.allSettled(r.files.map((f) => f.load()));
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { message: 'permission denied', problem: { code: 'denied' } } });
    expect(results[1]).toMatchObject({ status: 'fulfilled' });
    // And the real thing where the OS enforces it (not as root).
    chmodSync(denied, 0o000);
    const real = await expandPaths([denied]);
    const isRoot = process.getuid?.() === 0;
    if (isRoot) expect((await real.files[0].load()).toString()).toBe('line one\nline two\n');
    else await expect(real.files[0].load()).rejects.toThrow('permission denied');
    chmodSync(denied, 0o644);
  });

  it('an unreadable folder is reported, its siblings still open', async () => {
    const root = join(dir, 'bundle');
    mkdirSync(join(root, 'locked'), { recursive: true });
    writeFileSync(join(root, 'ok.log'), 'x\n');
    const locked = join(root, 'locked');
    const access: FileAccess = { ...nodeFileAccess, readdir: (p) => (p === locked ? Promise.reject(errno('EACCES')) : nodeFileAccess.readdir(p)) };
    const r = await expandPaths([root], { access });
    expect(r.files.map((f) => f.name)).toEqual(['ok.log']);
    expect(r.errors).toEqual([{ path: locked, code: 'denied', params: {}, reason: 'permission denied' }]);
  });

  it('a FIFO named like a log is refused, not opened (opening it would block forever)', async () => {
    const fifo = join(dir, 'pipe.log');
    execFileSync('mkfifo', [fifo]);
    const sibling = logFile('beside-pipe.log');
    // Given by name, and met while walking its folder: refused both ways, the sibling opens.
    const r = await expandPaths([fifo, dir]);
    expect(r.files.map((f) => f.source)).toContain(sibling);
    expect(r.files.map((f) => f.name)).not.toContain('pipe.log');
    expect(r.errors.filter((e) => e.path === fifo).map((e) => e.reason)).toEqual(['not a regular file (device, pipe or socket)', 'not a regular file (device, pipe or socket)']);
    unlinkSync(fifo);
  });

  it('a share that stops answering gives a message after the time budget', async () => {
    const p = logFile('share.log');
    const access: FileAccess = { ...nodeFileAccess, openReadOnly: () => new Promise(() => undefined) };
    await expect(readWholeFile(p, access, 50)).rejects.toThrow(/not responding/);
  });

  it('a share that drops mid-read reports the share, not a stack trace', async () => {
    const p = logFile('drop.log');
    const access: FileAccess = {
      ...nodeFileAccess,
      openReadOnly: async (path) => {
        const fh = await nodeFileAccess.openReadOnly(path);
        return Object.assign(Object.create(fh), { stat: () => fh.stat(), close: () => fh.close(), readFile: () => Promise.reject(errno('ENETUNREACH')) });
      },
    };
    await expect(readWholeFile(p, access)).rejects.toThrow(/network share is no longer reachable/);
  });

  it('a missing path is reported and the rest opens; nothing throws', async () => {
    const ok = logFile('present.log');
    const r = await expandPaths([join(dir, 'missing.log'), ok, '\\\\nosuchserver\\share\\x.log']);
    expect(r.files.map((f) => f.name)).toEqual(['present.log']);
    expect(r.errors.map((e) => e.reason)).toEqual(['no such file or folder (deleted or moved?)', 'no such file or folder (deleted or moved?)']);
  });
});

describe('walking folders', () => {
  it('finds logs and zips four levels deep, not five; skips other files; says when a folder holds no logs', async () => {
    const root = join(dir, 'walk');
    const deep = (n: number) => join(root, ...Array.from({ length: n }, (_, i) => `d${i + 1}`));
    mkdirSync(deep(5), { recursive: true });
    writeFileSync(join(root, 'notes.docx'), 'x');
    writeFileSync(join(deep(4), 'four.log'), 'x\n');
    writeFileSync(join(deep(4), 'four.zip'), 'not a zip');
    writeFileSync(join(deep(5), 'five.log'), 'x\n');
    const empty = join(dir, 'walk-empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'readme.md'), 'x');
    const r = await expandPaths([root, empty]);
    expect(r.files.map((f) => f.name)).toEqual(['four.log']);
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([
      [join(deep(4), 'four.zip'), 'zipNotZip'],
      [empty, 'noLogs'],
    ]);
    // A folder whose logs were all given already is not "empty".
    const again = await expandPaths([join(deep(4), 'four.log'), deep(4)]);
    expect(again.errors.map((e) => e.code)).toEqual(['zipNotZip']);
  });
});

describe('the same file twice opens once', () => {
  it('given twice, and inside a folder also given', async () => {
    const sub = join(dir, 'twice');
    mkdirSync(sub);
    const p = join(sub, 'WUAHandler.log');
    writeFileSync(p, 'x\n');
    const r = await expandPaths([p, p, sub, sub]);
    expect(r.files.map((f) => f.source)).toEqual([p]);
    expect(r.errors).toEqual([]);
  });
});

describe('zips on disk through expandPaths', () => {
  it('a garbage .zip and a hostile entry give messages; the good entry opens; nothing is extracted', async () => {
    const { buildZip } = await import('../../../test/support/zip-writer');
    const { readdirSync } = await import('node:fs');
    const garbage = join(dir, 'garbage.zip');
    writeFileSync(garbage, Buffer.from('PK\x03\x04 this is not really a zip'));
    const hostile = join(dir, 'hostile.zip');
    writeFileSync(hostile, buildZip([{ name: '../../evil.log', data: 'x\n' }, { name: 'good.log', data: 'good\n' }]));
    const tmpBefore = readdirSync(tmpdir()).sort();
    const dirBefore = readdirSync(dir).sort();
    const r = await expandPaths([garbage, hostile]);
    expect(r.files.map((f) => f.source)).toEqual([`${hostile}!/good.log`]);
    expect(r.errors.map((e) => [e.path, e.reason])).toEqual([
      [garbage, 'not a zip, or its central directory is damaged'],
      [`${hostile}!/../../evil.log`, 'unsafe entry name (climbs out with "..")'],
    ]);
    expect(readdirSync(dir).sort()).toEqual(dirBefore);
    expect(readdirSync(tmpdir()).filter((n) => !tmpBefore.includes(n) && /evil|good/.test(n))).toEqual([]);
  });

  it('a zip given by path under another name is known by its magic; a short file is not taken for one', async () => {
    const { buildZip } = await import('../../../test/support/zip-writer');
    const renamed = join(dir, 'bundle.dat');
    writeFileSync(renamed, buildZip([{ name: 'inside.log', data: 'in\n' }]));
    const short = logFile('PK.dat', 'PK');
    const r = await expandPaths([renamed, short]);
    expect(r.files.map((f) => f.source)).toEqual([`${renamed}!/inside.log`, short]);
    expect(r.errors).toEqual([]);
  });
});

describe('expandPaths never throws', () => {
  it('whatever strings it is given as paths (NUL, empty, huge, odd UNC)', async () => {
    const fc = (await import('fast-check')).default;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', '\0', 'a\0b.log', '\\\\?\\C:\\x.log', '//?/UNC/x', 'x'.repeat(5000), dir)), { maxLength: 4 }), async (paths) => {
        const r = await expandPaths(paths);
        for (const e of r.errors) expect(typeof e.reason).toBe('string');
      }),
      { numRuns: 60 },
    );
  });
});
