// Fixture sets (test/support/sets) as the e2e tests open them: written to a named folder or zip, with what the
// real diagnosis says about them and where the app should land, so a test can check the screen against both.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../shared/pipeline/diagnose';
import type { DiagnosisResult } from '../../shared/pipeline/diagnosis-types';
import { ALL_LOG_SETS } from '../../test/support/sets';
import { inputsOf } from '../../test/support/sets/inputs';
import { writeFolder } from '../../test/support/write-files';
import { buildZip } from '../../test/support/zip-writer';

export function fixtureFiles(name: string): Record<string, string> {
  const set = ALL_LOG_SETS.find((s) => s.name === name);
  if (!set) throw new Error(`no fixture set ${name}`);
  return { ...set.files };
}

/** What the diagnosis says about these files (sources are the relative paths, lines as the app shows them). */
export function diagnoseFiles(files: Record<string, string>): DiagnosisResult {
  return diagnose(inputsOf({ files }));
}

export function writeSetFolder(folder: string, files: Record<string, string>): string {
  return writeFolder(folder, files);
}

export function writeSetZip(dir: string, zipName: string, files: Record<string, string>): string {
  const path = join(dir, zipName);
  writeFileSync(path, buildZip(Object.entries(files).map(([name, data]) => ({ name, data }))));
  return path;
}

/** A CMTrace line (bias +300) for padding a log with entries before its scan; `n` makes each one distinct. */
export function fillerLine(component: string, n: number, date = '03-09-2026'): string {
  const s = String(n % 60).padStart(2, '0');
  const m = String(Math.floor(n / 60) % 60).padStart(2, '0');
  return `<![LOG[Housekeeping pass ${n} finished.]LOG]!><time="08:${m}:${s}.000+300" date="${date}" component="${component}" context="" type="1" thread="1" file="">`;
}

/** `count` earlier entries before a CMTrace log's own (after its BOM), so its scan sits far down the pane. */
export function padCmtrace(text: string, component: string, count: number): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const pad = Array.from({ length: count }, (_, i) => fillerLine(component, i)).join('\r\n') + '\r\n';
  return bom + pad + text.slice(bom.length);
}

/** Windows 10 WindowsUpdate.log lines that belong to no scan: `before` the day before its own, `after` two days later. */
export function padWindowsUpdate(text: string, before: number, after = 0): string {
  const line = (day: string, i: number) =>
    `2026/03/${day} 08:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.0000000 6292  10196 Misc            Housekeeping pass ${i} finished.`;
  const pad = (day: string, n: number) => Array.from({ length: n }, (_, i) => line(day, i) + '\r\n').join('');
  return pad('09', before) + text + (text.endsWith('\n') ? '' : '\r\n') + pad('13', after);
}
