// `cmlens triage` for people: one line per client, then what the fleet adds up to, each cause with its guide
// section's title so the reader knows where to look.
import { guideSection } from '../knowledge/guide-sections';
import type { Lang } from '../knowledge/localized';
import type { TriageRecord } from './triage-record';
import { summarizeTriage } from './triage-summary';

const COLUMNS: readonly { head: string; cell: (r: TriageRecord) => string }[] = [
  { head: 'SET', cell: (r) => r.set },
  { head: 'MACHINE', cell: (r) => r.machine ?? '-' },
  { head: 'VERDICT', cell: (r) => r.verdict },
  { head: 'SECTION', cell: (r) => r.section ?? '-' },
  { head: 'CODE', cell: (r) => r.errorCode ?? '-' },
  { head: 'STEP', cell: (r) => r.failedStep ?? '-' },
  { head: 'WSUS', cell: (r) => r.wsusUrl ?? '-' },
  { head: 'LAST SCAN', cell: (r) => r.lastScan ?? '-' },
  { head: 'CYCLES', cell: (r) => `${r.failedCycles}/${r.cycles} failed` },
];

function table(rows: readonly string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd());
}

export function formatTriageTable(records: readonly TriageRecord[], lang: Lang = 'en'): string {
  const out = table([COLUMNS.map((c) => c.head), ...records.map((r) => COLUMNS.map((c) => c.cell(r)))]);
  const s = summarizeTriage(records);
  out.push('', `${s.total} client${s.total === 1 ? '' : 's'}: ${s.verdicts.map((v) => `${v.count} ${v.verdict}`).join(', ')}`);
  if (s.causes.length) {
    out.push('', 'Causes, most common first:');
    out.push(
      ...table(s.causes.map((c) => [`${c.count}`, c.section, c.errorCode ?? '', guideSection(c.section, lang)?.title ?? ''])).map((l) => `  ${l}`),
    );
  }
  return out.join('\n') + '\n';
}
