// Every rule, by the scope diagnose runs it in, and all in one list for the tests.
import { INSTALL_RULES } from './install-rules';
import { LOCATION_RULES } from './location-rules';
import { loc } from '../../knowledge/localized';
import type { Rule, RuleScope } from './rule';
import { SYNC_RULES } from './sync-rules';
import { WUA_RULES } from './wua-rules';

/** Set without anything the pipeline recognises: back to the scoping questions. */
export const scopingRule: Rule = {
  id: 'no-pipeline-data',
  section: 'intro.scoping',
  severity: 'info',
  priority: 100,
  title: loc('No software update activity found in these logs', '这些日志中没有找到软件更新活动'),
  explanation: loc(
    'None of the logs shows a step of the client scan, a WSUS synchronization or an update installer. Start from the scoping questions and collect the logs of the part that fails (C:\\Windows\\CCM\\Logs: ScanAgent, LocationServices, WUAHandler, UpdatesStore; WindowsUpdate.log).',
    '这些日志都没有显示客户端扫描、WSUS 同步或更新安装程序的步骤。请从界定问题开始,并收集出问题部分的日志(C:\\Windows\\CCM\\Logs:ScanAgent、LocationServices、WUAHandler、UpdatesStore;WindowsUpdate.log)。',
  ),
  detect: () => ({ evidence: [] }),
  nextSteps: () => [
    loc('Answer the scoping questions: what fails, since when, what changed, how many clients, what they share.', '回答界定问题:什么失败了、从何时开始、有什么变化、涉及多少客户端、它们有什么共同点。'),
    loc('Collect C:\\Windows\\CCM\\Logs from an affected client and WindowsUpdate.log (Get-WindowsUpdateLog on Windows 10 and later).', '从受影响的客户端收集 C:\\Windows\\CCM\\Logs 和 WindowsUpdate.log(Windows 10 及更高版本使用 Get-WindowsUpdateLog)。'),
  ],
};

/** The rules of each scope: a client scan cycle, a WSUS sync, the set's installer and deployment logs. */
export const RULES_BY_SCOPE: Readonly<Record<RuleScope, readonly Rule[]>> = {
  scan: [...LOCATION_RULES, ...WUA_RULES],
  sync: SYNC_RULES,
  install: INSTALL_RULES,
};

export const RULES: readonly Rule[] = [...Object.values(RULES_BY_SCOPE).flat(), scopingRule];
