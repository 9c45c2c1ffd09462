import { describe, expect, it } from 'vitest';
import { logGroup } from './log-roles';

describe('logGroup', () => {
  it.each([
    ['WUAHandler.log', 'software-updates'],
    ['WUAHandler.lo_', 'software-updates'],
    ['ScanAgent-20261124-101500.log', 'software-updates'],
    ['findingsanity-wuahandler.log', 'software-updates'],
    ['client01_UpdatesStore.log', 'software-updates'],
    ['rsasbeih-windowsupdate-wsus-timeout.log', 'software-updates'],
    ['WSyncMgr.log', 'server'],
    ['CBS.log', 'windows'],
    ['ccmsetup.log', 'client'],
    ['notes.txt', 'other'],
    ['mywuahandlerclone.log', 'other'],
  ])('%s → %s', (name, group) => {
    expect(logGroup(name)).toBe(group);
  });
});
