// Next steps shared by several rules, filled from the facts (server, port) of the logs.
import { loc, type Localized } from '../../knowledge/localized';
import { wsusTestUrls, type Facts, type WsusUrl } from '../facts';

const REG_POLICY_KEY = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate';

export function serverOf(f: Facts): WsusUrl | null {
  return f.agentUrl ?? f.siteUrl ?? f.gpoUrl;
}

export function testUrlSteps(f: Facts): Localized[] {
  const u = serverOf(f);
  if (!u) {
    return [
      loc(
        'Find the WSUS URL the agent uses (WUServer under ' + REG_POLICY_KEY + ', or "WSUS server:" in WindowsUpdate.log), then open http(s)://SERVER:PORT/Selfupdate/wuident.cab, /ClientWebService/wusserverversion.xml and /SimpleAuthWebService/SimpleAuth.asmx from the client.',
        '找到代理使用的 WSUS URL(' + REG_POLICY_KEY + ' 下的 WUServer,或 WindowsUpdate.log 中的 "WSUS server:"),然后在客户端上打开 http(s)://SERVER:PORT/Selfupdate/wuident.cab、/ClientWebService/wusserverversion.xml 和 /SimpleAuthWebService/SimpleAuth.asmx。',
      ),
    ];
  }
  const urls = wsusTestUrls(u).join(' , ');
  return [
    loc(`From the client, open each of: ${urls} (e.g. Invoke-WebRequest -UseBasicParsing <url>). Each must answer without an error.`, `在客户端上逐个打开:${urls}(例如 Invoke-WebRequest -UseBasicParsing <url>)。每个都必须无错误地响应。`),
  ];
}

export function registryStep(f: Facts): Localized {
  const u = serverOf(f);
  const want = u ? u.url : 'the software update point URL with its port';
  const wantZh = u ? u.url : '带端口的软件更新点 URL';
  return loc(
    `Check the registry: reg query "${REG_POLICY_KEY}" /v WUServer and /v WUStatusServer must both be ${want}; reg query "${REG_POLICY_KEY}\\AU" /v UseWUServer must be 1.`,
    `检查注册表:reg query "${REG_POLICY_KEY}" /v WUServer 和 /v WUStatusServer 都必须为 ${wantZh};reg query "${REG_POLICY_KEY}\\AU" /v UseWUServer 必须为 1。`,
  );
}

export function portStep(f: Facts): Localized {
  const u = serverOf(f);
  if (!u) return loc('Test the WSUS port from the client: Test-NetConnection SERVER -Port PORT (or telnet SERVER PORT).', '在客户端上测试 WSUS 端口:Test-NetConnection SERVER -Port PORT(或 telnet SERVER PORT)。');
  return loc(
    `Test the port from the client: Test-NetConnection ${u.host} -Port ${u.port} (or telnet ${u.host} ${u.port}). "Could not open connection to the host" means a firewall or network device blocks port ${u.port}.`,
    `在客户端上测试端口:Test-NetConnection ${u.host} -Port ${u.port}(或 telnet ${u.host} ${u.port})。"Could not open connection to the host" 表示防火墙或网络设备阻止了端口 ${u.port}。`,
  );
}

export const PROXY_STEPS: readonly Localized[] = [
  loc('Show the WinHTTP proxy the agent uses (not the Internet Explorer one): netsh winhttp show proxy', '查看代理使用的 WinHTTP 代理(不是 Internet Explorer 的代理):netsh winhttp show proxy'),
  loc('If the Internet Explorer proxy is right, import it: netsh winhttp import proxy source=ie; or bypass the proxy for the WSUS server: netsh winhttp set proxy proxy-server="PROXY:PORT" bypass-list="<local>;*.your.domain"', '如果 Internet Explorer 代理正确,导入它:netsh winhttp import proxy source=ie;或为 WSUS 服务器绕过代理:netsh winhttp set proxy proxy-server="PROXY:PORT" bypass-list="<local>;*.your.domain"'),
];

export function iisLogStep(f: Facts): Localized {
  const u = serverOf(f);
  const where = u ? `on ${u.host}` : 'on the WSUS server';
  const whereZh = u ? `${u.host} 上` : 'WSUS 服务器上';
  return loc(
    `Read the IIS logs ${where} (%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC*) at the time of the failure: if WSUS logged no error, a firewall or proxy in between returned it.`,
    `查看${whereZh}失败时刻的 IIS 日志(%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC*):如果 WSUS 没有记录错误,则是中间的防火墙或代理返回的。`,
  );
}

export const RESCAN_STEP: Localized = loc(
  'After the fix, run a Software Update Scan Cycle (Configuration Manager control panel > Actions) and read WUAHandler.log and WindowsUpdate.log again.',
  '修复后,运行软件更新扫描周期(Configuration Manager 控制面板 > 操作),然后再次查看 WUAHandler.log 和 WindowsUpdate.log。',
);
