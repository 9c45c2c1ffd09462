// The few file-system calls the sources make, behind a seam so tests can inject what a test machine
// cannot produce (EACCES when CI runs as root, a share that stops answering).
//
// Logs are opened read-only ('r'). On Windows, libuv opens every file with
// FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE (deps/uv/src/win/fs.c, fs__open), so the writer
// (ccmexec, WUA) can keep appending, truncate, roll X.log to X.lo_ and delete while we hold the handle.
// On Linux and macOS there are no mandatory locks: the writer is never blocked.
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Stats } from 'node:fs';
import { problem, problemText, type Problem } from '../../../shared/api/messages';
import { readHandleAt } from '../index/read-at';

export interface FileAccess {
  stat(path: string): Promise<Stats>;
  readdir(path: string): Promise<string[]>;
  /** Always read-only: there is no flag parameter on purpose. */
  openReadOnly(path: string): Promise<FileHandle>;
}

export const nodeFileAccess: FileAccess = {
  stat: (p) => stat(p),
  readdir: (p) => readdir(p),
  openReadOnly: (p) => open(p, 'r'),
};

/** How long one read of a whole file may take before we say the share is not answering. */
const READ_TIMEOUT_MS = 120_000;

/** Errno codes of a share (or disk) that stopped answering mid-use: SMB drops surface as any of these. */
const SHARE_GONE = new Set(['EIO', 'ENOTCONN', 'ENETUNREACH', 'EHOSTUNREACH', 'EHOSTDOWN', 'ETIMEDOUT', 'ECONNRESET', 'ESTALE', 'UNKNOWN']);

const BY_ERRNO: Record<string, Problem['code']> = {
  ENOENT: 'missing',
  EACCES: 'denied',
  EPERM: 'denied',
  EBUSY: 'locked',
  EISDIR: 'isFolder',
  ELOOP: 'symlinkLoop',
  ENAMETOOLONG: 'pathTooLong',
  ERR_FS_FILE_TOO_LARGE: 'tooLarge',
};

/** An fs error as a message a technician can act on (the UI says it in its language). */
export function fsProblem(e: unknown): Problem {
  if (e instanceof FileError) return e.problem;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && Object.hasOwn(BY_ERRNO, code)) return problem(BY_ERRNO[code]);
  if (code && SHARE_GONE.has(code)) return problem('shareGone', { errno: code });
  return problem('failed', { why: e instanceof Error ? e.message : String(e) });
}

/** The English text of fsProblem (the CLI's stderr, the backend's own log). */
export function describeFsError(e: unknown): string {
  return problemText(fsProblem(e));
}

/** An Error that already says what went wrong as a message code (`problem`): fsProblem passes it on as it is. */
export class FileError extends Error {
  constructor(readonly problem: Problem) {
    super(problemText(problem));
  }
}

/** The first `bytes` of a file (fewer when it is shorter), opened read-only and closed again. */
export async function readHead(path: string, bytes: number, access: FileAccess = nodeFileAccess): Promise<Buffer> {
  const fh = await access.openReadOnly(path);
  try {
    return await readHandleAt(fh, 0, bytes);
  } finally {
    await fh.close();
  }
}

/**
 * Reads a whole file read-only. Never hangs: a share that stops answering gives a FileError after
 * `timeoutMs` (the stuck OS call is left to finish on its own; its handle is closed when it does).
 */
export async function readWholeFile(path: string, access: FileAccess = nodeFileAccess, timeoutMs = READ_TIMEOUT_MS): Promise<Buffer> {
  const noAnswer = () => new FileError(problem('noAnswer', { seconds: Math.round(timeoutMs / 1000) }));
  let timedOut = false;
  const work = (async () => {
    const handle = await access.openReadOnly(path);
    if (timedOut) {
      void handle.close().catch(() => undefined);
      throw noAnswer();
    }
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw new FileError(problem('notRegular'));
      return await handle.readFile();
    } finally {
      await handle.close().catch(() => undefined);
    }
  })();
  const clock = new AbortController();
  // An unref'd timer: a read in progress never keeps the process alive on its own.
  const late = sleep(timeoutMs, undefined, { signal: clock.signal, ref: false }).then(() => Promise.reject(noAnswer()));
  try {
    return await Promise.race([work, late]);
  } catch (e) {
    timedOut = true;
    work.catch(() => undefined);
    throw new FileError(fsProblem(e));
  } finally {
    clock.abort();
  }
}
