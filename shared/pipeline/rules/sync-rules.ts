// Rules for the WSUS synchronization with Microsoft Update (sync.*), from SoftwareDistribution.log and WSyncMgr.log.
import { loc } from '../../knowledge/localized';
import type { StepId } from '../diagnosis-types';
import { codesOn, failLines, onLines, pickCode, type Rule, type RuleContext, type RuleFinding } from './rule';
import { linesOf } from './patterns';

const WSUS_PROXY_STEP = loc(
  'In the WSUS console: Options > Update Source and Proxy Server > Proxy Server: set the proxy WSUS must use (and its credentials); in Configuration Manager the same settings are on the software update point (Proxy and account settings).',
  '在 WSUS 控制台中:选项 > 更新源和代理服务器 > 代理服务器:设置 WSUS 必须使用的代理(及其凭据);在 Configuration Manager 中,相同设置位于软件更新点(代理和帐户设置)。',
);

/** A sync step's failure lines, with the code most of them carry. */
function stepFailure(ctx: RuleContext, step: StepId): RuleFinding | null {
  const ev = failLines(ctx, [step]);
  return ev.length ? { evidence: ev.slice(0, 4), code: pickCode(codesOn(ctx, ev), () => true)?.code ?? null } : null;
}

export const SYNC_RULES: readonly Rule[] = [
  {
    id: 'sync-stuck',
    section: 'sync.start',
    severity: 'error',
    priority: 10,
    title: loc('The synchronization started but never progressed', '同步已开始但没有进展'),
    explanation: loc(
      'A synchronization was started but nothing followed it, or the WSUS service is not running. A manual sync that stays at 0% usually means the WSUS service is stopped.',
      '同步已启动,但之后没有任何进展,或 WSUS 服务未运行。手动同步一直停在 0% 通常表示 WSUS 服务已停止。',
    ),
    detect(ctx) {
      const stopped = linesOf(ctx, 'wsusServiceStopped');
      if (stopped.length) return { evidence: stopped.slice(0, 3) };
      if (!ctx.cycle || ctx.cycle.maxRank > 101 || ctx.cycle.failed) return null;
      const start = ctx.view.entries[ctx.cycle.first];
      return ctx.view.endT - start.t >= 30 * 60_000 ? { evidence: [start] } : null;
    },
    nextSteps: () => [
      loc('Check the WSUS service: Get-Service WsusService (on WSUS 3.x "Update Services"); start it if stopped.', '检查 WSUS 服务:Get-Service WsusService(WSUS 3.x 上为 "Update Services");如已停止则启动。'),
      loc('Reset the WSUS console cache: close the console, stop the WSUS service, rename %appdata%\\Microsoft\\mmc\\wsus to wsus_bak, start the service, reopen the console and sync again.', '重置 WSUS 控制台缓存:关闭控制台,停止 WSUS 服务,将 %appdata%\\Microsoft\\mmc\\wsus 重命名为 wsus_bak,启动服务,重新打开控制台并再次同步。'),
      loc('If only scheduled syncs fail, try a manual sync; if that works, check the synchronization schedule.', '如果只有计划同步失败,请尝试手动同步;如果成功,检查同步计划。'),
    ],
  },
  {
    id: 'sync-connect',
    section: 'sync.connect',
    severity: 'error',
    priority: 5,
    title: loc('WSUS cannot connect to the upstream server', 'WSUS 无法连接上游服务器'),
    explanation: loc(
      'The synchronization failed while connecting out over WinHTTP: a proxy, firewall or filter between WSUS and the internet, or wrong WSUS proxy settings.',
      '同步在通过 WinHTTP 向外连接时失败:WSUS 与 Internet 之间的代理、防火墙或筛选器,或 WSUS 代理设置错误。',
    ),
    detect: (ctx) => stepFailure(ctx, 'S2'),
    nextSteps: () => [
      WSUS_PROXY_STEP,
      loc('From the WSUS server, test the connection: Invoke-WebRequest https://sws.update.microsoft.com (through the proxy if one is required).', '在 WSUS 服务器上测试连接:Invoke-WebRequest https://sws.update.microsoft.com(如需代理则通过代理)。'),
      loc('Ask the network team whether a firewall or content filter blocks the WSUS server (WinHTTP, ports 80/443).', '询问网络团队是否有防火墙或内容筛选器阻止了 WSUS 服务器(WinHTTP,端口 80/443)。'),
    ],
  },
  {
    id: 'sync-failed',
    section: 'sync.complete',
    severity: 'error',
    priority: 20,
    title: loc('The synchronization did not complete', '同步未完成'),
    explanation: loc('WSUS reports the synchronization failed before all metadata for the subscribed products and classifications arrived.', 'WSUS 报告同步在收到所订阅产品和分类的全部元数据之前失败。'),
    detect: (ctx) => stepFailure(ctx, 'S3'),
    nextSteps: () => [
      loc('Read SoftwareDistribution.log (WSUS server) and WSyncMgr.log (site server) just before the failure for the first exception.', '查看失败之前的 SoftwareDistribution.log(WSUS 服务器)和 WSyncMgr.log(站点服务器),找到第一个异常。'),
      WSUS_PROXY_STEP,
      loc('Run a manual synchronization from the console (Software Library > Software Updates > All Software Updates > Synchronize Software Updates) and watch WSyncMgr.log.', '从控制台运行手动同步(软件库 > 软件更新 > 所有软件更新 > 同步软件更新),并观察 WSyncMgr.log。'),
    ],
  },
  {
    id: 'sync-errors',
    section: 'sync',
    severity: 'warning',
    priority: 50,
    fallback: true,
    title: loc('Errors in the WSUS synchronization logs', 'WSUS 同步日志中有错误'),
    explanation: loc('The synchronization logs hold errors that no specific step explains.', '同步日志中有无法由特定步骤解释的错误。'),
    detect: (ctx) => onLines(ctx.window.ofKind(['softwaredistribution', 'wsyncmgr']).filter((e) => e.entry.severity === 'error')),
    nextSteps: () => [loc('Follow the synchronization steps of the guide in order: started, connects out, completes.', '按顺序检查指南中的同步步骤:开始、向外连接、完成。')],
  },
];
