// The troubleshooting guide, section by section, in our own words (English and Simplified Chinese), after
// "Troubleshooting software update management in Configuration Manager" (../shared/guide). Ids are the outline's.
import type { Lang, Localized } from './localized';
import type { SectionId } from './section-ids';

export interface GuideSection {
  id: SectionId;
  parent: SectionId | null;
  title: Localized;
  /** Plain text; paragraphs separated by a blank line, list items start with "- ". */
  body: Localized;
}

const s = (id: SectionId, parent: SectionId | null, titleEn: string, titleZh: string, bodyEn: string, bodyZh: string): GuideSection => ({
  id,
  parent,
  title: { en: titleEn, 'zh-CN': titleZh },
  body: { en: bodyEn.trim(), 'zh-CN': bodyZh.trim() },
});

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  s('intro.scoping', null, 'Before you start', '开始之前',
    `
The better you understand the problem, the faster you fix it. Before touching logs, answer these questions:

- What exactly does not work, and what are you trying to achieve?
- How often does it happen, and is it still happening?
- How did you notice the problem?
- Did it ever work? If so, when did it stop, and what changed just before?
- What share of the clients is affected?
- What has already been tried to fix it?
- What are the exact client and server versions, and are they up to date?
- What do the affected clients have in common (subnet, AD site, domain, location, site, site systems)?

If you know which part of the process fails, go straight to its section; otherwise start with the client scan and follow it step by step.`,
    `
越了解问题,就越快解决。在查看日志之前,先回答以下问题:

- 具体什么不工作?你的目标是什么?
- 问题出现的频率如何?现在仍在发生吗?
- 你是如何发现问题的?
- 以前正常吗?如果正常,何时开始出错?出错前有什么变化?
- 受影响的客户端占多少比例?
- 已经尝试过哪些修复?
- 客户端和服务器的确切版本是什么?是否为最新?
- 受影响的客户端有什么共同点(子网、AD 站点、域、物理位置、站点、站点系统)?

如果已知道出问题的环节,直接跳到对应章节;否则从客户端扫描开始,逐步检查。`),

  s('scan', null, 'Client software update scan', '客户端软件更新扫描',
    `
A software update scan on a Configuration Manager client runs in a fixed order: the client builds a scan request from policy, asks the management point for the WSUS server (the software update point), writes that server into the Windows Update policy in the registry, asks the Windows Update Agent (WUA) to search that server, then parses, stores and reports the results.

Confirm each step in turn to find where it breaks. The logs to read are ScanAgent.log, LocationServices.log, CcmMessaging.log, WUAHandler.log, UpdatesStore.log and StateMessage.log on the client (C:\\Windows\\CCM\\Logs), MP_Location.log on the management point, and WindowsUpdate.log. When a scan fails, WUAHandler.log only repeats what the agent reported: the details are in WindowsUpdate.log.`,
    `
Configuration Manager 客户端的软件更新扫描按固定顺序进行:客户端根据策略创建扫描请求,向管理点询问 WSUS 服务器(软件更新点),将该服务器写入注册表中的 Windows 更新策略,请求 Windows 更新代理(WUA)对该服务器进行搜索,然后分析、存储并报告结果。

逐步确认每一步,找出在哪里中断。需要查看的日志:客户端上的 ScanAgent.log、LocationServices.log、CcmMessaging.log、WUAHandler.log、UpdatesStore.log 和 StateMessage.log(C:\\Windows\\CCM\\Logs),管理点上的 MP_Location.log,以及 WindowsUpdate.log。扫描失败时,WUAHandler.log 只是转述代理报告的错误,详细信息在 WindowsUpdate.log 中。`),

  s('scan.location', 'scan', 'Update source and WSUS location', '更新源和 WSUS 位置',
    `
Steps 1-11 of the scan: from policy to a WSUS server set in the registry.

- ScanAgent builds the scan request from the available policy ("Policy available for UpdateSourceID", "Added Policy to final ScanRequest List"). Each scan job is kept in WMI: root\\CCM\\ScanAgent, class CCM_ScanJobInstance.
- ScanAgent asks Location Services for the WSUS location ("Requesting WSUS Server Locations from LS").
- LocationServices sends a WSUSLocationRequest to the management point through CcmMessaging (queue mp:[http]mp_locationmanager).
- The management point runs MP_GetWSUSServerLocations and replies with a WSUSLocationReply listing the WSUS URLs (MP_Location.log).
- LocationServices calls back with the locations; ScanAgent receives them ("OnLocationUpdate- Received Location=").
- WUAHandler adds the update source: it writes the server to the registry, forces a group policy refresh (waiting up to 2 minutes) and checks that no group policy overrides it ("Enabling WUA Managed server policy to use server:", "Added Update Source"). WindowsUpdate.log shows "WSUS server: ... (Changed)".
- ScanAgent raises the update source state message and requests the scan ("successfully requested Scan").`,
    `
扫描的第 1-11 步:从策略到在注册表中设置 WSUS 服务器。

- ScanAgent 根据可用策略创建扫描请求("Policy available for UpdateSourceID"、"Added Policy to final ScanRequest List")。每个扫描作业保存在 WMI 中:root\\CCM\\ScanAgent,类 CCM_ScanJobInstance。
- ScanAgent 向位置服务请求 WSUS 位置("Requesting WSUS Server Locations from LS")。
- LocationServices 通过 CcmMessaging(队列 mp:[http]mp_locationmanager)向管理点发送 WSUSLocationRequest。
- 管理点执行 MP_GetWSUSServerLocations,并以列出 WSUS URL 的 WSUSLocationReply 答复(MP_Location.log)。
- LocationServices 回调并返回位置;ScanAgent 收到位置("OnLocationUpdate- Received Location=")。
- WUAHandler 添加更新源:将服务器写入注册表,强制刷新组策略(最多等待 2 分钟),并检查是否有组策略覆盖它("Enabling WUA Managed server policy to use server:"、"Added Update Source")。WindowsUpdate.log 显示 "WSUS server: ... (Changed)"。
- ScanAgent 发出更新源状态消息并请求扫描("successfully requested Scan")。`),

  s('scan.location.client-settings', 'scan.location', 'No update source', '没有更新源',
    `
Symptom: ScanAgent.log says there is no update source or no policy, and WUAHandler.log is missing or shows no recent activity.

Check that software updates are enabled in the client settings that apply to this client (Administration > Client Settings > Software Updates: "Enable software updates on clients" = Yes). Then refresh machine policy on the client (Machine Policy Retrieval & Evaluation Cycle) and run a Software Update Scan Cycle; PolicyAgent.log should show the new policy.`,
    `
症状:ScanAgent.log 显示没有更新源或没有策略,且 WUAHandler.log 不存在或没有最近的活动。

检查适用于该客户端的客户端设置中是否启用了软件更新(管理 > 客户端设置 > 软件更新:"在客户端上启用软件更新" = 是)。然后在客户端上刷新计算机策略(计算机策略检索和评估周期)并运行软件更新扫描周期;PolicyAgent.log 应显示新的策略。`),

  s('scan.location.no-sup', 'scan.location', 'No WSUS location returned', '未返回 WSUS 位置',
    `
Symptom: ScanAgent or LocationServices never receive a WSUS server location (the request is sent but no reply comes back, or the reply is empty).

- Is a software update point (SUP) role installed for the site? If not, install and configure it and follow SUPSetup.log.
- If it is installed: is it configured and has it synchronized? Check WCM.log, WSUSCtrl.log and WSyncMgr.log for errors.
- In the site database, run select * from WSUSServerLocations and select * from Update_SyncStatus to see the locations the management point can hand out and the last synchronization.
- On the management point, MP_Location.log shows whether the request arrived and what was answered.`,
    `
症状:ScanAgent 或 LocationServices 始终收不到 WSUS 服务器位置(请求已发送但没有答复,或答复为空)。

- 站点是否安装了软件更新点(SUP)角色?如果没有,请安装并配置,并通过 SUPSetup.log 跟踪进度。
- 如果已安装:是否已配置并完成同步?检查 WCM.log、WSUSCtrl.log 和 WSyncMgr.log 中的错误。
- 在站点数据库中运行 select * from WSUSServerLocations 和 select * from Update_SyncStatus,查看管理点可提供的位置和最近一次同步。
- 在管理点上,MP_Location.log 显示请求是否到达以及返回了什么。`),

  s('scan.location.gpo', 'scan.location', 'Registry not set: group policy', '注册表未设置:组策略',
    `
Symptom: the client receives the WSUS location but WUAHandler cannot configure the registry for it.

- Does WUAHandler.log time out waiting 2 minutes for the group policy refresh? Check that group policy processing works on the client (gpupdate /force, gpresult /h report.html).
- Does WUAHandler.log say "Group policy settings were overwritten by a higher authority (Domain Controller)"? A domain GPO ("Specify intranet Microsoft update service location") sets another server. Active Directory policy overrides the local policy Configuration Manager writes, so the scan goes to the wrong server or fails.
- Fix: remove the WSUS server setting from the domain GPO for ConfigMgr clients, or make it name exactly the software update point with the same name format and port (for example http://server1.contoso.com:8530, or :80 when WSUS uses the Default Web Site).`,
    `
症状:客户端收到了 WSUS 位置,但 WUAHandler 无法为其配置注册表。

- WUAHandler.log 是否在等待组策略刷新 2 分钟后超时?检查客户端上的组策略处理是否正常(gpupdate /force、gpresult /h report.html)。
- WUAHandler.log 是否显示 "Group policy settings were overwritten by a higher authority (Domain Controller)"?域 GPO("指定 Intranet Microsoft 更新服务位置")设置了另一台服务器。Active Directory 策略会覆盖 Configuration Manager 写入的本地策略,导致扫描指向错误的服务器或失败。
- 解决:从适用于 ConfigMgr 客户端的域 GPO 中删除 WSUS 服务器设置,或让它使用与软件更新点完全相同的名称格式和端口(例如 http://server1.contoso.com:8530;如果 WSUS 使用默认网站则为 :80)。`),

  s('scan.location.registry', 'scan.location', 'The registry values', '注册表值',
    `
When the update source is set, these values must hold the software update point:

- HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate, value WUServer (REG_SZ): the full WSUS URL including the port, e.g. http://PS1Site.Contoso.com:8530
- same key, value WUStatusServer (REG_SZ): the same URL
- HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU, value UseWUServer (REG_DWORD) = 1

(On 64-bit systems the guide's examples show the Wow6432Node view of the same keys.) Check them with reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate" /v WUServer. For an existing client WUAHandler.log shows "WSUS update source already exists, it has increased version to N" instead of a new source.`,
    `
设置更新源后,以下值必须指向软件更新点:

- HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate,值 WUServer(REG_SZ):包含端口的完整 WSUS URL,例如 http://PS1Site.Contoso.com:8530
- 同一项,值 WUStatusServer(REG_SZ):相同的 URL
- HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU,值 UseWUServer(REG_DWORD)= 1

(在 64 位系统上,指南示例显示的是这些项的 Wow6432Node 视图。)可用 reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate" /v WUServer 检查。对于已有的客户端,WUAHandler.log 会显示 "WSUS update source already exists, it has increased version to N",而不是新的更新源。`),

  s('scan.request', 'scan', 'Scan requested from the Windows Update Agent', '向 Windows 更新代理请求扫描',
    `
Once the WSUS server is set, ScanAgent asks WUAHandler for a scan, and WUAHandler asks the Windows Update Agent through its API. A scan can come from a scheduled or manual Software Update Scan Cycle, a deployment re-evaluation, or a deployment becoming active.

ScanAgent.log: "successfully requested Scan, ScanType=1". WUAHandler.log: "Search Criteria is (DeploymentAction=* AND Type='Software') OR ...", "Running single-call scan of updates", "Async searching of updates using WUAgent started". Results include superseded updates only when they supersede service packs and definition updates.

Tip: after a scan, if WUAHandler.log shows no new entries, the management point probably returned no software update point.`,
    `
设置 WSUS 服务器后,ScanAgent 请求 WUAHandler 扫描,WUAHandler 通过 API 请求 Windows 更新代理。扫描可能来自计划或手动的软件更新扫描周期、部署重新评估,或部署变为活动状态。

ScanAgent.log:"successfully requested Scan, ScanType=1"。WUAHandler.log:"Search Criteria is (DeploymentAction=* AND Type='Software') OR ..."、"Running single-call scan of updates"、"Async searching of updates using WUAgent started"。只有当被取代的更新取代的是服务包和定义更新时,扫描结果才包含它们。

提示:扫描后如果 WUAHandler.log 没有新条目,很可能管理点没有返回软件更新点。`),

  s('scan.request.wua-repair', 'scan.request', 'Broken Windows Update Agent', 'Windows 更新代理损坏',
    `
Missing or corrupt files or registry keys, or broken component registration, cause many scan problems. Repair the agent:

- Run the Windows Update troubleshooter (KB2714434).
- Update the Windows Update Agent to the latest version (KB949104).
- Reset the agent's datastore: net stop wuauserv; rename C:\\Windows\\SoftwareDistribution to C:\\Windows\\SoftwareDistribution.old; net start wuauserv; then run a Software Update Scan Cycle.`,
    `
文件或注册表项丢失或损坏,或组件注册问题,都会导致很多扫描问题。修复代理:

- 运行 Windows 更新疑难解答(KB2714434)。
- 将 Windows 更新代理更新到最新版本(KB949104)。
- 重置代理的数据存储区:net stop wuauserv;将 C:\\Windows\\SoftwareDistribution 重命名为 C:\\Windows\\SoftwareDistribution.old;net start wuauserv;然后运行软件更新扫描周期。`),

  s('scan.request.wua-memory', 'scan.request', 'Windows 7 x86: out of memory', 'Windows 7 x86:内存不足',
    `
Known issue with older agents: on 32-bit Windows 7 a ConfigMgr-requested scan never returns results, so the client reports wrong compliance and installs fail, while the Windows Update control panel still installs updates. WindowsUpdate.log shows "WARNING: ISusInternal::GetUpdateMetadata2 failed, hr=8007000E" (out of memory).

It is a memory allocation problem: x64 machines do not hit the error but show high memory and CPU use; x86 clients also use much memory (about 1.2-1.4 GB). Fix: install the June 2015 Windows Update client for Windows 7 (KB3050265) or later.`,
    `
旧版代理的已知问题:在 32 位 Windows 7 上,ConfigMgr 请求的扫描始终无法返回结果,导致客户端报告错误的符合性状态且安装失败,而 Windows 更新控制面板仍能正常安装更新。WindowsUpdate.log 显示 "WARNING: ISusInternal::GetUpdateMetadata2 failed, hr=8007000E"(内存不足)。

这是内存分配问题:x64 计算机不会出现该错误,但会出现较高的内存和 CPU 使用率;x86 客户端的内存使用也很高(约 1.2-1.4 GB)。解决:安装 2015 年 6 月的 Windows 7 Windows 更新客户端(KB3050265)或更高版本。`),

  s('scan.wua', 'scan', 'WUA scans against WSUS', 'WUA 对 WSUS 进行扫描',
    `
Once requested, the Windows Update Agent scans against its configured WSUS server. WindowsUpdate.log shows a COM API search from the ConfigMgr client ("COMAPI: Search [ClientId = CcmExec]", "Agent: Finding updates [CallerId = CcmExec]"), the server URL (".../ClientWebService/client.asmx"), then "Found N updates and M categories in search" and the end of the search.

During the scan the agent must reach the ClientWebService and SimpleAuthWebService virtual directories on the WSUS server. If it cannot, the scan fails, usually for one of these reasons: proxy problems, HTTP errors and timeouts, authentication errors, certificate problems.`,
    `
请求后,Windows 更新代理对其配置的 WSUS 服务器进行扫描。WindowsUpdate.log 显示来自 ConfigMgr 客户端的 COM API 搜索("COMAPI: Search [ClientId = CcmExec]"、"Agent: Finding updates [CallerId = CcmExec]")、服务器 URL(".../ClientWebService/client.asmx"),然后是 "Found N updates and M categories in search" 以及搜索结束。

扫描期间,代理必须能访问 WSUS 服务器上的 ClientWebService 和 SimpleAuthWebService 虚拟目录。如果无法访问,扫描就会失败,常见原因:代理问题、HTTP 错误和超时、身份验证错误、证书问题。`),

  s('scan.wua.proxy', 'scan.wua', 'Proxy problems', '代理问题',
    `
The agent scans over WinHTTP. When a proxy sits between the client and WSUS, the client's proxy settings must let it reach the WSUS FQDN. Typical errors in WindowsUpdate.log:

- 0x80244021: HTTP 502 bad gateway
- 0x8024401B: HTTP 407 proxy authentication required
- 0x80240030: the format of the proxy list was invalid
- 0x8024402C: the proxy or target server name cannot be resolved

An intranet WSUS is usually reached by bypassing the proxy for local addresses; a client on the internet needs the proxy to allow the traffic. The WinHTTP proxy is not the Internet Explorer (WinINET) proxy. Show it with netsh winhttp show proxy (proxycfg.exe on Windows XP); if the IE settings are right, import them with netsh winhttp import proxy source=ie (proxycfg.exe -u on XP). See also KB900935 (how the client picks a proxy) and KB934864 (WPAD in DNS/WINS).`,
    `
代理通过 WinHTTP 进行扫描。如果客户端和 WSUS 之间有代理服务器,客户端的代理设置必须允许其访问 WSUS 的 FQDN。WindowsUpdate.log 中的典型错误:

- 0x80244021:HTTP 502 错误网关
- 0x8024401B:HTTP 407 需要代理身份验证
- 0x80240030:代理列表格式无效
- 0x8024402C:无法解析代理服务器或目标服务器名称

内网 WSUS 通常通过对本地地址绕过代理来访问;位于 Internet 上的客户端则需要代理允许该通信。WinHTTP 代理不同于 Internet Explorer(WinINET)代理。用 netsh winhttp show proxy 查看(Windows XP 上为 proxycfg.exe);如果 IE 设置正确,可用 netsh winhttp import proxy source=ie 导入(XP 上为 proxycfg.exe -u)。另见 KB900935(客户端如何选择代理)和 KB934864(DNS/WINS 中的 WPAD)。`),

  s('scan.wua.http', 'scan.wua', 'HTTP errors and timeouts', 'HTTP 错误和超时',
    `
First check the IIS logs on the WSUS server to see whether WSUS really returned the error. If it did not, suspect a firewall or proxy in between.

- Confirm the URL the agent uses: the WUServer value under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate, or "WSUS server:" in WindowsUpdate.log. Group policy conflicts, or a SUP added at a secondary site after the client was installed, are common reasons for a wrong assignment; an Active Directory GPO can override the local policy.
- Test the server from the client in a browser or with a web request: http://SERVER:PORT/Selfupdate/wuident.cab, http://SERVER:PORT/ClientWebService/wusserverversion.xml, http://SERVER:PORT/SimpleAuthWebService/SimpleAuth.asmx.
- If any fails, check name resolution of the WSUS FQDN, the proxy configuration, other network problems, the ports, and IIS availability on the WSUS server.`,
    `
首先检查 WSUS 服务器上的 IIS 日志,确认错误是否确实由 WSUS 返回。如果不是,则可能是中间的防火墙或代理造成的。

- 确认代理使用的 URL:HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate 下的 WUServer 值,或 WindowsUpdate.log 中的 "WSUS server:"。组策略冲突,或在客户端安装后才在辅助站点添加 SUP,是分配错误的常见原因;Active Directory GPO 可能覆盖本地策略。
- 在客户端上用浏览器或 Web 请求测试服务器:http://SERVER:PORT/Selfupdate/wuident.cab、http://SERVER:PORT/ClientWebService/wusserverversion.xml、http://SERVER:PORT/SimpleAuthWebService/SimpleAuth.asmx。
- 如有失败,检查 WSUS FQDN 的名称解析、代理配置、其他网络问题、端口以及 WSUS 服务器上 IIS 的可用性。`),

  s('scan.wua.ports', 'scan.wua', 'Ports', '端口',
    `
WSUS can listen on 80/443 or on 8530/8531. The firewall on the WSUS server must allow the port, and the port settings of the software update point role must match those of the WSUS web site, or WSUS Synchronization Manager cannot connect either.

- WSUS port on IIS 7 and later: IIS Manager > Sites > the WSUS site > Edit Bindings (HTTP and HTTPS ports). On IIS 6: Web Sites > the WSUS site > Properties > Web Site tab (TCP port, SSL port).
- SUP ports: console > Administration > Site Configuration > Servers and Site System Roles > the server > Software update point > Properties > General.
- From the client: telnet SERVER PORT (e.g. telnet supserver.contoso.com 8530). "Could not open connection to the host, on port N" means a firewall or a network device blocks the port; repeat the test from a client on the WSUS server's subnet to tell a local firewall from one between segments.`,
    `
WSUS 可以使用 80/443 或 8530/8531 端口。WSUS 服务器上的防火墙必须允许该端口,且软件更新点角色的端口设置必须与 WSUS 网站的端口设置一致,否则 WSUS 同步管理器也无法连接。

- IIS 7 及更高版本上的 WSUS 端口:IIS 管理器 > 网站 > WSUS 网站 > 编辑绑定(HTTP 和 HTTPS 端口)。IIS 6:网站 > WSUS 网站 > 属性 > 网站选项卡(TCP 端口、SSL 端口)。
- SUP 端口:控制台 > 管理 > 站点配置 > 服务器和站点系统角色 > 该服务器 > 软件更新点 > 属性 > 常规。
- 在客户端上:telnet SERVER PORT(例如 telnet supserver.contoso.com 8530)。"Could not open connection to the host, on port N" 表示防火墙或网络设备阻止了该端口;在 WSUS 服务器所在子网的客户端上重复测试,以区分本机防火墙和网段之间的防火墙。`),

  s('scan.wua.auth', 'scan.wua', 'Authentication errors', '身份验证错误',
    `
A scan failing with 0x80244017 (HTTP 401) or 0x80244018 (HTTP 403) is an authentication or authorization error.

- First confirm the WinHTTP proxy: netsh winhttp show proxy (proxycfg.exe on XP); a proxy that demands authentication is a frequent cause.
- With the proxy right, verify connectivity to WSUS as for HTTP errors (the three test URLs).
- Check the IIS logs on the WSUS server to see whether WSUS itself returned the 401/403; if not, a firewall or proxy in between did.`,
    `
扫描因 0x80244017(HTTP 401)或 0x80244018(HTTP 403)失败,是身份验证或授权错误。

- 首先确认 WinHTTP 代理:netsh winhttp show proxy(XP 上为 proxycfg.exe);要求身份验证的代理是常见原因。
- 代理正确后,按照 HTTP 错误中的步骤验证与 WSUS 的连接(三个测试 URL)。
- 检查 WSUS 服务器上的 IIS 日志,确认 401/403 是否由 WSUS 本身返回;如果不是,则是中间的防火墙或代理返回的。`),

  s('scan.wua.certificate', 'scan.wua', 'Certificate problems', '证书问题',
    `
0x80072F0C means "a certificate is required to complete client authentication". It only happens when WSUS uses SSL: the WSUS virtual directories that require SSL must be set to "Ignore" client certificates; "Accept" or "Require" causes this error.

- SUP: console > Administration > Site Configuration > Servers and Site System Roles > the server > Software update point > Properties > General: "Require SSL communication to the WSUS server".
- WSUS: WSUS console > Options > Update Source and Proxy Server: "Use SSL when synchronizing update information".
- IIS: the WSUS Administration site (or Default Web Site) > Edit Bindings > https > select the server authentication certificate.
- The FQDN in the site system properties must match the certificate: the intranet FQDN for intranet-only SUPs; both internet and intranet FQDNs when internet clients are allowed (WCM and WSyncMgr still use the intranet name), written "internet FQDN & intranet FQDN".
- Do not require SSL on the whole WSUS site: update files are fetched over HTTP and fail on the HTTPS port; WSUS encrypts the metadata only.`,
    `
0x80072F0C 表示"需要证书才能完成客户端身份验证"。只有 WSUS 使用 SSL 时才会出现:需要 SSL 的 WSUS 虚拟目录必须将客户端证书设置为"忽略";设置为"接受"或"要求"都会导致此错误。

- SUP:控制台 > 管理 > 站点配置 > 服务器和站点系统角色 > 该服务器 > 软件更新点 > 属性 > 常规:"需要与 WSUS 服务器进行 SSL 通信"。
- WSUS:WSUS 控制台 > 选项 > 更新源和代理服务器:"同步更新信息时使用 SSL"。
- IIS:WSUS 管理网站(或默认网站)> 编辑绑定 > https > 选择服务器身份验证证书。
- 站点系统属性中的 FQDN 必须与证书一致:仅限内网的 SUP 使用内网 FQDN;允许 Internet 客户端时需同时包含 Internet 和内网 FQDN(WCM 和 WSyncMgr 仍使用内网名称),写作 "Internet FQDN & 内网 FQDN"。
- 不要对整个 WSUS 网站要求 SSL:更新文件通过 HTTP 获取,在 HTTPS 端口上会失败;WSUS 只加密元数据。`),

  s('scan.results', 'scan', 'Scan results received', '收到扫描结果',
    `
WUAHandler receives the results from the agent and marks the scan complete: "Async searching completed", "Finished searching for everything in single call".

A failure here is handled like a scan failure in the previous step. WUAHandler only relays what the agent reports, so read the details in WindowsUpdate.log (how to read it: KB902093) and look the error code up in the list of Windows Update error codes (KB938205). Often it comes down to communication or a firewall between the client and the software update point.`,
    `
WUAHandler 从代理接收结果并将扫描标记为完成:"Async searching completed"、"Finished searching for everything in single call"。

此处的失败按上一步的扫描失败处理。WUAHandler 只是转述代理报告的内容,因此请在 WindowsUpdate.log 中查看详细信息(阅读方法:KB902093),并在 Windows 更新错误代码列表(KB938205)中查找错误代码。问题往往归结为客户端与软件更新点之间的通信或防火墙。`),

  s('scan.applicability', 'scan', 'Results parsed', '分析结果',
    `
WUAHandler then parses the results, including each update's applicability, whether or not the update is deployed. Superseded updates are pruned ("Pruning: update id (...) is superseded by (...)"), each update is listed as "Update (Installed):" or "Update (Missing):", and the step ends with "Successfully completed scan".

Failures here are troubleshot like the scan failures above, with WUAHandler.log and WindowsUpdate.log.`,
    `
随后 WUAHandler 分析结果,包括每个更新的适用性(无论该更新是否已部署)。被取代的更新会被修剪("Pruning: update id (...) is superseded by (...)"),每个更新列为 "Update (Installed):" 或 "Update (Missing):",最后记录 "Successfully completed scan"。

此处的失败与上面的扫描失败一样,借助 WUAHandler.log 和 WindowsUpdate.log 排查。`),

  s('scan.state', 'scan', 'Update status stored and reported', '存储并报告更新状态',
    `
The results go into the updates store, which records each update's current status and raises a state message for it. State messages are sent to the site at the end of the state message reporting cycle (15 minutes by default), and only when no state message was ever sent for the update ("hasn't been reported before, creating new instance") or its applicability changed since the last one.

UpdatesStore.log: "Processing update status from update (...)", "Successfully raised state message for update (...) with state (Missing)", "Successfully added WMI instance of update status". StateMessage.log: "State message(State ID : 2) with TopicType 500 and TopicId ... has been recorded" (State ID 2 = Missing). Each update's status is an instance of CCM_UpdateStatus in ROOT\\CCM\\SoftwareUpdates\\UpdatesStore.`,
    `
结果存入更新存储区,它记录每个更新的当前状态并为其发出状态消息。状态消息在状态消息报告周期结束时(默认 15 分钟)发送到站点,且仅在以下情况下发送:该更新从未发送过状态消息("hasn't been reported before, creating new instance"),或自上次发送后适用性发生了变化。

UpdatesStore.log:"Processing update status from update (...)"、"Successfully raised state message for update (...) with state (Missing)"、"Successfully added WMI instance of update status"。StateMessage.log:"State message(State ID : 2) with TopicType 500 and TopicId ... has been recorded"(State ID 2 = 缺少)。每个更新的状态是 ROOT\\CCM\\SoftwareUpdates\\UpdatesStore 中 CCM_UpdateStatus 的一个实例。`),

  s('sync', null, 'WSUS synchronization with Microsoft Update', 'WSUS 与 Microsoft 更新同步',
    `
The server side: the software update point's WSUS synchronizes update metadata from Microsoft Update (or an upstream server). Confirm each step in SoftwareDistribution.log on the WSUS server and in WSyncMgr.log on the site server: the sync starts, connects out, and completes.`,
    `
服务器端:软件更新点上的 WSUS 从 Microsoft 更新(或上游服务器)同步更新元数据。在 WSUS 服务器的 SoftwareDistribution.log 和站点服务器的 WSyncMgr.log 中确认每一步:同步开始、向外连接、完成。`),

  s('sync.start', 'sync', 'Sync started', '同步开始',
    `
SoftwareDistribution.log shows a manual sync ("StartSubscriptionManually", "Synchronization manually started", EventId=382) or a scheduled one (EventId=381).

Manual sync:
- Check that the WSUS service is running ("Update Services" on WSUS 3.x, "WSUSService" on Windows Server 2012 and later). A manual sync that started but stays at 0% usually means the service is stopped.
- Reset the WSUS console's MMC cache: close the console, stop the WSUS service, go to %appdata%\\Microsoft\\mmc, rename "wsus" to "wsus_bak", start the service, open the console and try another manual sync.

Scheduled sync: try a manual sync from the WSUS console; if that works, check the synchronization schedule.`,
    `
SoftwareDistribution.log 显示手动同步("StartSubscriptionManually"、"Synchronization manually started",EventId=382)或计划同步(EventId=381)。

手动同步:
- 确认 WSUS 服务正在运行(WSUS 3.x 上为 "Update Services",Windows Server 2012 及更高版本上为 "WSUSService")。手动同步已开始但一直停在 0%,通常是因为服务已停止。
- 重置 WSUS 控制台的 MMC 缓存:关闭控制台,停止 WSUS 服务,转到 %appdata%\\Microsoft\\mmc,将 "wsus" 重命名为 "wsus_bak",启动服务,打开控制台并再次尝试手动同步。

计划同步:从 WSUS 控制台尝试手动同步;如果成功,检查同步计划设置。`),

  s('sync.connect', 'sync', 'Sync connects out', '同步向外连接',
    `
After the sync starts, WSUS connects out over HTTP with WinHTTP: WSUS <= WinHTTP => network devices <=> internet.

- Are there network devices between the WSUS host and the internet (proxy, firewall, security filters)?
- If WSUS must use a proxy, is it configured correctly in the WSUS settings (WSUS console > Options > Update Source and Proxy Server)?
- Check SoftwareDistribution.log and WSyncMgr.log for WebException, timeout or proxy errors.`,
    `
同步开始后,WSUS 通过 WinHTTP 使用 HTTP 向外连接:WSUS <= WinHTTP => 网络设备 <=> Internet。

- WSUS 主机和 Internet 之间是否有网络设备(代理服务器、防火墙、安全筛选器)?
- 如果 WSUS 必须使用代理,WSUS 设置中的代理是否配置正确(WSUS 控制台 > 选项 > 更新源和代理服务器)?
- 在 SoftwareDistribution.log 和 WSyncMgr.log 中检查 WebException、超时或代理错误。`),

  s('sync.complete', 'sync', 'Sync completes', '同步完成',
    `
The synchronization is complete once WSUS has received the metadata for the subscribed products and classifications. WSyncMgr.log on the site server then reports the sync done and the updates synchronized into the site database; the SUP can only hand out a location to clients (scan.location.no-sup) after a successful sync.`,
    `
WSUS 收到所订阅产品和分类的元数据后,同步即告完成。随后站点服务器上的 WSyncMgr.log 报告同步完成,并将更新同步到站点数据库;只有同步成功后,SUP 才能向客户端提供位置(见 scan.location.no-sup)。`),

  s('update', null, 'Problems with one specific update', '特定更新的问题',
    `
Problems with one update fall into three areas, each with its components:

- Install: the Windows Update Agent and the update's installer (CBS, MSI).
- Supersedence: CcmExec and the update metadata.
- Detection: the Windows Update Agent, the update metadata and the installer (CBS, MSI).

Start by working out which installer the update uses.`,
    `
某个更新的问题可分为三个方面,各有相关组件:

- 安装:Windows 更新代理和更新的安装程序(CBS、MSI)。
- 取代:CcmExec 和更新元数据。
- 检测:Windows 更新代理、更新元数据和安装程序(CBS、MSI)。

首先确定该更新使用哪种安装程序。`),

  s('update.install.cbs', 'update', 'Installer: CBS', '安装程序:CBS',
    `
Updates for Windows itself (Vista and later) are installed by Component-Based Servicing (CBS).

- Collect %windir%\\Logs\\CBS\\CBS.log and review it for the reason of the failure. For component store corruption (for example CBS_E_SOURCE_MISSING 0x800F081F, CBS_E_INVALID_PACKAGE 0x800F0805) repair Windows with DISM (DISM /Online /Cleanup-Image /RestoreHealth) or the System Update Readiness tool (KB947821).
- Does the update install when a user logs on and installs it, but fail under the SYSTEM context? Then troubleshoot the manual install as SYSTEM.`,
    `
Windows 本身的更新(Vista 及更高版本)由基于组件的服务(CBS)安装。

- 收集 %windir%\\Logs\\CBS\\CBS.log 并查看失败原因。对于组件存储损坏(例如 CBS_E_SOURCE_MISSING 0x800F081F、CBS_E_INVALID_PACKAGE 0x800F0805),使用 DISM(DISM /Online /Cleanup-Image /RestoreHealth)或系统更新准备工具(KB947821)修复 Windows。
- 以用户身份登录安装能成功,但在 SYSTEM 上下文中失败吗?那就重点排查以 SYSTEM 身份手动安装的失败。`),

  s('update.install.msi', 'update', 'Installer: Windows Installer', '安装程序:Windows Installer',
    `
Non-Windows updates are installed by Windows Installer (MSI).

- Collect and review the update's default MSI log; check the update's KB article for known issues.
- Enable verbose Windows Installer logging (KB223300) and reproduce. In the log, find "Return value 3" and read the lines just above it.
- Install the update by hand under the local SYSTEM account with the same switches the deployment uses. If that fails, try as a logged-on user with the same switches to tell a SYSTEM-context problem from an installer problem.`,
    `
非 Windows 更新由 Windows Installer(MSI)安装。

- 收集并查看该更新的默认 MSI 日志;查看该更新的知识库文章中的已知问题。
- 启用详细的 Windows Installer 日志记录(KB223300)并重现故障。在日志中找到 "Return value 3",阅读其上方的几行。
- 使用与部署相同的开关,以本地 SYSTEM 帐户手动安装该更新。如果失败,再以登录用户身份使用相同开关安装,以区分 SYSTEM 上下文问题与安装程序本身的问题。`),

  s('update.supersedence', 'update', 'Supersedence', '取代',
    `
To isolate a supersedence problem:

- Review the supersedence rules (when Configuration Manager expires superseded updates) in the software update point settings.
- If an update has expired in Configuration Manager, deploy the newest superseding update instead. An expired update that you still need can only be deployed outside software update deployments (software distribution / application management).
- For questions about an update's supersedence logic, read its KB article; the Microsoft Update Catalog, the WSUS console and the Configuration Manager console show what supersedes what.`,
    `
隔离取代问题:

- 查看软件更新点设置中的取代规则(Configuration Manager 何时使被取代的更新过期)。
- 如果某个更新已在 Configuration Manager 中过期,请改为部署最新的取代更新。仍需要的已过期更新只能在软件更新部署之外部署(软件分发/应用程序管理)。
- 关于更新取代逻辑的问题,先阅读其知识库文章;Microsoft 更新目录、WSUS 控制台和 Configuration Manager 控制台都会显示取代关系。`),

  s('update.detection', 'update', 'Detection and compliance', '检测和符合性',
    `
To establish an update's compliance state on a client:

- Read the update's KB article for known issues.
- Run the Software Update Scan Cycle action on the client.
- Review UpdatesStore.log and WindowsUpdate.log.

To troubleshoot applicability:
- Check the KB article for missing prerequisites, e.g. a required service pack level of the application or operating system.
- Confirm that the update's unique update ID matches the deployed content, e.g. an x86 update deployed to an x64 host.`,
    `
确定某个更新在客户端上的符合性状态:

- 阅读该更新的知识库文章中的已知问题。
- 在客户端上运行"软件更新扫描周期"操作。
- 查看 UpdatesStore.log 和 WindowsUpdate.log。

排查适用性:
- 在知识库文章中检查缺少的先决条件,例如应用程序或操作系统所需的服务包级别。
- 确认更新的唯一更新 ID 与部署的内容一致,例如是否把 x86 更新部署到了 x64 主机。`),

  s('reference.windowsupdate-log', null, 'Reading WindowsUpdate.log', '阅读 WindowsUpdate.log',
    `
WindowsUpdate.log is where the Windows Update Agent explains a scan failure that WUAHandler.log only relays. KB902093 describes how to read it: each line carries date, time, process and thread ids, the component (Agent, COMAPI, PT for the protocol talker, Misc, AU, Report, DnldMgr) and the message. On Windows 10 and later the log is produced from ETW traces with the PowerShell cmdlet Get-WindowsUpdateLog.`,
    `
WindowsUpdate.log 记录 Windows 更新代理对扫描失败的说明,而 WUAHandler.log 只是转述。KB902093 介绍了阅读方法:每行包含日期、时间、进程和线程 ID、组件(Agent、COMAPI、PT 即协议通信、Misc、AU、Report、DnldMgr)和消息。在 Windows 10 及更高版本中,该日志需用 PowerShell cmdlet Get-WindowsUpdateLog 从 ETW 跟踪生成。`),

  s('reference.error-codes', null, 'Windows Update error codes', 'Windows 更新错误代码',
    `
The best source of information is the logs and the error codes they contain. KB938205 lists the Windows Update error codes. CMLens carries an offline table of the Windows Update Agent codes (0x8024xxxx), WinHTTP (0x80072Exx/0x80072Fxx), common Win32 and COM codes, CBS (0x800Fxxxx) and ConfigMgr client codes (0x87D0xxxx), each linked to the section that deals with it.`,
    `
最好的信息来源是日志及其中的错误代码。KB938205 列出了 Windows 更新错误代码。CMLens 自带离线错误代码表,包括 Windows 更新代理代码(0x8024xxxx)、WinHTTP(0x80072Exx/0x80072Fxx)、常见 Win32 和 COM 代码、CBS(0x800Fxxxx)以及 ConfigMgr 客户端代码(0x87D0xxxx),并链接到处理该代码的章节。`),
];

const BY_ID = new Map(GUIDE_SECTIONS.map((g) => [g.id, g]));

/** One section's title and body in a language; null for an unknown id. */
export function guideSection(id: string, lang: Lang): { id: SectionId; parent: SectionId | null; title: string; body: string } | null {
  const g = BY_ID.get(id as SectionId);
  if (!g) return null;
  return { id: g.id, parent: g.parent, title: g.title[lang], body: g.body[lang] };
}
