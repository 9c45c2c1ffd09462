// Logs recognised by what they hold, whatever a customer named them: the same diagnosis and the same sidebar role
// as under their own name (an MSI verbose log named after its product, CBS, WindowsUpdate.log, WSyncMgr/WCM).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../formats/registry';
import { parseBytes, parseText } from '../formats/parse';
import { splitLines } from '../formats/lines';
import { logGroup } from '../model/log-roles';
import { CORPUS_DIR, hasCorpus } from '../../test/support/corpus';
import { syncFiles } from '../../test/support/sets/server-and-install';
import { diagnose } from './diagnose';
import type { DiagnosisInput } from './diagnosis-types';
import { logKind } from './log-kind';

function corpusInput(file: string, name: string, withFormat = true): DiagnosisInput {
  const p = parseBytes(readFileSync(`${CORPUS_DIR}/${file}`), name);
  return { source: name, name, entries: p.entries, format: withFormat ? p.format : undefined };
}

describe.runIf(hasCorpus)('corpus logs under customers\' names', () => {
  it('a UTF-16 verbose MSI log named ContosoAgentUpdate.log is an installer log: diagnosed, grouped as installer', () => {
    const asMsi = diagnose([corpusInput('msi/mustafa-msi-dell-supportassist-utf16.log', 'MSI.log')]);
    const named = corpusInput('msi/mustafa-msi-dell-supportassist-utf16.log', 'ContosoAgentUpdate.log');
    expect(named.format).toBe('msi');
    expect(logKind(named.name, named.entries, named.format)).toBe('msi');
    const r = diagnose([named]);
    expect(r.kind).toBe('install');
    expect(r.verdict).toBe(asMsi.verdict);
    expect(r.verdict).not.toBe('no-data');
    expect(logGroup('ContosoAgentUpdate.log', named.format)).toBe('installer');
    // without the detected format, its "MSI (c)/(s)" entries still say it
    expect(logKind('ContosoAgentUpdate.log', named.entries)).toBe('msi');
  });

  it('a CBS log under another name is the CBS installer: same diagnosis and code', () => {
    const cbs = diagnose([corpusInput('cbs/alborz25-cbs-source-missing.log', 'CBS.log')]);
    const named = corpusInput('cbs/alborz25-cbs-source-missing.log', 'servicing-2020-02-04.txt');
    expect(logGroup(named.name, named.format)).toBe('windows');
    const r = diagnose([named]);
    expect(r.diagnoses[0]).toMatchObject({ section: 'update.install.cbs', errorCode: cbs.diagnoses[0].errorCode });
  });

  it('a WindowsUpdate.log saved as client42.txt is the agent\'s log: same cycles and verdict', () => {
    const file = 'windowsupdate-10/reeceketley-windowsupdate-offline.log';
    const wu = diagnose([corpusInput(file, 'WindowsUpdate.log')]);
    const named = corpusInput(file, 'client42.txt');
    expect(named.format).toBe('windowsupdate-10');
    expect(logGroup(named.name, named.format)).toBe('software-updates');
    const r = diagnose([named]);
    expect([r.verdict, r.cycles.length, r.diagnoses[0].section]).toEqual([wu.verdict, wu.cycles.length, wu.diagnoses[0].section]);
  });
});

describe('server logs under other names', () => {
  it('WSyncMgr.log named sync-export.log gives the same sync diagnosis; WCM by its component', () => {
    const files = syncFiles('2026-03-10 02:00:00', 300, 'healthy');
    const text = files['WSyncMgr.log'];
    const format = detectFormat(splitLines(text).slice(0, 64), 'sync-export.log');
    const entries = parseText(text, format);
    expect(logKind('sync-export.log', entries, format)).toBe('wsyncmgr');
    expect(logGroup('sync-export.log', format)).toBe('server');
    const own = diagnose([{ source: 'WSyncMgr.log', name: 'WSyncMgr.log', entries, format }]);
    const renamed = diagnose([{ source: 'sync-export.log', name: 'sync-export.log', entries, format }]);
    expect(renamed.kind).toBe('sync');
    expect([renamed.verdict, renamed.pipeline]).toEqual([own.verdict, own.pipeline.map((p) => ({ ...p, source: p.source && 'sync-export.log' }))]);
    const wcm = parseText('Attempting connection to WSUS server: WSUS01.contoso.com, port: 8530, useSSL: False  $$<SMS_WSUS_CONFIGURATION_MANAGER><11-24-2026 10:21:03.123+300><thread=4660 (0x1234)>\r\n', 'sms');
    expect(logKind('site01-config.log', wcm, 'sms')).toBe('wcm');
  });
});
