import { describe, expect, it } from 'vitest';
import { baseName, logStem } from './rotation';

describe('baseName and logStem', () => {
  it('take the last segment across folders and zip steps, and keep a `!` that is part of a name', () => {
    expect(baseName('C:\\Windows\\CCM\\Logs\\WUAHandler.log')).toBe('WUAHandler.log');
    expect(baseName('dropped:/Logs.zip!/CCM/Logs/ScanAgent.log')).toBe('ScanAgent.log');
    expect(baseName('/cases/fleet.zip!/PC7-logs.zip')).toBe('PC7-logs.zip');
    expect(baseName('Update!.log')).toBe('Update!.log');
    expect(logStem('\\\\PC042\\c$\\Windows\\CCM\\Logs\\WUAHandler-20261124-101500.log')).toBe('wuahandler');
  });
});
