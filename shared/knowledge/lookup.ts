// Reading error codes as people and logs write them, and finding them in log text.
import { loc } from './localized';
import { ERROR_CODES, formatCode, type ErrorCodeInfo } from './error-codes';

/**
 * Accepts `0x80244021`, `80244021`, `-2145107935`, `2147942405`, `hr=8024402C`, `Error = 0x80244021.`,
 * `[80072EE7]`. Small decimals (< 65536) are read as Win32 error numbers (5 → 0x80070005).
 * Returns the unsigned 32-bit value, or null.
 */
export function parseErrorCode(input: string): number | null {
  let s = input.trim().replace(/^[[(]+|[\]).,;:]+$/g, '');
  s = s.replace(/^(?:hr|hresult|error|exit code|code|result code)\s*[=:]?\s*/i, '').trim();
  s = s.replace(/^[[(]+|[\]).,;:]+$/g, '');
  if (/^0x[0-9a-f]{1,8}$/i.test(s)) return parseInt(s.slice(2), 16) >>> 0;
  if (/^-\d{1,10}$/.test(s)) {
    const n = Number(s);
    return n >= -0x80000000 ? n >>> 0 : null;
  }
  if (/^[0-9a-f]{8}$/i.test(s) && (/[a-f]/i.test(s) || /^[89]/.test(s))) {
    // 8 hex digits: an HRESULT written without 0x (WindowsUpdate.log's habit), unless it is a plain
    // decimal too large for 8-digit hex reading to make sense — 8-digit decimals don't reach 0x80000000.
    return parseInt(s, 16) >>> 0;
  }
  if (/^\d{1,10}$/.test(s)) {
    const n = Number(s);
    if (n > 0xffffffff) return null;
    if (n < 0x10000) return n === 0 ? 0 : (0x80070000 | n) >>> 0;
    return n >>> 0;
  }
  return null;
}

/** Facilities we can describe even for a code missing from the table. */
function describeByFacility(v: number): ErrorCodeInfo | null {
  if (v < 0x80000000) return null;
  const code = formatCode(v);
  const low = v & 0xffff;
  const base = { code, value: v, name: null, namedByGuide: false, known: false } as const;
  if (v >>> 16 === 0x8007) {
    if (low >= 12000 && low < 12200) {
      return { ...base, meaning: loc(`WinHTTP error ${low} as HRESULT (network or HTTP failure).`, `WinHTTP 错误 ${low}(以 HRESULT 表示,网络或 HTTP 故障)。`), section: 'scan.wua.http' };
    }
    return { ...base, meaning: loc(`Win32 error ${low} as HRESULT.`, `Win32 错误 ${low}(以 HRESULT 表示)。`), section: null };
  }
  if (v >>> 16 === 0x8024) {
    return { ...base, meaning: loc('Windows Update Agent error not in the offline table; see the list of Windows Update error codes.', 'Windows 更新代理错误,不在离线表中;请参阅 Windows 更新错误代码列表。'), section: 'reference.error-codes' };
  }
  if (v >>> 16 === 0x800f) {
    return { ...base, meaning: loc('Component-based servicing (CBS) error; see CBS.log.', '基于组件的服务(CBS)错误;请查看 CBS.log。'), section: 'update.install.cbs' };
  }
  if (v >>> 16 === 0x87d0 || v >>> 16 === 0x87d1) {
    return { ...base, meaning: loc('Configuration Manager client error.', 'Configuration Manager 客户端错误。'), section: null };
  }
  if (v >>> 16 === 0x800b || v >>> 16 === 0x8009) {
    return { ...base, meaning: loc('Certificate, trust or cryptography error.', '证书、信任或加密错误。'), section: null };
  }
  if (v >>> 16 === 0x8013) {
    return { ...base, meaning: loc('.NET runtime error.', '.NET 运行时错误。'), section: null };
  }
  if (v >>> 16 === 0x80d0) {
    return { ...base, meaning: loc('Delivery Optimization error.', '传递优化错误。'), section: null };
  }
  if (v >>> 16 === 0x8004) {
    const wmi = low >= 0x1000 && low < 0x1100;
    return { ...base, meaning: wmi ? loc('WMI error.', 'WMI 错误。') : loc('COM interface error.', 'COM 接口错误。'), section: null };
  }
  if (v >>> 16 === 0x8019) {
    return { ...base, meaning: loc(`BITS transfer error (HTTP ${low} where the code carries an HTTP status).`, `BITS 传输错误(如代码包含 HTTP 状态,则为 HTTP ${low})。`), section: null };
  }
  const facility = (v >>> 16) & 0x1fff;
  return { ...base, meaning: loc(`Failure HRESULT, facility ${facility}, code ${low}.`, `失败的 HRESULT,设施 ${facility},代码 ${low}。`), section: null };
}

export function lookupErrorCode(input: string | number): ErrorCodeInfo | null {
  const v = typeof input === 'number' ? input >>> 0 : parseErrorCode(input);
  if (v === null) return null;
  return ERROR_CODES.get(v) ?? describeByFacility(v);
}

export interface CodeHit {
  /** Canonical 0xXXXXXXXX. */
  code: string;
  value: number;
  /** UTF-16 offsets of the code as written (including any 0x), end exclusive. */
  start: number;
  end: number;
}

/** Facilities that bare 8-hex tokens must belong to before we call them codes (keeps GUID parts and ids out). */
const BARE_FACILITIES = new Set([
  0x8000, 0x8001, 0x8004, 0x8007, 0x8008, 0x8009, 0x800b, 0x800f, 0x8013, 0x8019, 0x8020, 0x8023, 0x8024, 0x80d0, 0x87d0, 0x87d1,
]);

/**
 * Error codes in a log line, for linking. Only failure codes (high bit set): 0x00000000, exit code
 * 0x240001 and the like are not errors. Bare 8-digit hex (`hr = 80072ee2`, `[80072EE7]`) counts only in a
 * known facility and not inside a GUID; decimals count only as signed negatives of a known facility.
 */
export function findErrorCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  const re = /(?<![0-9A-Za-z{-])(?:(0x)([0-9a-fA-F]{8})|([0-9a-fA-F]{8})|(-2\d{9}))(?![0-9A-Za-z}-])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let v: number;
    if (m[2] !== undefined) v = parseInt(m[2], 16) >>> 0;
    else if (m[3] !== undefined) {
      v = parseInt(m[3], 16) >>> 0;
      if (!BARE_FACILITIES.has(v >>> 16)) continue;
      // `20240411`-like dates and pure-digit runs are common; only take them when the table knows the code
      if (/^\d+$/.test(m[3]) && !ERROR_CODES.has(v)) continue;
    } else {
      const n = Number(m[4]);
      if (n < -0x80000000) continue;
      v = n >>> 0;
      if (!BARE_FACILITIES.has(v >>> 16)) continue;
    }
    if (v < 0x80000000) continue;
    hits.push({ code: formatCode(v), value: v, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
