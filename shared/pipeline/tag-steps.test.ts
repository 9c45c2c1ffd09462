import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../model/log-entry';
import { tagEntry, tagSteps } from './tag-steps';
import { logKind } from './log-kind';

const e = (text: string): LogEntry => ({ line: 1, lineCount: 1, wallMs: 0, utcOffset: null, offsetUncertain: false, component: null, thread: null, severity: 'info', text });

// Lines as the guide's samples and real logs write them (ids, versions, servers vary).
const SAMPLES: [string, string, string][] = [
  ['ScanAgent.log', 'CScanAgent::ScanByUpdates- Policy available for UpdateSourceID={A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}ContentVersion=38', '1'],
  ['ScanAgent.log', '- - - - - -Requesting WSUS Server Locations from LS for {X} version 38', '2'],
  ['LocationServices.log', "Created and Sent Location Request '{LR}' for package {X}", '3'],
  ['CcmMessaging.log', "Sending async message '{M}' to outgoing queue 'mp:[http]mp_locationmanager'", '4'],
  ['MP_Location.log', 'MP LM: calling MP_GetWSUSServerLocations', '5'],
  ['MP_Location.log', 'MP LM: Reply message body: <WSUSLocationReply SchemaVersion="1.00">', '6'],
  ['CcmMessaging.log', "Message '{A}' got reply '{B}' to local endpoint queue 'LS_ReplyLocations'", '7'],
  ['LocationServices.log', 'Calling back with the following WSUS locations', '8'],
  ['ScanAgent.log', 'ScanJob({J}): CScanJob::OnLocationUpdate- Received Location=http://PS1SITE.CONTOSO.COM:8530, Version=38', '9'],
  ['WUAHandler.log', 'Enabling WUA Managed server policy to use server: http://PS1SITE.CONTOSO.COM:8530', '10'],
  ['WindowsUpdate.log', '  * WSUS server: http://PS1SITE.CONTOSO.COM:8530 (Changed)', '10'],
  ['ScanAgent.log', 'ScanJob({J}): CScanJob::Execute - successfully requested Scan, ScanType=1', '11'],
  ['WUAHandler.log', "Search Criteria is (DeploymentAction=* AND Type='Software')", '12'],
  ['WindowsUpdate.log', '* START * Finding updates CallerId = CcmExec  Id = 2 (cV = IR6wzMXBCEGYR+vL.1.0.0.2)', '13'],
  ['WindowsUpdate.log', '**  END  **  Agent: Finding updates [CallerId = CcmExec]', '13'],
  ['WUAHandler.log', 'Async searching completed.', '14'],
  ['wuahandler-20240101-120000.log', 'OnSearchComplete - Failed to end search job. Error = 0x80244021.', '14'],
  ['WUAHandler.log', 'Successfully completed scan.', '15'],
  ['UpdatesStore.log', 'Successfully raised state message for update (505fda07-b4f3-45fb-83d9-8642554e2773) with state (Missing).', '16'],
  ['StateMessage.log', 'State message(State ID : 2) with TopicType 500 and TopicId 505fda07 has been recorded for SYSTEM', '17'],
  ['SoftwareDistribution.log', 'EventId=382,Type=Information,Category=Synchronization,Message=A manual synchronization was started.', 'S1'],
  ['SoftwareDistribution.log', 'WebException: The operation has timed out', 'S2'],
  ['WSyncMgr.log', 'Done synchronizing SMS with WSUS Server WSUS01', 'S3'],
];

describe('tagSteps', () => {
  it.each(SAMPLES)('%s: %s → step %s', (log, text, step) => {
    expect(tagSteps(log, [e(text)])).toEqual([step]);
  });
  it('tags nothing in logs outside the pipeline, or lines that mark no step', () => {
    expect(tagSteps('smsts.log', [e('Successfully completed scan.')])).toEqual([null]);
    expect(tagSteps('WUAHandler.log', [e('Scan results will include all superseded updates.')])).toEqual([null]);
    expect(tagSteps('WindowsUpdate.log', [e('* START * Queueing Finding updates [CallerId = CcmExec  Id = 6]')])).toEqual([null]);
    expect(tagSteps('WindowsUpdate.log', [e('WSUS server: (null) (Changed)')])).toEqual([null]);
  });
});

describe("other callers' searches", () => {
  // the agent searches for Automatic Updates, the driver client, Defender…: no line of ConfigMgr's step 13
  it.each([
    ['* START * Finding updates CallerId = Update;ScanForUpdates  Id = 3 (cV = JK7c2DCuq0u27Mhp.0.3.1.1.0.0.2)'], // corpus findingsanity WindowsUpdate.log:174
    ['* END * Finding updates CallerId = Device Driver Retrieval Client, Id = 52, Exit code = 0x8024000B (cV = y+SkuZHTC0G6qatB.28.1.0.2)'], // corpus appostarsi WindowsUpdate.log:4044
    ['** START **  Agent: Finding updates [CallerId = AutomaticUpdates]'], // corpus rsasbeih WindowsUpdate.txt:173
  ])('%s gets no step badge', (text) => {
    expect(tagSteps('WindowsUpdate.log', [e(text)])).toEqual([null]);
    // the set view still reads it, to follow the search's thread and for a log without ConfigMgr
    expect(tagEntry('windowsupdate', text, true)?.step).toBe('13');
  });
});

describe('logs under other names', () => {
  const wua = (text: string): LogEntry => ({
    line: 1, lineCount: 1, wallMs: 0, utcOffset: 0, offsetUncertain: false, component: 'WUAHandler', thread: 1, severity: 'info', text,
  });
  it('knows a renamed copy by its suffix (client01-WUAHandler.log, findingsanity-wuahandler.log)', () => {
    expect(logKind('client01-WUAHandler.log')).toBe('wuahandler');
    expect(logKind('findingsanity-wuahandler.log')).toBe('wuahandler');
    expect(logKind('case_1234_ScanAgent.log')).toBe('scanagent');
    expect(logKind('notes.log')).toBeNull();
  });
  it('knows a CMTrace log by the component its entries carry, and tags its steps', () => {
    const entries = [wua('Async searching of updates using WUAgent started.'), wua('Async searching completed.')];
    expect(logKind('export.log', entries)).toBe('wuahandler');
    expect(tagSteps('export.log', entries)).toEqual(['12', '14']);
  });
});

describe('WindowsUpdate.log and CBS.log under other names', () => {
  const e = (component: string): LogEntry => ({
    line: 1, lineCount: 1, wallMs: 0, utcOffset: null, offsetUncertain: false, component, thread: 1, severity: 'info', text: 'x',
  });
  it('knows them by name or by their components', () => {
    expect(logKind('rsasbeih-windowsupdate-wsus-timeout.log')).toBe('windowsupdate');
    expect(logKind('client7.log', [e('Agent'), e('COMAPI'), e('PT'), e('AU')])).toBe('windowsupdate');
    expect(logKind('case.log', [e('CSI'), e('CBS'), e('CSI')])).toBe('cbs');
    expect(logKind('other.log', [e('Foo'), e('Bar')])).toBeNull();
  });
});
