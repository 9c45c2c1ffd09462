// The offline error-code table: every Windows Update Agent code, the WinHTTP/Win32/COM/CBS/ConfigMgr codes
// these logs carry, each with its meaning in both languages and the guide section that deals with it.
import { loc, type Localized } from './localized';
import type { SectionId } from './section-ids';
import { OTHER_CODES } from './other-error-table';
import { WU_ERROR_LINES } from './wu-error-table';

export interface ErrorCodeInfo {
  /** Canonical form: 0x + 8 upper-case hex digits. */
  code: string;
  /** Unsigned 32-bit value. */
  value: number;
  /** Symbolic name (WU_E_…, ERROR_WINHTTP_…); null where none is public. */
  name: string | null;
  meaning: Localized;
  /** The guide section that covers the code; null where the guide has none. */
  section: SectionId | null;
  /** The outline's own error table names this code (authoritative), not only our mapping. */
  namedByGuide: boolean;
  /** False for a code we do not know, described from its facility only. */
  known: boolean;
}

/** The outline's "Error codes the guide names" table. */
export const GUIDE_NAMED_CODES: ReadonlyArray<readonly [number, SectionId]> = [
  [0x80244021, 'scan.wua.proxy'],
  [0x8024401b, 'scan.wua.proxy'],
  [0x80240030, 'scan.wua.proxy'],
  [0x8024402c, 'scan.wua.proxy'],
  [0x80244017, 'scan.wua.auth'],
  [0x80244018, 'scan.wua.auth'],
  [0x80072f0c, 'scan.wua.certificate'],
  [0x8007000e, 'scan.request.wua-memory'],
];

/** Codes the guide does not list but whose section follows from what it says (ours, not the outline's). */
export const RELATED_CODE_SECTIONS: ReadonlyArray<readonly [number, SectionId]> = [
  // name resolution: the same cause as 0x8024402C one layer down
  [0x80072ee7, 'scan.wua.proxy'],
  [0x80240438, 'scan.wua.http'],
  // timeouts, refused or dropped connections, server-side HTTP errors
  [0x80072ee2, 'scan.wua.http'],
  [0x80072efd, 'scan.wua.http'],
  [0x80072efe, 'scan.wua.http'],
  [0x80072f78, 'scan.wua.http'],
  [0x80244010, 'scan.wua.http'],
  [0x80244016, 'scan.wua.http'],
  [0x80244019, 'scan.wua.http'],
  [0x8024401c, 'scan.wua.http'],
  [0x8024401f, 'scan.wua.http'],
  [0x80244020, 'scan.wua.http'],
  [0x80244022, 'scan.wua.http'],
  [0x80244023, 'scan.wua.http'],
  [0x8024402b, 'scan.wua.http'],
  [0x80244004, 'scan.wua.http'],
  [0x80244005, 'scan.wua.http'],
  [0x8024001f, 'scan.wua.http'],
  [0x80240021, 'scan.wua.http'],
  // TLS and certificates
  [0x80072f05, 'scan.wua.certificate'],
  [0x80072f06, 'scan.wua.certificate'],
  [0x80072f0d, 'scan.wua.certificate'],
  [0x80072f17, 'scan.wua.certificate'],
  [0x80072f7d, 'scan.wua.certificate'],
  [0x80072f8f, 'scan.wua.certificate'],
  // the WSUS location and the registry policy
  [0x87d00692, 'scan.location.gpo'],
  [0x80244011, 'scan.location.registry'],
  [0x8024002e, 'scan.location.registry'],
  // a broken agent: service disabled, COM registration, data store
  [0x80070422, 'scan.request.wua-repair'],
  [0x80040154, 'scan.request.wua-repair'],
  [0x8024a000, 'scan.request.wua-repair'],
  [0x80248002, 'scan.request.wua-repair'],
  [0x80248003, 'scan.request.wua-repair'],
  [0x80248004, 'scan.request.wua-repair'],
  [0x80248006, 'scan.request.wua-repair'],
  [0x80248008, 'scan.request.wua-repair'],
  [0x80248009, 'scan.request.wua-repair'],
  [0x8024800f, 'scan.request.wua-repair'],
  [0x80248011, 'scan.request.wua-repair'],
  [0x80248fff, 'scan.request.wua-repair'],
  [0x80244001, 'scan.request.wua-repair'],
  [0x8024d011, 'scan.request.wua-repair'],
  [0x80244002, 'scan.request.wua-memory'],
  // installers
  [0x800f081f, 'update.install.cbs'],
  [0x800f0805, 'update.install.cbs'],
  [0x800f0820, 'update.install.cbs'],
  [0x800f0831, 'update.install.cbs'],
  [0x800f0922, 'update.install.cbs'],
  [0x80242012, 'update.install.cbs'],
  [0x80070643, 'update.install.msi'],
  [0x80070652, 'update.install.msi'],
  [0x8024200b, 'update'],
  [0x87d00668, 'update.detection'],
];

/** Chinese gist per WUA code group (first five hex digits), used with the English detail. */
const WU_GROUP_ZH: ReadonlyArray<readonly [string, string]> = [
  ['80240', 'Windows 更新代理常规错误'],
  ['80241', 'Windows Installer 相关的搜索错误'],
  ['80242', '更新处理程序(安装程序)错误'],
  ['80243', 'Windows 更新界面错误'],
  ['80244', '协议通信(PT)错误:客户端与更新服务器之间的 HTTP/SOAP 通信失败'],
  ['80245', '重定向器或服务器启动修复(SIH)错误'],
  ['80246', '下载管理器错误'],
  ['80247', '脱机扫描或更新元数据验证错误'],
  ['80248', 'Windows 更新数据存储区错误'],
  ['80249', '清单(Inventory)错误'],
  ['8024A', '自动更新(AU)错误'],
  ['8024B', 'Windows 更新任务或信任错误'],
  ['8024C', '驱动程序错误'],
  ['8024D', 'Windows 更新代理自更新(安装)错误'],
  ['8024E', '适用性表达式求值错误'],
  ['8024F', '报告器错误'],
  ['00240', 'Windows 更新成功/提示代码'],
];

/** Precise Chinese meanings for the WUA codes people meet most. */
const WU_ZH: Readonly<Record<number, string>> = {
  0x80244021: 'HTTP 502 错误网关:代理或网关从上游服务器收到无效响应。',
  0x8024401b: 'HTTP 407:需要代理身份验证。',
  0x80240030: '代理列表格式无效。',
  0x8024402c: '无法解析代理服务器或目标服务器名称。',
  0x80244017: 'HTTP 401:请求的资源需要用户身份验证。',
  0x80244018: 'HTTP 403:服务器理解请求但拒绝执行。',
  0x80244019: 'HTTP 404:服务器找不到请求的 URI。',
  0x80244010: '与服务器的往返次数超过上限。',
  0x80244011: '注册表中缺少 WUServer 策略值。',
  0x80244022: 'HTTP 503:服务暂时过载。',
  0x80244023: 'HTTP 504:等待网关超时。',
  0x8024401f: 'HTTP 500:服务器内部错误。',
  0x8024402f: '外部 cab 文件处理已完成,但有错误。',
  0x8024000b: '操作已取消。',
  0x8024000c: '无需执行任何操作。',
  0x8024000e: '更新的 XML 数据中有无效信息。',
  0x80240017: '没有适用的更新,未执行操作。',
  0x8024001e: '服务或系统正在关闭,操作未完成。',
  0x8024001f: '网络连接不可用,操作未完成。',
  0x80240021: '操作超时,未完成。',
  0x80240022: '所有更新的操作均失败。',
  0x80248007: '数据存储区中没有所请求的信息。',
  0x8024800a: '无法识别更新的处理程序,更新未处理。',
  0x80248014: '数据存储区中没有该服务。',
  0x8024801e: '从未从服务器收到更新元数据。',
  0x80246007: '更新尚未下载。',
  0x8024200b: '安装程序未能安装(卸载)一个或多个更新。',
  0x80247160: '缺少预期的元数据时间戳令牌。',
  0x80240438: '没有到终结点的路由或网络连接。',
};

function hex8(v: number): string {
  return '0x' + (v >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

function buildTable(): Map<number, ErrorCodeInfo> {
  const sections = new Map<number, { section: SectionId; named: boolean }>();
  for (const [v, s] of RELATED_CODE_SECTIONS) sections.set(v >>> 0, { section: s, named: false });
  for (const [v, s] of GUIDE_NAMED_CODES) sections.set(v >>> 0, { section: s, named: true });
  const table = new Map<number, ErrorCodeInfo>();
  const add = (value: number, name: string | null, meaning: Localized) => {
    const v = value >>> 0;
    const s = sections.get(v);
    table.set(v, { code: hex8(v), value: v, name, meaning, section: s?.section ?? null, namedByGuide: s?.named ?? false, known: true });
  };
  for (const line of WU_ERROR_LINES.split('\n')) {
    const [h, name, en] = line.split('|');
    if (!h || !name || !en) continue;
    const v = parseInt(h, 16);
    const group = WU_GROUP_ZH.find(([p]) => h.toUpperCase().startsWith(p));
    const zh = WU_ZH[v] ?? `${group ? group[1] : 'Windows 更新代理错误'}。${en}`;
    add(v, name, loc(en, zh));
  }
  for (const r of OTHER_CODES) add(r.value, r.name, r.meaning);
  return table;
}

export const ERROR_CODES: ReadonlyMap<number, ErrorCodeInfo> = buildTable();

export function formatCode(value: number): string {
  return hex8(value);
}
