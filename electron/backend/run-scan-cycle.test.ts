import { describe, expect, it } from 'vitest';
import { runScanCycle, type ScanRunner } from './run-scan-cycle';
import { forceScanCommand } from '../../shared/commands/force-scan';

function fakeRunner(platform: NodeJS.Platform, code = 0, stdout = '', stderr = ''): ScanRunner & { calls: [string, string[]][] } {
  const calls: [string, string[]][] = [];
  return { platform, calls, run: async (file, args) => (calls.push([file, args]), { code, stdout, stderr }) };
}

describe('runScanCycle', () => {
  it('on Windows runs powershell.exe with the fixed switches and the shared command, local', async () => {
    const r = fakeRunner('win32', 0, '__GENUS : 2\r\nReturnValue :\r\n');
    const res = await runScanCycle({}, r);
    expect(r.calls).toEqual([['powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', forceScanCommand()]]]);
    expect(res.ok).toBe(true);
    expect(res.message).toMatch(/this computer/);
  });
  it('adds -ComputerName only for a named client', async () => {
    const r = fakeRunner('win32');
    await runScanCycle({ computer: ' PC042.contoso.com ' }, r);
    expect(r.calls[0][1][3]).toMatch(/'\{00000000-0000-0000-0000-000000000113\}' -ComputerName PC042\.contoso\.com$/);
    await runScanCycle({ computer: '  ' }, r);
    expect(r.calls[1][1][3]).not.toContain('-ComputerName');
  });
  it('refuses a name that is not a host name and runs nothing', async () => {
    const r = fakeRunner('win32');
    for (const bad of ['PC1; Remove-Item C:\\', "x' -x", '$(evil)', 'PC1 -Credential a']) {
      const res = await runScanCycle({ computer: bad }, r);
      expect(res.ok, bad).toBe(false);
      expect(res.message).toMatch(/not a computer name/);
    }
    expect(r.calls).toEqual([]);
  });
  it('says what failed when powershell exits non-zero', async () => {
    const res = await runScanCycle({}, fakeRunner('win32', 1, '', 'Invoke-WmiMethod : Invalid namespace "root\\ccm"'));
    expect(res).toEqual({ ok: false, message: 'powershell.exe failed (exit 1): Invoke-WmiMethod : Invalid namespace "root\\ccm"' });
  });
  it('elsewhere runs nothing and says it works only on Windows', async () => {
    const r = fakeRunner('linux');
    const res = await runScanCycle({ computer: 'PC042' }, r);
    expect(res.ok).toBe(false);
    expect(res.message).toMatch(/only on Windows/);
    expect(r.calls).toEqual([]);
  });
});
