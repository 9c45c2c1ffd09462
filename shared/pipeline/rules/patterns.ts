// The lines the rules look for, as data: the log they come from, the pattern, and a sample line with its source
// (or `modelled` where the wording is ours). Rules ask for `linesOf(ctx, 'x')` instead of scanning the
// window with their own regex, so the lines can be collected in one pass and every pattern is tested on its samples.
import { corpus, guide, published, sample as s, type Provenance } from '../../knowledge/provenance';
import type { LinePattern, SetEntry } from '../set-view';
import type { RuleContext } from './rule';

type RulePattern = LinePattern & Provenance;


export const RULE_PATTERNS = {
  /** WUAHandler could not set the update source: a domain GPO names another server (scan.location.gpo). */
  gpoOverwritten: {
    logs: ['wuahandler'], re: /overwritten by a higher authority/i,
    samples: [s('Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://server and Policy ENABLED', guide(333))],
  },
  /** The 2-minute wait for the group policy refresh ran out (scan.location.gpo). */
  gpoTimeout: {
    logs: ['wuahandler'], re: /timeout occurred[^\n]*(?:group )?policy|timed out waiting for group policy/i, modelled: true,
    samples: [s('Timeout occurred waiting for Group Policy to notify of WUA policy change.', 'modelled on the guide\'s 2-minute wait (guide zh-CN line 195)')],
  },
  /** WUAHandler failed to write or read the Windows Update policy (scan.location.registry). */
  registryWriteFailed: {
    logs: ['wuahandler'], re: /Failed to Add Update Source|Unable to read existing WUA Group Policy object|Failed to (?:set|write)[^\n]*(?:registry|policy)/i, modelled: true,
    samples: [s('Unable to read existing WUA Group Policy object. Error = 0x80004005.', 'modelled: our registry fixture')],
  },
  /** The agent has no WSUS server configured (scan.location.registry when ConfigMgr manages updates). */
  agentNoServer: {
    logs: ['windowsupdate'], re: /WSUS server:\s*(?:\(null\)|<NULL>)/i,
    samples: [s('  * WSUS server: <NULL>', corpus('windowsupdate-legacy/rkudache-windowsupdate-win7.log', 18)), s('WSUS server: (null) (Changed)', corpus('windowsupdate-10/findingsanity-windowsupdate.log', 81))],
  },
  /** The server the agent scans (scan.wua.ports compares it with the site's). */
  agentServer: {
    logs: ['windowsupdate'], re: /WSUS server:|Server URL\s*=/i,
    samples: [
      s('  * WSUS server: http://wsus12.birzeit.edu:8530', corpus('windowsupdate-legacy/rsasbeih-windowsupdate-wsus-timeout.log', 20)),
      s('ServiceId = {855E8A7C-ECB4-4CA3-B045-1DFA50104289}, Server URL = https://fe3.delivery.mp.microsoft.com/ClientWebService/client.asmx', corpus('windowsupdate-10/findingsanity-windowsupdate.log', 191)),
    ],
  },
  /** The server Configuration Manager handed out. */
  siteServer: {
    logs: ['scanagent', 'locationservices'], re: /Received Location=|WSUS Path=/i,
    samples: [s('ScanJob({JobID}): CScanJob::OnLocationUpdate- Received Location=http://PS1SITE.CONTOSO.COM:8530, Version=38', guide(114))],
  },
  /** WUAHandler writing the site's server into the policy. */
  handlerSetsServer: {
    logs: ['wuahandler'], re: /Enabling WUA Managed server/i,
    samples: [s('Enabling WUA Managed server policy to use server: http://PS1SITE.CONTOSO.COM:8530', guide(119))],
  },
  /** telnet's answer when the port is blocked, pasted into a log or notes (scan.wua.ports). */
  portRefused: {
    logs: [], re: /Could not open connection to the host/i,
    samples: [s('Could not open connection to the host, on port 8530: Connect failed', guide(373))],
  },
  /** The 32-bit Windows 7 agent out of memory (scan.request.wua-memory). */
  agentOutOfMemory: {
    logs: ['windowsupdate'], re: /GetUpdateMetadata2 failed/i,
    samples: [s('WARNING: ISusInternal::GetUpdateMetadata2 failed, hr=8007000E', guide(233))],
  },
  /** CBS/DISM lines that failed with an HRESULT (update.install.cbs). */
  cbsFailure: {
    logs: ['cbs', 'dism'], re: /(?:fail|error|cannot|unable)[^\n]*\[HRESULT = 0x[89a-f][0-9a-f]{7}|^Error|HRESULT_FROM_WIN32|Operation result: 0x8/i,
    samples: [s('Failed to repair store. [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]', corpus('cbs/alborz25-cbs-source-missing.log', 366))],
  },
  /** A Windows Installer action that failed (update.install.msi). */
  msiReturn3: {
    logs: ['msi'], re: /Return value 3\b/i,
    samples: [s('Action ended 10:21:07: InstallFinalize. Return value 3.', published('msiVerbose'))],
  },
  /** The lines above "Return value 3" that name the cause. */
  msiCause: {
    logs: ['msi'], re: /error|fail|1603|returned actual error/i,
    samples: [s('CustomAction InstallAgent returned actual error code 1603 (note this may not be 100% accurate if translation happened inside sandbox)', published('msiVerbose'))],
  },
  /** The client skipped a superseded or expired update (update.supersedence). */
  updateSuperseded: {
    logs: ['updatesdeployment', 'updateshandler'], re: /\b(?:is|was|has been) (?:superseded|expired)\b|\bexpired update|superseded update[^\n]*(?:skip|not|fail)/i, modelled: true,
    samples: [s('Update (Site_C2D5B1A9/SUM_4ae85c00) has been superseded and expired, skipping.', 'modelled: our supersedence fixture')],
  },
  /** The deployment names an update the scan results do not hold (update.detection). */
  updateNotTargeted: {
    logs: ['updatesdeployment', 'updateshandler'], re: /failed to get targeted update|still (?:detected as )?(?:required|actionable|applicable)|not (?:found|present) in (?:the )?(?:updates )?store|0x87d00668/i,
    samples: [s('GetUpdateInfo - failed to get targeted update, error = 0x87d00215.', corpus('cmtrace/findingsanity-updatesdeployment.log', 22))],
  },
  /** An install, apply or enforcement step logged as an error (update). */
  updateInstallError: {
    logs: ['updatesdeployment', 'updateshandler'], re: /install|apply|enforce/i, modelled: true,
    samples: [s('Update (Site_C2D5B1A9/SUM_505fda07) failed to install. Error = 0x8024200b.', 'modelled: our deployment fixture')],
  },
  /** The WSUS service is down, so a sync stays at 0 % (sync.start). */
  wsusServiceStopped: {
    logs: ['softwaredistribution', 'wsyncmgr'], re: /(?:WSUS ?Service|Update Services)[^\n]*(?:is not running|stopped|not started)|service is not running/i, modelled: true,
    samples: [s('WSUS Service is not running. Sync cannot start.', 'modelled on the guide\'s "stuck at 0 %: the WSUS service is stopped"')],
  },
  /** A search Windows Update ran for someone other than ConfigMgr: context, never the verdict. */
  otherCallerSearch: {
    logs: ['windowsupdate'], re: /\*\*?\s*START\s*\*\*?\s*(?:Agent: )?Finding updates \[?CallerId = (?!CcmExec\b)/i,
    samples: [
      s('** START **  Agent: Finding updates [CallerId = AutomaticUpdates]', corpus('windowsupdate-legacy/rsasbeih-windowsupdate-wsus-timeout.log', 173)),
      s('* START * Finding updates CallerId = Device Driver Retrieval Client  Id = 16 (cV = euIlM35NZEaP8rau.1.1.0.2)', corpus('windowsupdate-10/reeceketley-windowsupdate-offline.log', 10594)),
      s('* START * Finding updates CallerId = MoUpdateOrchestrator  Id = 5 (cV = qEYuRodYLkuAjaKs.0.1.0.0.2)', corpus('windowsupdate-10/debajyati-windowsupdate-proxyfail.log', 4197)),
    ],
  },
} as const satisfies Record<string, RulePattern>;

export type RulePatternId = keyof typeof RULE_PATTERNS;

/** The window's lines of the pattern's logs that match it, in time order (collected by the set view's one pass). */
export function linesOf(ctx: RuleContext, id: RulePatternId): SetEntry[] {
  return ctx.window.lines(RULE_PATTERNS[id]);
}
