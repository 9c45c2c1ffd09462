// Reading error codes as people and logs write them, and finding them in log text.
import { loc, type Localized } from './localized';
import type { SectionId } from './section-ids';
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

/** What a code missing from the table is, by its facility (and low-word range): the first row that fits. */
const FACILITY_GISTS: readonly { facilities: readonly number[]; lows?: readonly [number, number]; section: SectionId | null; meaning: (low: number) => Localized }[] = [
  { facilities: [0x8007], lows: [12000, 12200], section: 'scan.wua.http', meaning: (low) => loc(`WinHTTP error ${low} as HRESULT (network or HTTP failure).`, `WinHTTP 错误 ${low}(以 HRESULT 表示,网络或 HTTP 故障)。`) },
  { facilities: [0x8007], section: null, meaning: (low) => loc(`Win32 error ${low} as HRESULT.`, `Win32 错误 ${low}(以 HRESULT 表示)。`) },
  {
    facilities: [0x8024], section: 'reference.error-codes',
    meaning: () => loc('Windows Update Agent error not in the offline table; see the list of Windows Update error codes.', 'Windows 更新代理错误,不在离线表中;请参阅 Windows 更新错误代码列表。'),
  },
  { facilities: [0x800f], section: 'update.install.cbs', meaning: () => loc('Component-based servicing (CBS) error; see CBS.log.', '基于组件的服务(CBS)错误;请查看 CBS.log。') },
  { facilities: [0x87d0, 0x87d1], section: null, meaning: () => loc('Configuration Manager client error.', 'Configuration Manager 客户端错误。') },
  { facilities: [0x800b, 0x8009], section: null, meaning: () => loc('Certificate, trust or cryptography error.', '证书、信任或加密错误。') },
  { facilities: [0x8013], section: null, meaning: () => loc('.NET runtime error.', '.NET 运行时错误。') },
  { facilities: [0x80d0], section: null, meaning: () => loc('Delivery Optimization error.', '传递优化错误。') },
  { facilities: [0x8004], lows: [0x1000, 0x1100], section: null, meaning: () => loc('WMI error.', 'WMI 错误。') },
  { facilities: [0x8004], section: null, meaning: () => loc('COM interface error.', 'COM 接口错误。') },
  { facilities: [0x8019], section: null, meaning: (low) => loc(`BITS transfer error (HTTP ${low} where the code carries an HTTP status).`, `BITS 传输错误(如代码包含 HTTP 状态,则为 HTTP ${low})。`) },
];

/** A failure code the table does not hold, described from its facility. */
function describeByFacility(v: number): ErrorCodeInfo | null {
  if (v < 0x80000000) return null;
  const low = v & 0xffff;
  const gist = FACILITY_GISTS.find((g) => g.facilities.includes(v >>> 16) && (!g.lows || (low >= g.lows[0] && low < g.lows[1])));
  const facility = (v >>> 16) & 0x1fff;
  return {
    code: formatCode(v), value: v, name: null, namedByGuide: false, known: false,
    meaning: gist ? gist.meaning(low) : loc(`Failure HRESULT, facility ${facility}, code ${low}.`, `失败的 HRESULT,设施 ${facility},代码 ${low}。`),
    section: gist?.section ?? null,
  };
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
