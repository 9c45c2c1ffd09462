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

/**
 * Every code of the families, with its section: the outline's own table first, then ours (code-sections.ts), then
 * the family's default for its range.
 */
function buildTable(): Map<number, ErrorCodeInfo> {
  const named = new Map(GUIDE_NAMED_CODES);
  const ours = new Map(OUR_CODE_SECTIONS);
  const table = new Map<number, ErrorCodeInfo>();
  for (const family of CODE_FAMILIES) {
    for (const { value: v, name, meaning } of familyRows(family)) {
      const section = named.get(v) ?? ours.get(v) ?? familyDefaultSection(family, v);
      table.set(v, { code: formatCode(v), value: v, name, meaning, section, namedByGuide: named.has(v), known: true });
    }
  }
  return table;
}

export const ERROR_CODES: ReadonlyMap<number, ErrorCodeInfo> = buildTable();

/** Canonical form: 0x + 8 upper-case hex digits. */
export function formatCode(value: number): string {
  return '0x' + hexDigits(value);
}
