// One CMLens at a time: a log opened from Explorer (or `cmlens X.log`) while CMLens runs opens in the running window
// instead of a second app with its own backend. The lock is Electron's (app.requestSingleInstanceLock); the second
// instance's command line arrives as `second-instance`, macOS's Finder and Dock drops as `open-file` (which can
// come before the app is ready: those are kept for the first open). The app is an interface so tests drive it.
import type { App } from 'electron';
import { openPathsFromArgv } from './open-paths-from-argv';

/** What this module needs of Electron's `app`. */
export type SingleInstanceApp = Pick<App, 'requestSingleInstanceLock' | 'exit' | 'isPackaged' | 'on'>;

export interface SingleInstance {
  /** The paths to open at start: this process's command line, then files the OS handed over before the app was ready. */
  initialPaths(argv: readonly string[], cwd: string): string[];
  /** From now on, paths from the shell go to `open` (call once the backend and window are up). */
  ready(open: (paths: string[]) => void): void;
}

/**
 * Takes the lock, or hands this launch's command line to the running CMLens and exits. `focus` brings the running
 * window forward when another launch knocks (Windows lets the lock holder take the foreground then).
 */
export function claimSingleInstance(app: SingleInstanceApp, platform: NodeJS.Platform, focus: () => void): SingleInstance | null {
  if (!app.requestSingleInstanceLock()) {
    app.exit(0); // the running instance got our argv through `second-instance`
    return null;
  }
  let open: ((paths: string[]) => void) | null = null;
  const early: string[] = [];
  const deliver = (paths: string[]): void => {
    if (!paths.length) return;
    if (open) open(paths);
    else early.push(...paths.filter((p) => !early.includes(p)));
  };
  app.on('second-instance', (_e, argv, workingDirectory) => {
    focus();
    deliver(openPathsFromArgv(argv, { packaged: app.isPackaged, cwd: workingDirectory, platform }));
  });
  app.on('open-file', (e, path) => {
    e.preventDefault(); // we handle it: macOS would otherwise report that the file could not be opened
    deliver([path]);
  });
  return {
    initialPaths: (argv, cwd) => [...new Set([...openPathsFromArgv(argv, { packaged: app.isPackaged, cwd, platform }), ...early.splice(0)])],
    ready: (fn) => {
      open = fn;
      const rest = early.splice(0);
      if (rest.length) fn(rest);
    },
  };
}
