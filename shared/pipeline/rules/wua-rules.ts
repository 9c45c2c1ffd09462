// Rules for the agent's search against WSUS (scan.wua.*), the request (scan.request.*) and what follows.
import { ERROR_CODES } from '../../knowledge/error-codes';
import { loc } from '../../knowledge/localized';
import { lookupErrorCode } from '../../knowledge/lookup';
import type { SectionId } from '../../knowledge/section-ids';
import { codeSeverity, failLines, inTimeOrder, onLines, onLinesWithCode, pickCode, type Rule, type RuleContext, type RuleFinding } from './rule';
import { evidenceOf } from './agent-evidence';
import { iisLogStep, portStep, PROXY_STEPS, registryStep, RESCAN_STEP, serverOf, testUrlSteps } from './next-steps';
import { linesOf } from './patterns';

/**
 * The section's code, or else what the agent saw: a failed search whose relayed code no section explains is placed
 * by WindowsUpdate.log's own words (HTTP status, WS error, certificate, proxy, handler) in the same cycle.
 */
function sectionFinding(ctx: RuleContext, section: SectionId): RuleFinding | null {
  // a code fires on a run that failed or has not finished; a completed run that retried past it is healthy
  const picked = ctx.status === 'completed' ? null : pickCode(ctx, (v) => ERROR_CODES.get(v)?.section === section);
  if (!picked) return evidenceFinding(ctx, section);
  // the code's own section: still show what the agent saw when it says the same thing
  const ev = evidenceOf(ctx);
  const seen = ev?.evidence.section === section ? ev.lines.slice(0, 2) : [];
  return { ...picked, severity: codeSeverity(ctx), evidence: inTimeOrder(seen, picked.evidence) };
}

/** The agent's evidence for this section, when no code of the window already names a specific section. */
function evidenceFinding(ctx: RuleContext, section: SectionId): RuleFinding | null {
  const ev = specificEvidence(ctx);
  if (!ev || ev.evidence.section !== section) return null;
  const failed = searchFailure(ctx);
  const lines = inTimeOrder(ev.lines.slice(0, 3), failed?.lines.slice(0, 2) ?? []);
  return { evidence: lines, code: failed?.code ?? null, severity: codeSeverity(ctx) };
}

/** What the agent saw in a failed search, if no code of the window already names a specific section. */
function specificEvidence(ctx: RuleContext) {
  if (ctx.status !== 'failed' || specificCodeSeen(ctx)) return null;
  return evidenceOf(ctx);
}

const CODE_SECTIONS_SPECIFIC: ReadonlySet<SectionId | null | undefined> = new Set<SectionId>([
  'scan.wua.proxy', 'scan.wua.auth', 'scan.wua.certificate', 'scan.wua.http', 'scan.request.wua-memory', 'scan.request.wua-repair',
  'scan.location.gpo', 'scan.location.registry',
]);
const coveredBySpecific = (v: number): boolean => CODE_SECTIONS_SPECIFIC.has(ERROR_CODES.get(v)?.section);
/** A code of the window names a specific section: the general rules leave the verdict to it. */
const specificCodeSeen = (ctx: RuleContext): boolean => ctx.codes.some((c) => coveredBySpecific(c.value));

const EXIT_CODE = /(?:exit code|error)\s*=?\s*(0x[0-9a-f]{8})|error (0x[0-9a-f]{8})|with error\s*(?:=\s*)?(0x[0-9a-f]{8})/i;

function exitCodeOf(ctx: RuleContext, steps: readonly string[]) {
  const lines = failLines(ctx, steps);
  for (const e of lines) {
    const m = EXIT_CODE.exec(e.entry.text);
    const hex = m ? (m[1] ?? m[2] ?? m[3]) : null;
    if (hex) return { lines, code: parseInt(hex, 16) >>> 0 };
  }
  return lines.length ? { lines, code: null } : null;
}

/** The agent's search ended (END, "Found N updates") and no step-13 line failed: it returned results. */
function searchReturned(ctx: RuleContext): boolean {
  return ctx.window.hits().some((e) => e.hit?.step === '13' && e.hit.kind === 'end') && !failLines(ctx, ['13']).length;
}

/** The failed search: its exit code (WindowsUpdate.log) or else the one WUAHandler relayed, unless results came back. */
function searchFailure(ctx: RuleContext) {
  const agent = exitCodeOf(ctx, ['13']);
  if (agent && agent.code !== null) return agent;
  if (searchReturned(ctx)) return null;
  const relayed = exitCodeOf(ctx, ['14']);
  return relayed && relayed.code !== null ? { lines: [...(agent?.lines ?? []), ...relayed.lines], code: relayed.code } : null;
}

/** A failed step's exit code as the finding, unless it (or any code of the window) has a specific section. */
function exitFinding(ctx: RuleContext, x: ReturnType<typeof exitCodeOf>): RuleFinding | null {
  if (!x || x.code === null || coveredBySpecific(x.code) || specificCodeSeen(ctx)) return null;
  return { evidence: x.lines.slice(0, 3), code: x.code };
}

/** The caller named on a search's START line. */
function callerOf(text: string): string {
  return /CallerId = ([^\]\n]+?)(?:\s+Id = \d+|,|\]|\s*\(cV|$)/i.exec(text)?.[1].trim() || '?';
}

/** A rule found by its own section's codes, or by what the agent saw (sectionFinding). */
function bySection(def: Omit<Rule, 'detect'>): Rule {
  return { ...def, detect: (ctx) => sectionFinding(ctx, def.section) };
}

export const WUA_RULES: readonly Rule[] = [
  bySection({
    id: 'wua-proxy',
    section: 'scan.wua.proxy',
    severity: 'error',
    priority: 20,
    title: loc('Proxy problem between the client and WSUS ({code})', '客户端与 WSUS 之间的代理问题({code})'),
    explanation: loc(
      'The Windows Update Agent could not reach the WSUS server through the proxy: {meaning} The agent uses the WinHTTP proxy, which is not the Internet Explorer proxy.',
      'Windows 更新代理无法通过代理服务器访问 WSUS 服务器:{meaningZh} 代理使用的是 WinHTTP 代理,而不是 Internet Explorer 的代理。',
    ),
    nextSteps: (ctx) => {
      const u = serverOf(ctx.facts);
      return [
        ...PROXY_STEPS,
        loc(
          u ? `Make sure ${u.host} resolves from the client (Resolve-DnsName ${u.host}) and is reachable directly or through the proxy.` : 'Make sure the WSUS server name resolves from the client (Resolve-DnsName) and is reachable directly or through the proxy.',
          u ? `确认客户端可以解析 ${u.host}(Resolve-DnsName ${u.host}),并能直接或通过代理访问。` : '确认客户端可以解析 WSUS 服务器名称(Resolve-DnsName),并能直接或通过代理访问。',
        ),
        ...testUrlSteps(ctx.facts),
        RESCAN_STEP,
      ];
    },
  }),
  bySection({
    id: 'wua-auth',
    section: 'scan.wua.auth',
    severity: 'error',
    priority: 21,
    title: loc('Authentication refused by WSUS or a proxy ({code})', 'WSUS 或代理拒绝了身份验证({code})'),
    explanation: loc('The scan failed with an HTTP authentication error: {meaning}', '扫描因 HTTP 身份验证错误而失败:{meaningZh}'),
    nextSteps: (ctx) => [PROXY_STEPS[0], ...testUrlSteps(ctx.facts), iisLogStep(ctx.facts), RESCAN_STEP],
  }),
  bySection({
    id: 'wua-certificate',
    section: 'scan.wua.certificate',
    severity: 'error',
    priority: 22,
    title: loc('Certificate problem on the WSUS SSL connection ({code})', 'WSUS SSL 连接的证书问题({code})'),
    explanation: loc(
      'The SSL connection to WSUS failed: {meaning} With 0x80072F0C the WSUS virtual directories ask for a client certificate; they must be set to "Ignore" client certificates.',
      '与 WSUS 的 SSL 连接失败:{meaningZh} 出现 0x80072F0C 时,WSUS 虚拟目录要求客户端证书;必须将其设置为"忽略"客户端证书。',
    ),
    nextSteps: (ctx) => {
      const u = serverOf(ctx.facts);
      const host = u?.host ?? 'the WSUS server';
      return [
        loc(`In IIS Manager on ${host}: WSUS Administration site > ApiRemoting30, ClientWebService, DSSAuthWebService, ServerSyncWebService, SimpleAuthWebService > SSL Settings: Require SSL, client certificates = Ignore.`, `在 ${host} 的 IIS 管理器中:WSUS 管理网站 > ApiRemoting30、ClientWebService、DSSAuthWebService、ServerSyncWebService、SimpleAuthWebService > SSL 设置:要求 SSL,客户端证书 = 忽略。`),
        loc(`Check the https binding of the WSUS site has a server authentication certificate whose subject or SAN holds ${host}${u ? ` (the name the client uses, port ${u.port})` : ''}; internet-facing SUPs need "internet FQDN & intranet FQDN".`, `检查 WSUS 网站的 https 绑定是否使用了主题或 SAN 包含 ${host} 的服务器身份验证证书${u ? `(客户端使用的名称,端口 ${u.port})` : ''};面向 Internet 的 SUP 需要 "Internet FQDN & 内网 FQDN"。`),
        loc('In the console check the software update point "Require SSL communication to the WSUS server", and in the WSUS console (Options > Update Source and Proxy Server) "Use SSL when synchronizing update information".', '在控制台中检查软件更新点的"需要与 WSUS 服务器进行 SSL 通信",并在 WSUS 控制台(选项 > 更新源和代理服务器)中检查"同步更新信息时使用 SSL"。'),
        ...testUrlSteps(ctx.facts),
      ];
    },
  }),
  {
    id: 'wua-http',
    section: 'scan.wua.http',
    severity: 'error',
    priority: 25,
    title: loc('The agent cannot talk to WSUS: HTTP error or timeout ({code})', '代理无法与 WSUS 通信:HTTP 错误或超时({code})'),
    explanation: loc(
      'The Windows Update Agent failed to exchange requests with the WSUS server{server}: {meaning} Name resolution, the proxy, the network, the ports or IIS on the WSUS server can cause it.',
      'Windows 更新代理无法与 WSUS 服务器{serverZh}交换请求:{meaningZh} 名称解析、代理、网络、端口或 WSUS 服务器上的 IIS 都可能导致此问题。',
    ),
    detect(ctx) {
      const f = sectionFinding(ctx, 'scan.wua.http');
      if (!f) return null;
      const u = serverOf(ctx.facts);
      return { ...f, vars: { server: u ? ` (${u.url})` : '', serverZh: u ? `(${u.url})` : '' } };
    },
    nextSteps: (ctx) => [iisLogStep(ctx.facts), registryStep(ctx.facts), ...testUrlSteps(ctx.facts), portStep(ctx.facts), PROXY_STEPS[0], RESCAN_STEP],
  },
  {
    id: 'wua-ports',
    section: 'scan.wua.ports',
    severity: 'error',
    priority: 6,
    title: loc('The agent uses port {agentPort}, the software update point {sitePort}', '代理使用端口 {agentPort},软件更新点使用 {sitePort}'),
    explanation: loc(
      'The WSUS URL the agent scans ({agentUrl}) does not match the one Configuration Manager handed out ({siteUrl}). WSUS listens on 80/443 or 8530/8531; the software update point role must use the same ports as the WSUS web site.',
      '代理扫描的 WSUS URL({agentUrl})与 Configuration Manager 提供的({siteUrl})不一致。WSUS 使用 80/443 或 8530/8531;软件更新点角色必须使用与 WSUS 网站相同的端口。',
    ),
    detect(ctx) {
      const { agentUrl, siteUrl } = ctx.facts;
      if (!agentUrl || !siteUrl || ctx.facts.gpoUrl) return null;
      if (agentUrl.host.toLowerCase() !== siteUrl.host.toLowerCase() || agentUrl.port === siteUrl.port) return null;
      const agentSide = linesOf(ctx, 'agentServer').slice(-1);
      const siteSide = linesOf(ctx, 'siteServer').slice(-1);
      const lines = [...agentSide, ...(siteSide.length ? siteSide : linesOf(ctx, 'handlerSetsServer').slice(-1))];
      const refused = linesOf(ctx, 'portRefused');
      return { evidence: inTimeOrder(lines, refused), vars: { agentPort: String(agentUrl.port), sitePort: String(siteUrl.port), agentUrl: agentUrl.url, siteUrl: siteUrl.url } };
    },
    nextSteps: (ctx) => {
      const s = ctx.facts.siteUrl!;
      return [
        loc(`On the WSUS server: IIS Manager > Sites > the WSUS site > Edit Bindings: note the HTTP/HTTPS ports.`, `在 WSUS 服务器上:IIS 管理器 > 网站 > WSUS 网站 > 编辑绑定:记下 HTTP/HTTPS 端口。`),
        loc(`In the console: Administration > Site Configuration > Servers and Site System Roles > ${s.host} > Software update point > Properties > General: the ports must equal the IIS bindings.`, `在控制台中:管理 > 站点配置 > 服务器和站点系统角色 > ${s.host} > 软件更新点 > 属性 > 常规:端口必须与 IIS 绑定一致。`),
        portStep({ agentUrl: s, siteUrl: s, gpoUrl: null }),
        registryStep({ agentUrl: s, siteUrl: s, gpoUrl: null }),
      ];
    },
  },
  {
    id: 'wua-out-of-memory',
    section: 'scan.request.wua-memory',
    severity: 'error',
    priority: 15,
    title: loc('The Windows Update Agent ran out of memory during the scan (0x8007000E)', 'Windows 更新代理在扫描期间内存不足(0x8007000E)'),
    explanation: loc(
      'WindowsUpdate.log shows ISusInternal::GetUpdateMetadata2 failing with 0x8007000E (out of memory). On 32-bit Windows 7 with an older agent the scan never returns results to Configuration Manager.',
      'WindowsUpdate.log 显示 ISusInternal::GetUpdateMetadata2 以 0x8007000E(内存不足)失败。在使用旧版代理的 32 位 Windows 7 上,扫描永远无法向 Configuration Manager 返回结果。',
    ),
    detect(ctx) {
      const meta = linesOf(ctx, 'agentOutOfMemory');
      const oom = ctx.status !== 'completed' ? ctx.codes.filter((c) => c.value === 0x8007000e || c.value === 0x80244002).map((c) => c.at) : [];
      const ev = inTimeOrder(meta, oom).slice(0, 4);
      return ev.length ? { evidence: ev, code: 0x8007000e } : null;
    },
    nextSteps: () => [
      loc('Install the June 2015 Windows Update client for Windows 7 (KB3050265) or a later agent update, restart, and run a Software Update Scan Cycle.', '安装 2015 年 6 月的 Windows 7 Windows 更新客户端(KB3050265)或更新的代理版本,重启后运行软件更新扫描周期。'),
      loc('On x64 clients expect high memory and CPU use by svchost (wuauserv) during the scan until the agent is updated.', '在 x64 客户端上,在更新代理之前,扫描期间 svchost(wuauserv)会占用较多内存和 CPU。'),
    ],
  },
  bySection({
    id: 'wua-broken-agent',
    section: 'scan.request.wua-repair',
    severity: 'error',
    priority: 30,
    title: loc('The Windows Update Agent itself is broken ({code})', 'Windows 更新代理本身已损坏({code})'),
    explanation: loc(
      'The error points at the agent, not the network: {meaning} Missing or corrupt files, registry keys, component registration or the agent datastore cause it.',
      '该错误指向代理本身而非网络:{meaningZh} 文件、注册表项、组件注册或代理数据存储区丢失或损坏都会导致此问题。',
    ),
    nextSteps: () => [
      loc('Check the service: sc qc wuauserv (must not be disabled), then net start wuauserv.', '检查服务:sc qc wuauserv(不能为禁用),然后 net start wuauserv。'),
      loc('Run the Windows Update troubleshooter (KB2714434) and update the agent to the latest version (KB949104).', '运行 Windows 更新疑难解答(KB2714434),并将代理更新到最新版本(KB949104)。'),
      loc('Reset the datastore: net stop wuauserv & ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old & net start wuauserv, then run a Software Update Scan Cycle.', '重置数据存储区:net stop wuauserv & ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old & net start wuauserv,然后运行软件更新扫描周期。'),
    ],
  }),
  {
    id: 'scan-request-not-started',
    section: 'scan.request',
    severity: 'error',
    priority: 35,
    title: loc('The scan was requested but the agent search did not start', '已请求扫描,但代理搜索未启动'),
    explanation: loc(
      'ScanAgent requested the scan (or WUAHandler tried to start it) but WUAHandler never started a search with the Windows Update Agent.',
      'ScanAgent 已请求扫描(或 WUAHandler 尝试启动扫描),但 WUAHandler 从未通过 Windows 更新代理开始搜索。',
    ),
    detect(ctx) {
      const failed = onLines(failLines(ctx, ['12']));
      if (failed) return failed;
      if (!ctx.cycle || !ctx.view.kinds.has('wuahandler')) return null;
      const hits = ctx.cycle.hits.map((i) => ctx.view.entries[i]);
      const req = hits.filter((e) => e.hit?.step === '11').pop();
      if (!req || hits.some((e) => e.hit && Number(e.hit.step) >= 12)) return null;
      const later = ctx.window.ofKind(['wuahandler', 'scanagent']).filter((e) => e.t - req.t >= 5 * 60_000);
      return later.length ? { evidence: [req, later[0]] } : null;
    },
    nextSteps: (ctx) => [
      loc('Read WUAHandler.log right after the request time; if it shows nothing new, check that the Windows Update service runs (sc query wuauserv).', '查看请求时间之后的 WUAHandler.log;如果没有新内容,检查 Windows Update 服务是否运行(sc query wuauserv)。'),
      registryStep(ctx.facts),
      RESCAN_STEP,
    ],
  },
  {
    id: 'wua-search-failed',
    section: 'scan.wua',
    severity: 'error',
    priority: 40,
    title: loc('The agent search against WSUS failed ({code})', '代理对 WSUS 的搜索失败({code})'),
    explanation: loc('WindowsUpdate.log shows the search ending with an error: {meaning}', 'WindowsUpdate.log 显示搜索以错误结束:{meaningZh}'),
    detect: (ctx) => (specificEvidence(ctx) ? null : exitFinding(ctx, searchFailure(ctx))),
    nextSteps: (ctx) => [
      loc('Read WindowsUpdate.log around the failure (how: KB902093) for the first error before the search ended, and look its code up (KB938205).', '查看 WindowsUpdate.log 中失败前后的内容(方法:KB902093),找到搜索结束前的第一个错误,并查找其代码(KB938205)。'),
      ...testUrlSteps(ctx.facts),
      RESCAN_STEP,
    ],
  },
  {
    id: 'scan-results-failed',
    section: 'scan.results',
    severity: 'error',
    priority: 41,
    title: loc('WUAHandler could not read the scan results ({code})', 'WUAHandler 无法读取扫描结果({code})'),
    explanation: loc(
      'The agent\'s search returned results, but WUAHandler (or ScanAgent) failed to take them: {meaning}',
      '代理的搜索已返回结果,但 WUAHandler(或 ScanAgent)未能接收:{meaningZh}',
    ),
    detect: (ctx) => (searchReturned(ctx) ? exitFinding(ctx, exitCodeOf(ctx, ['14'])) : null),
    nextSteps: (ctx) => [
      loc('Open WindowsUpdate.log at the same time: the search by CcmExec ended with results; look for errors after it and in WUAHandler.log right after "Async searching completed".', '在同一时间打开 WindowsUpdate.log:CcmExec 的搜索已返回结果;查找其后的错误,以及 WUAHandler.log 中 "Async searching completed" 之后的错误。'),
      ...testUrlSteps(ctx.facts),
      RESCAN_STEP,
    ],
  },
  {
    id: 'scan-parse-failed',
    section: 'scan.applicability',
    severity: 'error',
    priority: 42,
    title: loc('The scan results were received but not processed', '已收到扫描结果,但未能处理'),
    explanation: loc('WUAHandler received the results but logged an error before "Successfully completed scan".', 'WUAHandler 收到了结果,但在 "Successfully completed scan" 之前记录了错误。'),
    detect(ctx) {
      if (!ctx.cycle || ctx.cycle.completed) return null;
      const wua = ctx.window.ofKind(['wuahandler']);
      const got = wua.findIndex((e) => e.hit?.step === '14' && e.hit.kind !== 'fail');
      if (got < 0) return null;
      const errs = wua.slice(got + 1).filter((e) => e.entry.severity === 'error');
      return errs.length ? { evidence: [wua[got], ...errs.slice(0, 3)] } : null;
    },
    nextSteps: () => [
      loc('Read WUAHandler.log after "Async searching completed" and WindowsUpdate.log at the same time for the failing update.', '查看 WUAHandler.log 中 "Async searching completed" 之后的内容,以及同一时间 WindowsUpdate.log 中失败的更新。'),
      RESCAN_STEP,
    ],
  },
  {
    id: 'scan-state-errors',
    section: 'scan.state',
    severity: 'warning',
    priority: 60,
    title: loc('Errors while storing or reporting update status', '存储或报告更新状态时出错'),
    explanation: loc(
      'UpdatesStore.log or StateMessage.log logged errors while recording the scan results; the site may show stale compliance for this client until the state messages go through.',
      'UpdatesStore.log 或 StateMessage.log 在记录扫描结果时出错;在状态消息成功发送之前,站点可能显示此客户端过时的符合性状态。',
    ),
    detect: (ctx) => onLinesWithCode(ctx, ctx.window.ofKind(['updatesstore', 'statemessage']).filter((e) => e.entry.severity === 'error')),
    nextSteps: () => [
      loc('Check WMI on the client: Get-CimInstance -Namespace ROOT\\CCM\\SoftwareUpdates\\UpdatesStore -ClassName CCM_UpdateStatus', '检查客户端上的 WMI:Get-CimInstance -Namespace ROOT\\CCM\\SoftwareUpdates\\UpdatesStore -ClassName CCM_UpdateStatus'),
      loc('Look for "State message(State ID : N) with TopicType 500 ... has been recorded" in StateMessage.log; if needed resend state with the RefreshServerComplianceState method of Microsoft.CCM.UpdatesStore.', '在 StateMessage.log 中查找 "State message(State ID : N) with TopicType 500 ... has been recorded";必要时使用 Microsoft.CCM.UpdatesStore 的 RefreshServerComplianceState 方法重新发送状态。'),
    ],
  },
  {
    id: 'need-windowsupdate-log',
    section: 'reference.windowsupdate-log',
    severity: 'info',
    priority: 90,
    title: loc('Add WindowsUpdate.log to see why the agent failed', '添加 WindowsUpdate.log 以查看代理失败的原因'),
    explanation: loc('The set has no WindowsUpdate.log; WUAHandler.log only relays the agent\'s error.', '该日志集中没有 WindowsUpdate.log;WUAHandler.log 只是转述代理的错误。'),
    detect: (ctx) => (ctx.status !== 'failed' || ctx.view.kinds.has('windowsupdate') ? null : onLines(failLines(ctx), 1)),
    nextSteps: () => [
      loc('On Windows 10 and later run Get-WindowsUpdateLog in PowerShell (it writes WindowsUpdate.log to the desktop); on older systems take C:\\Windows\\WindowsUpdate.log. Read it with KB902093.', '在 Windows 10 及更高版本上,在 PowerShell 中运行 Get-WindowsUpdateLog(会将 WindowsUpdate.log 写到桌面);在较旧系统上取 C:\\Windows\\WindowsUpdate.log。阅读方法见 KB902093。'),
    ],
  },
  {
    id: 'unknown-error-code',
    section: 'reference.error-codes',
    severity: 'info',
    priority: 91,
    title: loc('Look up {code} in the Windows Update error code list', '在 Windows 更新错误代码列表中查找 {code}'),
    explanation: loc('The failure carries a code the offline table does not know: {meaning}', '失败带有离线表中没有的代码:{meaningZh}'),
    detect(ctx) {
      if (ctx.status !== 'failed') return null;
      const f = failLines(ctx);
      const c = ctx.codes.find((x) => f.includes(x.at) && !lookupErrorCode(x.value)?.known);
      return c ? { evidence: [c.at], code: c.value } : null;
    },
    nextSteps: () => [loc('See the list of Windows Update error codes (KB938205) and search the code in the documentation of its facility.', '参阅 Windows 更新错误代码列表(KB938205),并在其设施的文档中搜索该代码。')],
  },
  {
    id: 'scan-failed',
    section: 'scan',
    severity: 'error',
    priority: 99,
    fallback: true,
    title: loc('The software update scan failed', '软件更新扫描失败'),
    explanation: loc('A step of the scan failed (step {step}) without a code a specific section explains.', '扫描的某一步(第 {step} 步)失败,但没有可由特定章节解释的代码。'),
    detect(ctx) {
      if (ctx.status !== 'failed') return null;
      const f = failLines(ctx);
      return f.length ? { evidence: f.slice(0, 3), vars: { step: f[0].hit!.step } } : null;
    },
    nextSteps: (ctx) => [
      loc('Follow the scan pipeline from the failed step in the guide; read WUAHandler.log and WindowsUpdate.log at that time.', '按照指南从失败的步骤开始检查扫描流程;查看该时间的 WUAHandler.log 和 WindowsUpdate.log。'),
      ...testUrlSteps(ctx.facts),
    ],
  },
  {
    id: 'other-callers-searched',
    section: 'scan.wua',
    severity: 'info',
    priority: 95,
    title: loc('Windows Update also searched for others: {callers}', 'Windows 更新还为其他调用方执行了搜索:{callers}'),
    explanation: loc(
      'These searches were not asked for by Configuration Manager (CcmExec). They are shown as context and do not change the verdict{failedNote}.',
      '这些搜索并非由 Configuration Manager (CcmExec) 发起。它们仅作为背景显示,不影响结论{failedNoteZh}。',
    ),
    detect(ctx) {
      if (ctx.view.scanOwner !== 'configmgr') return null;
      const starts = linesOf(ctx, 'otherCallerSearch');
      if (!starts.length) return null;
      const counts = new Map<string, number>();
      for (const e of starts) counts.set(callerOf(e.entry.text), (counts.get(callerOf(e.entry.text)) ?? 0) + 1);
      const callers = [...counts].map(([c, n]) => (n > 1 ? `${c} ×${n}` : c)).join(', ');
      const failed = ctx.window.ofKind(['windowsupdate']).some((e) => e.otherCaller && /exit code\s*=\s*0x[89a-f]/i.test(e.entry.text));
      return {
        evidence: starts.slice(-3),
        vars: { callers, failedNote: failed ? ' (one of them failed; its code is not this scan’s)' : '', failedNoteZh: failed ? '(其中有搜索失败;其代码不属于本次扫描)' : '' },
      };
    },
    nextSteps: () => [
      loc(
        'To read Configuration Manager’s own search, follow the lines with CallerId = CcmExec (ClientId = CcmExec) in WindowsUpdate.log; a failure of the others affects Windows Update’s own scans only.',
        '要查看 Configuration Manager 自己的搜索,请跟踪 WindowsUpdate.log 中 CallerId = CcmExec(ClientId = CcmExec)的行;其他调用方的失败只影响 Windows 更新自身的扫描。',
      ),
    ],
  },
];
