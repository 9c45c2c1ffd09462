// The client scan pipeline (17 steps) and the WSUS sync (S1-S3) as data: which log shows each step and the
// lines that mark it (../shared/guide/outline.md). Markers are tolerant: real lines carry GUIDs, versions,
// server names, varying case and extra words.
import { loc, type Localized } from '../knowledge/localized';
import { corpus, guide, OUTLINE, published, sample as s, type Provenance } from '../knowledge/provenance';
import type { SectionId } from '../knowledge/section-ids';
import type { StepId } from './diagnosis-types';

export type { StepId };
import type { LogKind } from './log-kind';

/**
 * begin: a step that can open a scan cycle; progress: a step seen on the way; end: the cycle's last expected
 * line (more steps may follow it: the store after the results); fail: the step failed here.
 */
export type MarkerKind = 'begin' | 'progress' | 'end' | 'fail';

export interface StepMarker extends Provenance {
  re: RegExp;
  kind: MarkerKind;
  /** The marker turns into a failure when the line also matches this (an exit code that is not 0). */
  failIf?: RegExp;
}

export interface StepDef {
  id: StepId;
  logs: readonly LogKind[];
  section: SectionId;
  description: Localized;
  markers: readonly StepMarker[];
}

const NONZERO_EXIT = /exit code\s*=\s*0x[89a-f][0-9a-f]{7}\b/i;
const WSL = 'windowsupdate-legacy/rsasbeih-windowsupdate-wsus-timeout.log';
const WS10 = 'windowsupdate-10/findingsanity-windowsupdate.log';
const WUAH = 'cmtrace/findingsanity-wuahandler.log';
const STORE = 'cmtrace/findingsanity-updatesstore.log';

const SCAN_STEPS: readonly StepDef[] = [
  {
    id: '1', logs: ['scanagent'], section: 'scan.location',
    description: loc('Scan request built from policy', '根据策略创建扫描请求'),
    markers: [
      { re: /ScanByUpdates\s*-\s*Policy available for UpdateSourceID/i, kind: 'begin', samples: [s('CScanAgent::ScanByUpdates- Policy available for UpdateSourceID={A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}ContentVersion=38', guide(66))] },
      { re: /Added Policy to final ScanRequest List/i, kind: 'begin', samples: [s('CScanAgent::ScanByUpdates- Added Policy to final ScanRequest List UpdateSourceID={SourceID}, Policy-ContentVersion=38, Required-ContentVersion=38', guide(66))] },
      {
        re: /(?:no|not any) (?:update source|policy)[^\n]*(?:available|found)|policy (?:is )?not available for UpdateSourceID|no update source(?:s)? (?:found|available|to scan)/i, kind: 'fail',
        modelled: true, samples: [s('CScanAgent::ScanByUpdates- No update source found for scan request. No Policy available for UpdateSourceID={A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}', 'our fixture, after the guide\'s "ScanAgent.log shows no update source" (guide zh-CN line 193)')],
      },
    ],
  },
  {
    id: '2', logs: ['scanagent'], section: 'scan.location',
    description: loc('WSUS location asked of Location Services', '向位置服务请求 WSUS 位置'),
    markers: [
      { re: /Requesting WSUS Server Locations from LS/i, kind: 'begin', samples: [s('- - - - - -Requesting WSUS Server Locations from LS for {A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0} version 38', guide(70))] },
      { re: /Locations requested for ScanJobID/i, kind: 'progress', samples: [s('- - - - - -Locations requested for ScanJobID={JobID} (LocationRequestID={LocationRequestID}), will process the scan request once locations are available.', guide(70))] },
    ],
  },
  {
    id: '3', logs: ['locationservices'], section: 'scan.location',
    description: loc('Location request sent to the management point', '位置请求发送到管理点'),
    markers: [
      { re: /Attempting to persist WSUS location request/i, kind: 'progress', samples: [s("CCCMWSUSLocation::GetLocationsAsyncEx Attempting to persist WSUS location request for ContentID='{ContentID}' and ContentVersion='38'", guide(78))] },
      { re: /Attempting to send WSUS Location Request/i, kind: 'progress', samples: [s("Attempting to send WSUS Location Request for ContentID='{ContentID}'", guide(78))] },
      { re: /Created and Sent Location Request/i, kind: 'progress', samples: [s("Created and Sent Location Request '{LocationRequestID}' for package {ContentID}", guide(78))] },
      { re: /Failed to send (?:WSUS )?Location Request|WSUS Location Request[^\n]*(?:failed|timed out)/i, kind: 'fail', modelled: true, samples: [s("Failed to send WSUS Location Request for ContentID='{ContentID}'. Error = 0x80004005.", 'modelled on the step\'s own wording')] },
    ],
  },
  {
    id: '4', logs: ['ccmmessaging'], section: 'scan.location',
    description: loc('Message queued to the management point', '消息排队发送到管理点'),
    markers: [{ re: /to outgoing queue 'mp:\[https?\]mp_locationmanager'/i, kind: 'progress', samples: [s("Sending async message '{Message}' to outgoing queue 'mp:[http]mp_locationmanager'", guide(82))] }],
  },
  {
    id: '5', logs: ['mp_location'], section: 'scan.location',
    description: loc('Management point looks the location up', '管理点查找位置'),
    markers: [
      { re: /MP LM: Message Body\s*:\s*<WSUSLocationRequest/i, kind: 'progress', samples: [s('MP LM: Message Body : <WSUSLocationRequest SchemaVersion="1.00"><Content ID="{ContentID}" Version="38"/>', guide(86))] },
      { re: /MP LM: calling MP_GetWSUSServerLocations/i, kind: 'progress', samples: [s('MP LM: calling MP_GetWSUSServerLocations', OUTLINE)] },
    ],
  },
  {
    id: '6', logs: ['mp_location'], section: 'scan.location',
    description: loc('Management point replies', '管理点答复'),
    markers: [{ re: /MP LM: Reply message body\s*:\s*<WSUSLocationReply/i, kind: 'progress', samples: [s('MP LM: Reply message body: <WSUSLocationReply SchemaVersion="1.00"><Sites><Site><MPSite SiteCode="PS1"/>', guide(96))] }],
  },
  {
    id: '7', logs: ['ccmmessaging'], section: 'scan.location',
    description: loc('Reply delivered to the client', '答复送达客户端'),
    markers: [
      { re: /got reply '[^']*' to local endpoint queue 'LS_ReplyLocations'/i, kind: 'progress', samples: [s("Message '{Message1}' got reply '{Message2}' to local endpoint queue 'LS_ReplyLocations'", guide(102))] },
      { re: /mp_locationmanager'?[^\n]*Delivered successfully to host/i, kind: 'progress', samples: [s("OutgoingMessage(Queue='mp_[http]mp_locationmanager', ID={Message1}): Delivered successfully to host 'PS1SYS.CONTOSO.COM'.", guide(102))] },
    ],
  },
  {
    id: '8', logs: ['locationservices'], section: 'scan.location',
    description: loc('Reply parsed, locations handed back', '解析答复并返回位置'),
    markers: [
      { re: /Processing Location reply message/i, kind: 'progress', samples: [s('Processing Location reply message', guide(108))] },
      { re: /Calling back with the following WSUS locations/i, kind: 'progress', samples: [s('Calling back with the following WSUS locations', OUTLINE)] },
      { re: /Calling back with (?:empty|no) WSUS locations|WSUSLocationReply[^\n]*<LocationRecords\s*\/>/i, kind: 'fail', modelled: true, samples: [s('Calling back with empty WSUS locations', 'modelled: the reply of a site without a software update point')] },
    ],
  },
  {
    id: '9', logs: ['scanagent'], section: 'scan.location',
    description: loc('Locations received by ScanAgent', 'ScanAgent 收到位置'),
    markers: [
      { re: /WSUSLocationUpdate received for location request/i, kind: 'progress', samples: [s('*****WSUSLocationUpdate received for location request guid={LocationGUID}', guide(114))] },
      { re: /OnLocationUpdate\s*-\s*Received Location=/i, kind: 'progress', samples: [s('ScanJob({JobID}): CScanJob::OnLocationUpdate- Received Location=http://PS1SITE.CONTOSO.COM:8530, Version=38', guide(114))] },
      { re: /Adding UpdateSource=/i, kind: 'progress', samples: [s('ScanJob({JobID}): CScanJob::Execute- Adding UpdateSource={A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}, ContentType=2, ContentLocation=http://PS1SITE.CONTOSO.COM:8530, ContentVersion=38', OUTLINE)] },
      { re: /OnLocationUpdate\s*-\s*Received empty location|no WSUS (?:server )?location/i, kind: 'fail', modelled: true, samples: [s('ScanJob({JobID}): CScanJob::OnLocationUpdate- Received empty location list', 'modelled on the step\'s own wording')] },
    ],
  },
  {
    id: '10', logs: ['wuahandler', 'windowsupdate'], section: 'scan.location',
    description: loc('Update source set in the registry', '在注册表中设置更新源'),
    markers: [
      { re: /Its a WSUS Update Source type/i, kind: 'begin', samples: [s('Its a WSUS Update Source type ({A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}), adding it.', corpus(WUAH, 2))] },
      { re: /Its a completely new WSUS Update Source/i, kind: 'progress', samples: [s('Its a completely new WSUS Update Source', guide(119))] },
      { re: /WSUS update source already exists, it has increased version to/i, kind: 'progress', samples: [s('WSUS update source already exists, it has increased version to 38.', guide(171))] },
      { re: /Enabling WUA Managed server policy to use server:/i, kind: 'progress', samples: [s('Enabling WUA Managed server policy to use server: http://PS1SITE.CONTOSO.COM:8530', guide(119))] },
      { re: /Existing WUA Managed server was already set/i, kind: 'progress', samples: [s('Existing WUA Managed server was already set (https://SCCM01D.firm.saulewing.net:8531), skipping Group Policy registration.', corpus(WUAH, 4))] },
      { re: /Added Update Source \(/i, kind: 'progress', samples: [s('Added Update Source ({A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}) of content type: 2', corpus(WUAH, 5))] },
      { re: /WSUS server:\s*(?!\(null\)|<NULL>)\S+[^\n]*\(Changed\)/i, kind: 'progress', samples: [s('* WSUS server: http://PS1SITE.CONTOSO.COM:8530 (Changed)', guide(127))] },
      { re: /Sus server changed through policy/i, kind: 'progress', samples: [s('Sus server changed through policy.', guide(127))] },
      { re: /Group policy settings were overwritten by a higher authority/i, kind: 'fail', samples: [s('Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://server and Policy ENABLED', guide(333))] },
      { re: /Failed to Add Update Source for WUAgent/i, kind: 'fail', modelled: true, samples: [s('Failed to Add Update Source for WUAgent of type (2) and id ({A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}). Error = 0x87d00692.', 'modelled: WUAHandler after a group policy conflict (0x87D00692)')] },
      { re: /Timeout occurred (?:while )?waiting for (?:group )?policy|(?:timed out|timeout) waiting for group policy/i, kind: 'fail', modelled: true, samples: [s('Timeout occurred waiting for Group Policy to notify of WUA policy change.', 'modelled on the guide\'s 2-minute wait (guide zh-CN line 195)')] },
    ],
  },
  {
    id: '11', logs: ['scanagent'], section: 'scan.location',
    description: loc('State message raised, scan requested', '发出状态消息并请求扫描'),
    markers: [
      { re: /Raised UpdateSource \([^)]*\) state message successfully/i, kind: 'progress', samples: [s('ScanJob({JobID}): Raised UpdateSource ({UpdateSource}) state message successfully. StateId = 2', guide(177))] },
      { re: /successfully requested Scan, ScanType=/i, kind: 'progress', samples: [s('ScanJob({JobID}): CScanJob::Execute - successfully requested Scan, ScanType=1', guide(209))] },
    ],
  },
  {
    id: '12', logs: ['wuahandler'], section: 'scan.request',
    description: loc('Search started by WUAHandler', 'WUAHandler 开始搜索'),
    markers: [
      { re: /^Search Criteria is /i, kind: 'begin', samples: [s("Search Criteria is (DeploymentAction=* AND Type='Software') OR (DeploymentAction=* AND Type='Driver')", corpus(WUAH, 9))] },
      { re: /Running single-call scan of updates/i, kind: 'begin', samples: [s('Running single-call scan of updates.', guide(215))] },
      { re: /Async searching of updates using WUAgent started/i, kind: 'progress', samples: [s('Async searching of updates using WUAgent started.', corpus(WUAH, 10))] },
      { re: /Failed to (?:start|begin)[^\n]*search|search[^\n]*failed to start/i, kind: 'fail', modelled: true, samples: [s('Failed to start search. Error = 0x80070422.', 'modelled: the agent service is disabled')] },
    ],
  },
  {
    id: '13', logs: ['windowsupdate'], section: 'scan.wua',
    description: loc('The agent searches WSUS', '代理搜索 WSUS'),
    markers: [
      {
        // the search's start only: its SUBMITTED, RESUMED and END lines follow the agent's END and would open a new run
        re: /START --\s+COMAPI: Search \[ClientId = CcmExec\]|\* START \*\s+Search ClientId = CcmExec/i, kind: 'progress',
        samples: [s('-- START --  COMAPI: Search [ClientId = CcmExec]', guide(272)), s('* START *   Search ClientId = CcmExec, ServiceId = 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7, Flags: 0X10050 (cV = lsg8SRr0Xk+wqTGd.1.0.0)', corpus(WS10, 3270))],
      },
      // Legacy: "** START **  Agent: Finding updates [CallerId = X]"; Windows 10: "* START * Finding updates CallerId = X"
      {
        re: /\*\*?\s*START\s*\*\*?\s*(?:Agent: )?Finding updates/i, kind: 'begin',
        samples: [s('** START **  Agent: Finding updates [CallerId = CcmExec]', guide(272)), s('* START * Finding updates CallerId = CcmExec  Id = 2 (cV = lsg8SRr0Xk+wqTGd.1.0.0.2)', corpus(WS10, 3278))],
      },
      {
        re: /Found \d+ updates and \d+ categories in search/i, kind: 'progress',
        samples: [s('* Found 163 updates and 70 categories in search; evaluated appl. rules of 622 out of 1150 deployed entities', guide(280)), s('Found 15 updates and 20 categories in search; evaluated appl. rules of 289 out of 332 deployed entities', corpus(WS10, 257))],
      },
      {
        re: /\*\*?\s*END\s*\*\*?\s*(?:Agent: )?Finding updates/i, kind: 'end', failIf: NONZERO_EXIT,
        samples: [s('**  END  **  Agent: Finding updates [CallerId = CcmExec]', guide(280)), s('* END * Finding updates CallerId = CcmExec, Id = 2, Exit code = 0x00000000 (cV = lsg8SRr0Xk+wqTGd.1.0.0.2)', corpus(WS10, 3804))],
      },
      // The legacy agent writes the search's exit code on its own line just before "**  END  **" (KB902093 layout).
      {
        re: /^\s*\*?\s*WARNING: Exit code = 0x[89a-f][0-9a-f]{7}\b/i, kind: 'fail',
        samples: [s('  * WARNING: Exit code = 0x80072EE2', corpus(WSL, 220)), s('* WARNING: Exit code = 0x800710DD', published('ms800710dd')), s('* WARNING: Exit code = 0x80244010', published('ms80244010'))],
      },
      {
        re: /WU client failed Searching for update with error|ISusInternal::GetUpdateMetadata2 failed/i, kind: 'fail',
        samples: [s('WARNING: WU client failed Searching for update with error 0x8024400e', published('expta8024400e')), s('WARNING: ISusInternal::GetUpdateMetadata2 failed, hr=8007000E', guide(233))],
      },
    ],
  },
  {
    id: '14', logs: ['wuahandler', 'scanagent'], section: 'scan.results',
    description: loc('Results received by WUAHandler', 'WUAHandler 收到结果'),
    markers: [
      { re: /Async searching completed/i, kind: 'progress', samples: [s('Async searching completed.', corpus(WUAH, 11))] },
      { re: /Finished searching for everything in single call/i, kind: 'progress', samples: [s('Finished searching for everything in single call', OUTLINE)] },
      {
        re: /OnSearchComplete\s*-\s*Failed to end search job|Scan failed with error|OnScanComplete\s*-\s*Scan Failed|Failed to (?:end )?search\b/i, kind: 'fail',
        samples: [s('Scan failed with error = 0x80072ee2', published('checkyourlogsSup'))],
      },
    ],
  },
  {
    id: '15', logs: ['wuahandler'], section: 'scan.applicability',
    description: loc('Results parsed (applicability, supersedence)', '分析结果(适用性、取代)'),
    markers: [
      { re: /Pruning: update id \(/i, kind: 'progress', samples: [s('Pruning: update id (70f4f236-0248-4e84-b472-292913576fa1) is superseded by (505fda07-b4f3-45fb-83d9-8642554e2773).', OUTLINE)] },
      { re: /^Update \((?:Installed|Missing)\):/i, kind: 'progress', samples: [s('Update (Missing): Security Update for Windows (KB5005033) (505fda07-b4f3-45fb-83d9-8642554e2773, 200)', OUTLINE)] },
      { re: /Successfully completed scan/i, kind: 'end', samples: [s('Successfully completed scan.', corpus(WUAH, 12))] },
    ],
  },
  {
    id: '16', logs: ['updatesstore'], section: 'scan.state',
    description: loc('Update status stored, state message raised', '存储更新状态并发出状态消息'),
    markers: [
      { re: /Processing update status from update/i, kind: 'progress', samples: [s('Processing update status from update (505fda07-b4f3-45fb-83d9-8642554e2773) with ProductID = 0fa1201d-4330-4fa8-8ae9b877473b6441', OUTLINE)] },
      { re: /hasn't been reported before, creating new instance/i, kind: 'progress', samples: [s("Update status from update (012c047f-e53b-432f-9441-a78f646eebc9) hasn't been reported before, creating new instance.", corpus(STORE, 4))] },
      { re: /Successfully raised state message for update/i, kind: 'progress', samples: [s('Successfully raised state message for update (012c047f-e53b-432f-9441-a78f646eebc9) with state (Missing).', corpus(STORE, 5))] },
      { re: /Successfully added WMI instance of update status/i, kind: 'progress', samples: [s('Successfully added WMI instance of update status (505fda07-b4f3-45fb-83d9-8642554e2773).', OUTLINE)] },
    ],
  },
  {
    id: '17', logs: ['statemessage'], section: 'scan.state',
    description: loc('State message recorded', '记录状态消息'),
    markers: [{ re: /State message\s*\(State ID\s*:\s*\d+\) with TopicType 500 and TopicId [^\n]*has been recorded/i, kind: 'progress', samples: [s('State message(State ID : 2) with TopicType 500 and TopicId 505fda07-b4f3-45fb-83d9-8642554e2773 has been recorded for SYSTEM', OUTLINE)] }],
  },
];

const SYNC_STEPS: readonly StepDef[] = [
  {
    id: 'S1', logs: ['softwaredistribution', 'wsyncmgr'], section: 'sync.start',
    description: loc('Synchronization started (manual or scheduled)', '同步开始(手动或计划)'),
    markers: [
      {
        re: /StartSubscriptionManually|Synchronization manually started|EventId=38[12]\b|Starting Sync|sync(?:hronization)? (?:was )?(?:started|requested)/i, kind: 'begin',
        samples: [s('EventLogEventReporter.ReportEvent EventId=382,Type=Information,Category=Synchronization,Message=A manual synchronization was started.', guide(534)), s('EventLogEventReporter.ReportEvent EventId=381,Type=Information,Category=Synchronization,Message=A scheduled synchronization was started.', guide(538))],
      },
    ],
  },
  {
    id: 'S2', logs: ['softwaredistribution', 'wsyncmgr'], section: 'sync.connect',
    description: loc('Connection to the upstream server', '连接上游服务器'),
    markers: [
      {
        re: /(?:WebException|The operation has timed out|Unable to connect to the remote server|proxy[^\n]*(?:error|fail)|The remote name could not be resolved|Sync failed: UssCommunicationError|UssCommunicationError)/i, kind: 'fail',
        modelled: true, samples: [s('Sync failed: UssCommunicationError: WebException: Unable to connect to the remote server', 'modelled on the .NET WebException messages WSUS relays')],
      },
      { re: /ServerSyncWebService|GetConfigData|GetAuthConfig|ServerSyncLib|Authenticating with the upstream|Syncing? (?:updates|categories)/i, kind: 'progress', modelled: true, samples: [s('ServerSyncWebService.GetAuthConfig: getting the upstream server configuration', 'modelled: the WSUS server-to-server protocol method names')] },
    ],
  },
  {
    id: 'S3', logs: ['softwaredistribution', 'wsyncmgr'], section: 'sync.complete',
    description: loc('Synchronization completed, metadata received', '同步完成,已收到元数据'),
    markers: [
      { re: /(?:Synchronization|Sync) (?:failed|did not complete)|Sync failed|EventId=386\b|SyncFailed|CatalogSyncAgentCore[^\n]*(?:failed|aborted)/i, kind: 'fail', modelled: true, samples: [s('Sync failed: WSUS update source not found on site PS1. Source: getSiteUpdateSource', 'modelled: WSyncMgr.log wording of status message 6703')] },
      { re: /EventId=384\b|Synchronization (?:completed|succeeded)|Sync(?:hronization)? (?:is )?done|Done synchronizing SMS with WSUS Server|sync(?:hronization)? complete(?:d)? successfully|CatalogSyncAgentCore\.ExecuteSyncProtocol:\s*Sync Completed/i, kind: 'end', modelled: true, samples: [s('Done synchronizing SMS with WSUS Server WSUS01', 'modelled: WSyncMgr.log after a sync')] },
    ],
  },
];

export const ALL_STEPS: readonly StepDef[] = [...SCAN_STEPS, ...SYNC_STEPS];

export function stepRank(id: StepId): number {
  return id.startsWith('S') ? 100 + Number(id.slice(1)) : Number(id);
}
