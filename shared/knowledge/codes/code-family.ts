// One family of error codes (one facility or one product), kept as text that reads like the header it mirrors:
// one code a line, `hex|symbolic name|English meaning|Chinese meaning`. The name is `-` where no public symbolic
// name exists; the Chinese column is optional: where it is missing, the family's Chinese gist for the code's
// range stands in front of the English meaning, so a Chinese reader still learns what kind of failure it is.
import { loc, type Localized } from '../localized';
import type { SectionId } from '../section-ids';

export interface CodeFamily {
  /** Short id, used in tests and messages. */
  id: string;
  /** Where the names and meanings come from (the names are facts; the meanings are our own short wording). */
  source: string;
  /** Inclusive value ranges the family covers; every line must fall inside one. */
  ranges: ReadonlyArray<readonly [number, number]>;
  /** Chinese gist per hex prefix (longest match wins), used where a line has no Chinese meaning. */
  zhGist: ReadonlyArray<readonly [string, string]>;
  /** The guide section for codes of a hex prefix that code-sections.ts does not map itself (CBS, MSI, the WUA reference). */
  defaultSections?: ReadonlyArray<readonly [string, SectionId]>;
  lines: string;
}

export interface CodeRow {
  value: number;
  name: string | null;
  meaning: Localized;
  /** The Chinese meaning was written for this code, not built from the family gist. */
  zhWritten: boolean;
}

/** The value of the longest prefix of `hex` in a prefix table. */
function byLongestPrefix<T>(table: ReadonlyArray<readonly [string, T]>, hex: string): T | undefined {
  let best: readonly [string, T] | undefined;
  for (const entry of table) if (hex.startsWith(entry[0]) && (!best || entry[0].length >= best[0].length)) best = entry;
  return best?.[1];
}

/** 8 upper-case hex digits, no prefix: how the family lines write a code. */
export const hexDigits = (v: number) => (v >>> 0).toString(16).toUpperCase().padStart(8, '0');

export function familyDefaultSection(family: CodeFamily, value: number): SectionId | null {
  return family.defaultSections ? (byLongestPrefix(family.defaultSections, hexDigits(value)) ?? null) : null;
}

/** The rows of a family; a malformed line throws, so a typo fails every test at once instead of dropping a code. */
export function familyRows(family: CodeFamily): CodeRow[] {
  const rows: CodeRow[] = [];
  for (const raw of family.lines.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split('|').map((s) => s.trim());
    const [hex, name, en, zh] = parts;
    if (parts.length > 4 || !/^[0-9A-F]{8}$/.test(hex ?? '') || !name || !en) throw new Error(`${family.id}: malformed code line: ${line}`);
    const gist = byLongestPrefix(family.zhGist, hex) ?? '';
    rows.push({
      value: parseInt(hex, 16) >>> 0,
      name: name === '-' ? null : name,
      meaning: loc(en, zh || (gist ? `${gist}。${en}` : en)),
      zhWritten: Boolean(zh),
    });
  }
  return rows;
}
