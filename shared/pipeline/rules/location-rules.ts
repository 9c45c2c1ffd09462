// Rules for steps 1-11: the update source and the WSUS location (scan.location.*).
import { loc } from '../../knowledge/localized';
import { failLines, inTimeOrder, onLines, type Rule } from './rule';
import { linesOf } from './patterns';
import { registryStep, RESCAN_STEP, serverOf, testUrlSteps } from './next-steps';

const FIVE_MIN = 5 * 60_000;

export const LOCATION_RULES: readonly Rule[] = [
  {
    id: 'scan-no-update-source',
    section: 'scan.location.client-settings',
    severity: 'error',
    priority: 10,
    title: loc('No update source: software updates are not enabled for this client', '没有更新源:此客户端未启用软件更新'),
    explanation: loc(
      'ScanAgent found no update source or no policy to scan with, so no WSUS location is requested and WUAHandler stays idle. This happens when the client settings that apply to the client do not enable software updates.',
      'ScanAgent 找不到可用于扫描的更新源或策略,因此不会请求 WSUS 位置,WUAHandler 也没有活动。当适用于该客户端的客户端设置未启用软件更新时就会出现这种情况。',
    ),
    detect: (ctx) => onLines(failLines(ctx, ['1'])),
    nextSteps: () => [
      loc('In the console: Administration > Client Settings > the settings deployed to this client > Software Updates: "Enable software updates on clients" = Yes.', '在控制台中:管理 > 客户端设置 > 部署到此客户端的设置 > 软件更新:"在客户端上启用软件更新" = 是。'),
      loc('On the client run Machine Policy Retrieval & Evaluation Cycle, then Software Update Scan Cycle; PolicyAgent.log should show the new policy and ScanAgent.log a policy for UpdateSourceID.', '在客户端上运行"计算机策略检索和评估周期",然后运行"软件更新扫描周期";PolicyAgent.log 应显示新策略,ScanAgent.log 应显示 UpdateSourceID 的策略。'),
    ],
  },
  {
    id: 'scan-no-wsus-location',
    section: 'scan.location.no-sup',
    severity: 'error',
    priority: 11,
    title: loc('No WSUS location returned to the client', '客户端未收到 WSUS 位置'),
    explanation: loc(
      'The client asked its management point for the WSUS server (software update point) but got no location back: either the request was never answered or the reply held no location. The site has no software update point, or it is not configured or not synchronized.',
      '客户端向管理点请求 WSUS 服务器(软件更新点),但没有收到位置:请求一直没有答复,或答复中没有位置。站点没有软件更新点,或软件更新点未配置或未同步。',
    ),
    detect(ctx) {
      const failed = onLines(failLines(ctx, ['3', '8', '9']));
      if (failed) return failed;
      const hits = ctx.window.hits().filter((e) => e.hit && Number(e.hit.step) <= 11 && ctx.cycle?.hits.length);
      const requested = hits.filter((e) => e.hit && ['2', '3', '4'].includes(e.hit.step));
      const answered = hits.some((e) => e.hit && ['6', '7', '8', '9', '10', '11'].includes(e.hit.step));
      if (!requested.length || answered) return null;
      const lastReq = requested[requested.length - 1];
      const later = ctx.window.ofKind(['scanagent', 'locationservices']).filter((e) => e.t - lastReq.t >= FIVE_MIN);
      if (!later.length && ctx.view.endT - lastReq.t < FIVE_MIN) return null; // may still be waiting
      return { evidence: inTimeOrder([requested[0], lastReq], later.slice(0, 1)) };
    },
    nextSteps: () => [
      loc('Check that the site has a software update point role (console: Administration > Site Configuration > Servers and Site System Roles); if not, add it and follow SUPSetup.log.', '检查站点是否有软件更新点角色(控制台:管理 > 站点配置 > 服务器和站点系统角色);如果没有,请添加并跟踪 SUPSetup.log。'),
      loc('If it exists, check WCM.log, WSUSCtrl.log and WSyncMgr.log on the site server for configuration and synchronization errors.', '如果已存在,检查站点服务器上的 WCM.log、WSUSCtrl.log 和 WSyncMgr.log 中的配置和同步错误。'),
      loc('In the site database run: select * from WSUSServerLocations; select * from Update_SyncStatus', '在站点数据库中运行:select * from WSUSServerLocations; select * from Update_SyncStatus'),
      loc('On the management point, read MP_Location.log for the WSUSLocationRequest and the reply sent.', '在管理点上,查看 MP_Location.log 中的 WSUSLocationRequest 及发送的答复。'),
    ],
  },
  {
    id: 'scan-gpo-override',
    section: 'scan.location.gpo',
    severity: 'error',
    priority: 5,
    title: loc('Group policy overrides the WSUS server Configuration Manager set', '组策略覆盖了 Configuration Manager 设置的 WSUS 服务器'),
    explanation: loc(
      'WUAHandler could not set the update source in the registry: {detail}. Active Directory group policy wins over the local policy Configuration Manager writes, so the agent scans {gpoServer} instead of the software update point {siteServer}.',
      'WUAHandler 无法在注册表中设置更新源:{detailZh}。Active Directory 组策略优先于 Configuration Manager 写入的本地策略,因此代理扫描的是 {gpoServer},而不是软件更新点 {siteServer}。',
    ),
    detect(ctx) {
      const over = linesOf(ctx, 'gpoOverwritten');
      const timeout = linesOf(ctx, 'gpoTimeout');
      const conflict = ctx.codes.filter((c) => c.value === 0x87d00692).map((c) => c.at);
      const ev = inTimeOrder(over, timeout, conflict).slice(0, 4);
      if (!ev.length) return null;
      const gpo = ctx.facts.gpoUrl?.url ?? 'another server';
      const site = ctx.facts.siteUrl?.url ?? 'set by the site';
      const detail = over.length ? 'a domain policy overwrote it' : timeout.length ? 'the 2-minute wait for the group policy refresh timed out' : 'Configuration Manager reported a group policy conflict (0x87D00692)';
      const detailZh = over.length ? '域策略覆盖了它' : timeout.length ? '等待组策略刷新 2 分钟超时' : 'Configuration Manager 报告组策略冲突(0x87D00692)';
      return { evidence: ev, code: conflict.length ? 0x87d00692 : null, vars: { detail, detailZh, gpoServer: gpo, siteServer: site } };
    },
    nextSteps(ctx) {
      const gpo = ctx.facts.gpoUrl?.url;
      const site = ctx.facts.siteUrl?.url;
      return [
        loc('On the client run gpresult /h gpresult.html and find the GPO that sets "Specify intranet Microsoft update service location" (Computer Configuration > Administrative Templates > Windows Components > Windows Update).', '在客户端上运行 gpresult /h gpresult.html,找到设置"指定 Intranet Microsoft 更新服务位置"的 GPO(计算机配置 > 管理模板 > Windows 组件 > Windows 更新)。'),
        loc(
          `Remove that setting for Configuration Manager clients, or make it exactly the software update point${site ? ` (${site})` : ''}${gpo ? ` instead of ${gpo}` : ''}, same name format and port.`,
          `对 Configuration Manager 客户端删除该设置,或使其与软件更新点完全一致${site ? `(${site})` : ''}${gpo ? `,而不是 ${gpo}` : ''},名称格式和端口都相同。`,
        ),
        loc('If the 2-minute wait timed out, check group policy processing on the client: gpupdate /force and the GroupPolicy event log.', '如果 2 分钟等待超时,检查客户端上的组策略处理:gpupdate /force 以及 GroupPolicy 事件日志。'),
        registryStep(ctx.facts),
        RESCAN_STEP,
      ];
    },
  },
  {
    id: 'scan-registry-not-set',
    section: 'scan.location.registry',
    severity: 'error',
    priority: 12,
    title: loc('The Windows Update policy in the registry is not set', '注册表中的 Windows 更新策略未设置'),
    explanation: loc(
      'The WSUS server was not written to (or read from) the Windows Update policy keys: {detail}. Without WUServer and UseWUServer=1 the agent has no managed server to scan.',
      'WSUS 服务器未写入(或未能读取)Windows 更新策略项:{detailZh}。没有 WUServer 和 UseWUServer=1,代理就没有可扫描的托管服务器。',
    ),
    detect(ctx) {
      const addFail = linesOf(ctx, 'registryWriteFailed').filter((e) => !/0x87d00692/i.test(e.entry.text));
      const missing = ctx.codes.filter((c) => c.value === 0x80244011 || c.value === 0x8024002e).map((c) => c.at);
      const nullServer = ctx.view.hasClientLogs ? linesOf(ctx, 'agentNoServer') : [];
      const ev = inTimeOrder(addFail, missing, nullServer).slice(0, 4);
      if (!ev.length) return null;
      const detail = missing.length ? 'the agent reports the WUServer policy value missing' : addFail.length ? 'WUAHandler failed to add the update source' : 'WindowsUpdate.log shows no WSUS server while Configuration Manager manages updates';
      const detailZh = missing.length ? '代理报告缺少 WUServer 策略值' : addFail.length ? 'WUAHandler 添加更新源失败' : 'Configuration Manager 管理更新,但 WindowsUpdate.log 显示没有 WSUS 服务器';
      const code = missing[0] ? missing[0].entry.text.match(/8024002e/i) ? 0x8024002e : 0x80244011 : null;
      return { evidence: ev, code, vars: { detail, detailZh } };
    },
    nextSteps: (ctx) => [
      registryStep(ctx.facts),
      loc('If the values are missing or wrong, check that nothing else (a script, another management tool, a local policy) deletes them, then restart the SMS Agent Host service (CcmExec) and run a Software Update Scan Cycle.', '如果值缺失或错误,确认没有其他东西(脚本、其他管理工具、本地策略)删除它们,然后重启 SMS Agent Host 服务(CcmExec)并运行软件更新扫描周期。'),
    ],
  },
  {
    id: 'scan-location-stalled',
    section: 'scan.location',
    severity: 'info',
    priority: 80,
    fallback: true,
    title: loc('The scan is still setting up its update source', '扫描仍在设置更新源'),
    explanation: loc(
      'The latest scan cycle has not gone past step {step} ({stepName}) of the update-source part of the pipeline, and no step failed. It may still be running, or the logs end here.',
      '最新的扫描周期尚未越过更新源阶段的第 {step} 步({stepNameZh}),也没有步骤失败。它可能仍在运行,或者日志到此为止。',
    ),
    detect(ctx) {
      if (!ctx.cycle || ctx.status !== 'open' || ctx.cycle.maxRank > 11) return null;
      const last = ctx.cycle.hits.map((i) => ctx.view.entries[i]).pop()!;
      return { evidence: [last], vars: { step: String(ctx.cycle.maxRank), stepName: `step ${ctx.cycle.maxRank}`, stepNameZh: `第 ${ctx.cycle.maxRank} 步` } };
    },
    nextSteps: (ctx) => [
      loc('Wait a few minutes and reload the logs; if nothing moves, follow the steps of "Update source and WSUS location" one by one.', '等待几分钟后重新加载日志;如果没有进展,请逐一按照"更新源和 WSUS 位置"中的步骤检查。'),
      ...testUrlSteps(ctx.facts).slice(0, serverOf(ctx.facts) ? 1 : 0),
    ],
  },
];
