import { describe, expect, it } from 'vitest';
import { forceScanArgs, forceScanCommand, isValidComputerName } from './force-scan';

describe('force a scan', () => {
  it('builds the local command', () => {
    expect(forceScanCommand()).toBe(
      "Invoke-WmiMethod -Namespace root\\ccm -Class SMS_Client -Name TriggerSchedule -ArgumentList '{00000000-0000-0000-0000-000000000113}'",
    );
  });
  it('adds -ComputerName for a remote client', () => {
    expect(forceScanCommand(' PC042.contoso.com ')).toMatch(/'\{00000000-0000-0000-0000-000000000113\}' -ComputerName PC042\.contoso\.com$/);
  });
  it('refuses names that would inject PowerShell', () => {
    expect(isValidComputerName('PC1; Remove-Item C:\\')).toBe(false);
    expect(isValidComputerName("x' -x")).toBe(false);
    expect(() => forceScanCommand('$(evil)')).toThrow();
    expect(isValidComputerName('10.1.2.3')).toBe(true);
  });
});

describe('powershell.exe arguments', () => {
  it('are fixed switches and the same command the UI copies', () => {
    expect(forceScanArgs()).toEqual(['-NoProfile', '-NonInteractive', '-Command', forceScanCommand()]);
    expect(forceScanArgs('PC042')).toEqual(['-NoProfile', '-NonInteractive', '-Command', `${forceScanCommand()} -ComputerName PC042`]);
  });
  it('are never built for a name that is not a host name', () => {
    for (const bad of ['PC1;calc', 'PC1 -Credential x', '-PC1', 'a`b', 'PC$(1)', 'PC1\ncalc', '"PC1"', 'x'.repeat(256)]) {
      expect(() => forceScanArgs(bad), bad).toThrow(/not a computer name/);
    }
  });
});
