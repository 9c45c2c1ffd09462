// Errors the user can find and send us: one text file in the OS's per-user log folder, appended to by
// main, the browser-mode server and the backend. Writing the log must never be a new way to crash.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Keep one old file beside the current one; a looping error cannot fill the disk. */
const MAX_LOG_BYTES = 1 << 20;

/**
 * Where the error log goes: %LOCALAPPDATA%\CMLens\logs on Windows, ~/Library/Logs/CMLens on macOS,
 * $XDG_STATE_HOME/cmlens (~/.local/state/cmlens) elsewhere. CMLENS_LOG_DIR overrides (tests, portable use).
 */
export function userLogDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.CMLENS_LOG_DIR) return env.CMLENS_LOG_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? env.APPDATA ?? join(home, 'AppData', 'Local'), 'CMLens', 'logs');
  if (platform === 'darwin') return join(home, 'Library', 'Logs', 'CMLens');
  return join(env.XDG_STATE_HOME ?? join(home, '.local', 'state'), 'cmlens');
}

/** The file's size; 0 when there is none yet. */
const sizeOf = (file: string): number => statSync(file, { throwIfNoEntry: false })?.size ?? 0;

function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

export class ErrorLog {
  readonly file: string;

  constructor(readonly dir: string = userLogDir()) {
    this.file = join(dir, 'errors.log');
  }

  /** Appends one record: time, where it happened, the error with its stack. Never throws. */
  write(where: string, err: unknown): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      if (sizeOf(this.file) > MAX_LOG_BYTES) renameSync(this.file, join(this.dir, 'errors.1.log'));
      appendFileSync(this.file, `${new Date().toISOString()} [${where}] ${describe(err)}\n`);
    } catch {
      // No log folder (read-only profile, full disk): stderr is all that is left.
      try {
        process.stderr.write(`[cmlens ${where}] ${describe(err)}\n`);
      } catch {
        /* nothing left to try */
      }
    }
  }
}

let shared: ErrorLog | undefined;

/** The process-wide error log (created on first use, so tests can set CMLENS_LOG_DIR first). */
export function errorLog(): ErrorLog {
  return (shared ??= new ErrorLog());
}
