// The client scan pipeline (17 steps) and the WSUS sync (S1-S3) as data: which log shows each step and the
// lines that mark it (../shared/guide/outline.md). Markers are tolerant: real lines carry GUIDs, versions,
// server names, varying case and extra words.
import { loc, type Localized } from '../knowledge/localized';
import type { SectionId } from '../knowledge/section-ids';
import type { StepId } from './diagnosis-types';

export type { StepId };
import type { LogKind } from './log-kind';

/**
 * begin: a step that can open a scan cycle; progress: a step seen on the way; end: the cycle's last expected
 * line (more steps may follow it: the store after the results); fail: the step failed here.
 */
export type MarkerKind = 'begin' | 'progress' | 'end' | 'fail';

export interface StepMarker {
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

export const SCAN_STEPS: readonly StepDef[] = [
  {
    id: '1', logs: ['scanagent'], section: 'scan.location',
    description: loc('Scan request built from policy', '根据策略创建扫描请求'),
    markers: [
      { re: /ScanByUpdates\s*-\s*Policy available for UpdateSourceID/i, kind: 'begin' },
      { re: /Added Policy to final ScanRequest List/i, kind: 'begin' },
      { re: /(?:no|not any) (?:update source|policy)[^\n]*(?:available|found)|policy (?:is )?not available for UpdateSourceID|no update source(?:s)? (?:found|available|to scan)/i, kind: 'fail' },
    ],
  },
  {
    id: '2', logs: ['scanagent'], section: 'scan.location',
    description: loc('WSUS location asked of Location Services', '向位置服务请求 WSUS 位置'),
    markers: [
      { re: /Requesting WSUS Server Locations from LS/i, kind: 'begin' },
      { re: /Locations requested for ScanJobID/i, kind: 'progress' },
    ],
  },
  {
    id: '3', logs: ['locationservices'], section: 'scan.location',
    description: loc('Location request sent to the management point', '位置请求发送到管理点'),
    markers: [
      { re: /Attempting to persist WSUS location request/i, kind: 'progress' },
      { re: /Attempting to send WSUS Location Request/i, kind: 'progress' },
      { re: /Created and Sent Location Request/i, kind: 'progress' },
      { re: /Failed to send (?:WSUS )?Location Request|WSUS Location Request[^\n]*(?:failed|timed out)/i, kind: 'fail' },
    ],
  },
  {
    id: '4', logs: ['ccmmessaging'], section: 'scan.location',
    description: loc('Message queued to the management point', '消息排队发送到管理点'),
    markers: [{ re: /to outgoing queue 'mp:\[https?\]mp_locationmanager'/i, kind: 'progress' }],
  },
  {
    id: '5', logs: ['mp_location'], section: 'scan.location',
    description: loc('Management point looks the location up', '管理点查找位置'),
    markers: [
      { re: /MP LM: Message Body\s*:\s*<WSUSLocationRequest/i, kind: 'progress' },
      { re: /MP LM: calling MP_GetWSUSServerLocations/i, kind: 'progress' },
    ],
  },
  {
    id: '6', logs: ['mp_location'], section: 'scan.location',
    description: loc('Management point replies', '管理点答复'),
    markers: [{ re: /MP LM: Reply message body\s*:\s*<WSUSLocationReply/i, kind: 'progress' }],
  },
  {
    id: '7', logs: ['ccmmessaging'], section: 'scan.location',
    description: loc('Reply delivered to the client', '答复送达客户端'),
    markers: [
      { re: /got reply '[^']*' to local endpoint queue 'LS_ReplyLocations'/i, kind: 'progress' },
      { re: /mp_locationmanager'?[^\n]*Delivered successfully to host/i, kind: 'progress' },
    ],
  },
  {
    id: '8', logs: ['locationservices'], section: 'scan.location',
    description: loc('Reply parsed, locations handed back', '解析答复并返回位置'),
    markers: [
      { re: /Processing Location reply message/i, kind: 'progress' },
      { re: /Calling back with the following WSUS locations/i, kind: 'progress' },
      { re: /Calling back with (?:empty|no) WSUS locations|WSUSLocationReply[^\n]*<LocationRecords\s*\/>/i, kind: 'fail' },
    ],
  },
  {
    id: '9', logs: ['scanagent'], section: 'scan.location',
    description: loc('Locations received by ScanAgent', 'ScanAgent 收到位置'),
    markers: [
      { re: /WSUSLocationUpdate received for location request/i, kind: 'progress' },
      { re: /OnLocationUpdate\s*-\s*Received Location=/i, kind: 'progress' },
      { re: /Adding UpdateSource=/i, kind: 'progress' },
      { re: /OnLocationUpdate\s*-\s*Received empty location|no WSUS (?:server )?location/i, kind: 'fail' },
    ],
  },
  {
    id: '10', logs: ['wuahandler', 'windowsupdate'], section: 'scan.location',
    description: loc('Update source set in the registry', '在注册表中设置更新源'),
    markers: [
      { re: /Its a WSUS Update Source type/i, kind: 'begin' },
      { re: /Its a completely new WSUS Update Source/i, kind: 'progress' },
      { re: /WSUS update source already exists, it has increased version to/i, kind: 'progress' },
      { re: /Enabling WUA Managed server policy to use server:/i, kind: 'progress' },
      { re: /Existing WUA Managed server was already set/i, kind: 'progress' },
      { re: /Added Update Source \(/i, kind: 'progress' },
      { re: /WSUS server:\s*(?!\(null\)|<NULL>)\S+[^\n]*\(Changed\)/i, kind: 'progress' },
      { re: /Sus server changed through policy/i, kind: 'progress' },
      { re: /Group policy settings were overwritten by a higher authority/i, kind: 'fail' },
      { re: /Failed to Add Update Source for WUAgent/i, kind: 'fail' },
      { re: /Timeout occurred (?:while )?waiting for (?:group )?policy|(?:timed out|timeout) waiting for group policy/i, kind: 'fail' },
    ],
  },
  {
    id: '11', logs: ['scanagent'], section: 'scan.location',
    description: loc('State message raised, scan requested', '发出状态消息并请求扫描'),
    markers: [
      { re: /Raised UpdateSource \([^)]*\) state message successfully/i, kind: 'progress' },
      { re: /successfully requested Scan, ScanType=/i, kind: 'progress' },
    ],
  },
  {
    id: '12', logs: ['wuahandler'], section: 'scan.request',
    description: loc('Search started by WUAHandler', 'WUAHandler 开始搜索'),
    markers: [
      { re: /^Search Criteria is /i, kind: 'begin' },
      { re: /Running single-call scan of updates/i, kind: 'begin' },
      { re: /Async searching of updates using WUAgent started/i, kind: 'progress' },
      { re: /Failed to (?:start|begin)[^\n]*search|search[^\n]*failed to start/i, kind: 'fail' },
    ],
  },
  {
    id: '13', logs: ['windowsupdate'], section: 'scan.wua',
    description: loc('The agent searches WSUS', '代理搜索 WSUS'),
    markers: [
      { re: /COMAPI: Search \[ClientId = CcmExec\]|\* START \*\s+Search ClientId = CcmExec/i, kind: 'progress' },
      // Legacy: "** START **  Agent: Finding updates [CallerId = X]"; Windows 10: "* START * Finding updates CallerId = X"
      { re: /\*\*?\s*START\s*\*\*?\s*(?:Agent: )?Finding updates/i, kind: 'begin' },
      { re: /Found \d+ updates and \d+ categories in search/i, kind: 'progress' },
      { re: /\*\*?\s*END\s*\*\*?\s*(?:Agent: )?Finding updates/i, kind: 'end', failIf: NONZERO_EXIT },
      { re: /WU client failed Searching for update with error|ISusInternal::GetUpdateMetadata2 failed/i, kind: 'fail' },
    ],
  },
  {
    id: '14', logs: ['wuahandler', 'scanagent'], section: 'scan.results',
    description: loc('Results received by WUAHandler', 'WUAHandler 收到结果'),
    markers: [
      { re: /Async searching completed/i, kind: 'progress' },
      { re: /Finished searching for everything in single call/i, kind: 'progress' },
      { re: /OnSearchComplete\s*-\s*Failed to end search job|Scan failed with error|OnScanComplete\s*-\s*Scan Failed|Failed to (?:end )?search\b/i, kind: 'fail' },
    ],
  },
  {
    id: '15', logs: ['wuahandler'], section: 'scan.applicability',
    description: loc('Results parsed (applicability, supersedence)', '分析结果(适用性、取代)'),
    markers: [
      { re: /Pruning: update id \(/i, kind: 'progress' },
      { re: /^Update \((?:Installed|Missing)\):/i, kind: 'progress' },
      { re: /Successfully completed scan/i, kind: 'end' },
    ],
  },
  {
    id: '16', logs: ['updatesstore'], section: 'scan.state',
    description: loc('Update status stored, state message raised', '存储更新状态并发出状态消息'),
    markers: [
      { re: /Processing update status from update/i, kind: 'progress' },
      { re: /hasn't been reported before, creating new instance/i, kind: 'progress' },
      { re: /Successfully raised state message for update/i, kind: 'progress' },
      { re: /Successfully added WMI instance of update status/i, kind: 'progress' },
    ],
  },
  {
    id: '17', logs: ['statemessage'], section: 'scan.state',
    description: loc('State message recorded', '记录状态消息'),
    markers: [{ re: /State message\s*\(State ID\s*:\s*\d+\) with TopicType 500 and TopicId [^\n]*has been recorded/i, kind: 'progress' }],
  },
];

export const SYNC_STEPS: readonly StepDef[] = [
  {
    id: 'S1', logs: ['softwaredistribution', 'wsyncmgr'], section: 'sync.start',
    description: loc('Synchronization started (manual or scheduled)', '同步开始(手动或计划)'),
    markers: [
      { re: /StartSubscriptionManually|Synchronization manually started|EventId=38[12]\b|Starting Sync|sync(?:hronization)? (?:was )?(?:started|requested)/i, kind: 'begin' },
    ],
  },
  {
    id: 'S2', logs: ['softwaredistribution', 'wsyncmgr'], section: 'sync.connect',
    description: loc('Connection to the upstream server', '连接上游服务器'),
    markers: [
      { re: /(?:WebException|The operation has timed out|Unable to connect to the remote server|proxy[^\n]*(?:error|fail)|The remote name could not be resolved|Sync failed: UssCommunicationError|UssCommunicationError)/i, kind: 'fail' },
      { re: /ServerSyncWebService|GetConfigData|GetAuthConfig|ServerSyncLib|Authenticating with the upstream|Syncing? (?:updates|categories)/i, kind: 'progress' },
    ],
  },
  {
    id: 'S3', logs: ['softwaredistribution', 'wsyncmgr'], section: 'sync.complete',
    description: loc('Synchronization completed, metadata received', '同步完成,已收到元数据'),
    markers: [
      { re: /(?:Synchronization|Sync) (?:failed|did not complete)|Sync failed|EventId=386\b|SyncFailed|CatalogSyncAgentCore[^\n]*(?:failed|aborted)/i, kind: 'fail' },
      { re: /EventId=384\b|Synchronization (?:completed|succeeded)|Sync(?:hronization)? (?:is )?done|Done synchronizing SMS with WSUS Server|sync(?:hronization)? complete(?:d)? successfully|CatalogSyncAgentCore\.ExecuteSyncProtocol:\s*Sync Completed/i, kind: 'end' },
    ],
  },
];

export const ALL_STEPS: readonly StepDef[] = [...SCAN_STEPS, ...SYNC_STEPS];

export function stepRank(id: StepId): number {
  return id.startsWith('S') ? 100 + Number(id.slice(1)) : Number(id);
}
