// The machine name from real logs (the corpus), every wording's own sample, and the names that are not a client's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../formats/parse';
import { CORPUS_DIR, hasCorpus } from '../../test/support/corpus';
import { findMachineName, MACHINE_NAME_WORDINGS, machineNameFromPath, machineNameInLine } from './machine-name';

function corpusLog(file: string) {
  return parseBytes(new Uint8Array(readFileSync(join(CORPUS_DIR, file))), file.split('/').pop()!);
}

describe('machine name wordings', () => {
  it.each(MACHINE_NAME_WORDINGS.map((w) => [w.sample, w] as const))('its own sample names a machine: %s', (_s, w) => {
    const m = w.re.exec(w.sample);
    expect(m?.[1]).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
    expect(machineNameInLine(w.sample)).toBe(m![1].toUpperCase());
    expect(w.source.length).toBeGreaterThan(0);
  });

  it('ignores WinPE temporary names and lines that only mention the word', () => {
    expect(machineNameInLine('Set a global environment variable _SMSTSMachineName=MININT-4Q1T2AB')).toBeNull();
    expect(machineNameInLine('No value found for ComputerName')).toBeNull();
    expect(machineNameInLine('Property OSDComputerName is now = MINWINPC')).toBeNull();
  });

  it('takes the name most lines give, so one line naming another machine does not win', () => {
    const logs = [
      { entries: [{ text: 'Property(S): ComputerName = OTHERPC' }] },
      { entries: [{ text: 'COnlineWinNTPlatform: ComputerName=PC042' }, { text: 'COnlineWinNTPlatform: ComputerName=pc042' }] },
    ];
    expect(findMachineName(logs)).toBe('PC042');
    expect(findMachineName([{ entries: [{ text: 'Scan completed' }] }])).toBeNull();
  });
});

describe.runIf(hasCorpus)('machine name in the corpus', () => {
  it.each([
    ['cmtrace/plaso-sccm-various.log', 'COMPUTER01'],
    ['other/appostarsi-setupact-rollback.log', 'DESKTOP-RVU7BLR'],
    ['cmtrace/maxmoon-mdt-bdd.log', 'PHL-LTLOANER07'],
  ])('%s names %s', (file, name) => {
    expect(findMachineName([corpusLog(file)])).toBe(name);
  });

  it('a set of WindowsUpdate.log alone gives no name rather than a guess', () => {
    expect(findMachineName([corpusLog('windowsupdate-10/findingsanity-windowsupdate.log')])).toBeNull();
  });
});

describe('machine name from the path that opened the set', () => {
  it.each([
    [String.raw`\\PC042\c$\Windows\CCM\Logs`, 'PC042'],
    [String.raw`\\pc042.contoso.com\c$\Windows\CCM\Logs`, 'PC042'],
    [String.raw`\\10.0.0.12\c$\Windows\CCM\Logs`, '10.0.0.12'],
    ['//PC043/c$/Windows/CCM/Logs', 'PC043'],
    [String.raw`\\?\C:\Windows\CCM\Logs`, null],
    [String.raw`C:\Windows\CCM\Logs`, null],
    ['/home/tech/PC042-logs.zip', null],
  ])('%s → %s', (path, name) => {
    expect(machineNameFromPath(path)).toBe(name);
  });
});
