import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance, type SingleInstanceApp } from './single-instance';

/** Electron's app as far as the lock goes: the lock's answer, exit, and the two events. */
class FakeApp extends EventEmitter {
  exited: number | null = null;
  isPackaged = true;
  constructor(private readonly gotLock: boolean) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  exit(code = 0): void {
    this.exited = code;
  }
}
const asApp = (a: FakeApp) => a as unknown as SingleInstanceApp;
const exe = 'C:\\Program Files\\CMLens\\CMLens.exe';

describe('single instance', () => {
  it('a second launch hands over and exits at once', () => {
    const app = new FakeApp(false);
    expect(claimSingleInstance(asApp(app), 'win32', () => undefined)).toBeNull();
    expect(app.exited).toBe(0);
  });

  it("the running instance opens a later launch's files in its window, and brings the window forward", () => {
    const app = new FakeApp(true);
    let focused = 0;
    const opened: string[][] = [];
    const launch = claimSingleInstance(asApp(app), 'win32', () => focused++)!;
    expect(launch.initialPaths([exe], 'C:\\Users\\tech')).toEqual([]);
    launch.ready((p) => opened.push(p));
    app.emit('second-instance', {}, [exe, '--allow-file-access-from-files', 'WUAHandler.log'], 'C:\\Windows\\CCM\\Logs');
    expect(opened).toEqual([['C:\\Windows\\CCM\\Logs\\WUAHandler.log']]);
    expect(focused).toBe(1);
    // A launch with no file only brings the window forward.
    app.emit('second-instance', {}, [exe], 'C:\\');
    expect(opened).toHaveLength(1);
    expect(focused).toBe(2);
    expect(app.exited).toBeNull();
  });

  it('files the OS hands over before the app is ready (open-file, second-instance) join the first open, once', () => {
    const app = new FakeApp(true);
    const launch = claimSingleInstance(asApp(app), 'darwin', () => undefined)!;
    let prevented = false;
    app.emit('open-file', { preventDefault: () => (prevented = true) }, '/Users/tech/Logs/ScanAgent.log');
    app.emit('second-instance', {}, ['/Applications/CMLens.app/Contents/MacOS/CMLens', '/Users/tech/Logs/WUAHandler.log'], '/');
    expect(prevented).toBe(true);
    expect(launch.initialPaths(['/Applications/CMLens.app/Contents/MacOS/CMLens', '/Users/tech/Logs/ScanAgent.log'], '/')).toEqual(['/Users/tech/Logs/ScanAgent.log', '/Users/tech/Logs/WUAHandler.log']);
    const opened: string[][] = [];
    launch.ready((p) => opened.push(p));
    expect(opened).toEqual([]); // already part of the first open
    app.emit('open-file', { preventDefault: () => undefined }, '/Users/tech/Logs/LocationServices.log');
    expect(opened).toEqual([['/Users/tech/Logs/LocationServices.log']]);
  });

  it('main.ts takes the lock before anything opens and passes shell paths to the backend', async () => {
    const { readFileSync } = await import('node:fs');
    const main = readFileSync(`${__dirname}/main.ts`, 'utf8');
    expect(main).toMatch(/claimSingleInstance\(app, process\.platform,/);
    expect(main).toMatch(/launch\?\.initialPaths\(process\.argv, process\.cwd\(\)\)/);
    expect(main).toMatch(/launch\?\.ready\(\(more\) => void backend\.api\.openPaths\(\{ paths: more \}\)/);
  });
});
