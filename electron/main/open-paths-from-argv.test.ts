import { describe, expect, it } from 'vitest';
import { openPathsFromArgv } from './open-paths-from-argv';

const win = { packaged: true, cwd: 'C:\\Users\\tech', platform: 'win32' as const };

describe('openPathsFromArgv', () => {
  it('a double-click in Explorer: the packaged exe and the file', () => {
    expect(openPathsFromArgv(['C:\\Program Files\\CMLens\\CMLens.exe', 'C:\\Windows\\CCM\\Logs\\WUAHandler.log'], win)).toEqual(['C:\\Windows\\CCM\\Logs\\WUAHandler.log']);
  });
  it("a second instance's argv: Chromium switches mixed in are skipped, UNC paths and .lo_ kept", () => {
    const argv = ['C:\\Program Files\\CMLens\\CMLens.exe', '--allow-file-access-from-files', '\\\\client\\c$\\Windows\\CCM\\Logs\\WUAHandler.lo_', '--original-process-start-time=13379', '-psn_0_1'];
    expect(openPathsFromArgv(argv, win)).toEqual(['\\\\client\\c$\\Windows\\CCM\\Logs\\WUAHandler.lo_']);
  });
  it('relative paths resolve against the launching console\'s folder, duplicates once', () => {
    const argv = ['CMLens.exe', 'WUAHandler.log', '.\\WUAHandler.log', '..\\Temp\\logs.zip'];
    expect(openPathsFromArgv(argv, { ...win, cwd: 'C:\\Windows\\CCM\\Logs' })).toEqual(['C:\\Windows\\CCM\\Logs\\WUAHandler.log', 'C:\\Windows\\CCM\\Temp\\logs.zip']);
  });
  it('from sources (electron .), the app path is not a log; URLs are not paths', () => {
    const argv = ['/usr/lib/electron/electron', '.', '/var/log/ccm/ScanAgent.log', 'https://example.invalid/x.log', '  '];
    expect(openPathsFromArgv(argv, { packaged: false, cwd: '/home/tech', platform: 'linux' })).toEqual(['/var/log/ccm/ScanAgent.log']);
  });
  it('nothing to open: an empty list', () => {
    expect(openPathsFromArgv(['CMLens.exe'], win)).toEqual([]);
    expect(openPathsFromArgv(['CMLens.exe', '--squirrel-firstrun'], win)).toEqual([]);
  });
});
