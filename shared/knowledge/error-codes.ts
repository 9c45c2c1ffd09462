// The offline error-code table: every Windows Update Agent code and the WinHTTP, certificate, Win32, COM/RPC,
// CBS, MSI, ConfigMgr and .NET codes these logs carry (one file per family under codes/, each naming its source),
// each with its meaning in both languages and the guide section that deals with it.
import type { Localized } from './localized';
import type { SectionId } from './section-ids';
import { GUIDE_NAMED_CODES, OUR_CODE_SECTIONS } from './code-sections';
import { familyDefaultSection, familyRows, hexDigits } from './codes/code-family';
import { CODE_FAMILIES } from './codes/families';

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

export { GUIDE_NAMED_CODES } from './code-sections';

/** Each family with its parsed lines, read once. */
const FAMILY_ROWS = CODE_FAMILIES.map((family) => ({ family, rows: familyRows(family) }));

/** Every code with a section of ours: the list in code-sections.ts, then each family's default for its range. */
export const RELATED_CODE_SECTIONS: ReadonlyArray<readonly [number, SectionId]> = relatedSections();

function relatedSections(): Array<readonly [number, SectionId]> {
  const mapped = new Set([...GUIDE_NAMED_CODES, ...OUR_CODE_SECTIONS].map(([v]) => v >>> 0));
  const byFamily: Array<readonly [number, SectionId]> = [];
  for (const { family, rows } of FAMILY_ROWS) {
    for (const { value } of rows) {
      const section = familyDefaultSection(family, value);
      if (section && !mapped.has(value)) byFamily.push([value, section]);
    }
  }
  return [...OUR_CODE_SECTIONS, ...byFamily];
}

function buildTable(): Map<number, ErrorCodeInfo> {
  const sections = new Map<number, { section: SectionId; named: boolean }>();
  for (const [v, s] of RELATED_CODE_SECTIONS) sections.set(v >>> 0, { section: s, named: false });
  for (const [v, s] of GUIDE_NAMED_CODES) sections.set(v >>> 0, { section: s, named: true });
  const table = new Map<number, ErrorCodeInfo>();
  for (const { rows } of FAMILY_ROWS) {
    for (const { value: v, name, meaning } of rows) {
      const s = sections.get(v);
      table.set(v, { code: formatCode(v), value: v, name, meaning, section: s?.section ?? null, namedByGuide: s?.named ?? false, known: true });
    }
  }
  return table;
}

export const ERROR_CODES: ReadonlyMap<number, ErrorCodeInfo> = buildTable();

/** Canonical form: 0x + 8 upper-case hex digits. */
export function formatCode(value: number): string {
  return '0x' + hexDigits(value);
}
