// The logs a command line asks CMLens to open: Explorer's "Open with" and a double-click on a .log or .lo_ start
// `CMLens.exe "C:\Windows\CCM\Logs\WUAHandler.log"`; a technician types `cmlens WUAHandler.log` in a console.
// When CMLens already runs, Electron hands the second instance's command line to the first (`second-instance`),
// with Chromium's own switches mixed in and the second instance's working folder. Pure: tested without Electron.
import { win32, posix } from 'node:path';

export interface ArgvContext {
  /** A packaged app's argv is [exe, ...args]; from sources it is [electron, appPath, ...args]. */
  packaged: boolean;
  /** The folder relative paths are relative to (the second instance's, for `second-instance`). */
  cwd: string;
  platform: NodeJS.Platform;
}

/** Absolute paths named on the command line, in order, each once; switches (`-x`, `--x=y`) and URLs skipped. */
export function openPathsFromArgv(argv: readonly string[], ctx: ArgvContext): string[] {
  const path = ctx.platform === 'win32' ? win32 : posix;
  const out: string[] = [];
  for (const arg of argv.slice(ctx.packaged ? 1 : 2)) {
    const a = arg.trim();
    // Chromium adds switches to a second instance's argv (--allow-file-access-from-files, --original-process-start-time=…).
    if (!a || a.startsWith('-') || /^[a-z][a-z0-9+.-]+:\/\//i.test(a)) continue;
    const p = path.resolve(ctx.cwd, a);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
