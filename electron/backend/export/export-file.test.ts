// Exports made by the backend: a view's rows (its filter applied, merged logs with their log's name) as CSV/TSV
// that reads back to the rows the panes show, streamed in batches; the report in both forms; saving to a file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmtraceText } from '../../../test/support/index/synthetic-logs';
import { formatIso } from '../../../shared/model/time';
import { LogService } from '../log-service';
import type { ExportSpec } from '../../../shared/api/contract';
import { saveExport } from './save-export';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'logs'));
writeFileSync(join(dir, 'logs', 'WUAHandler.log'), cmtraceText(4500, { seed: 4, multiLineEvery: 30 }));
writeFileSync(join(dir, 'logs', 'ScanAgent.log'), cmtraceText(700, { seed: 8 }));

async function text(chunks: AsyncIterable<string>): Promise<{ text: string; batches: number }> {
  let out = '';
  let batches = 0;
  for await (const c of chunks) {
    out += c;
    batches++;
  }
  return { text: out, batches };
}

/** RFC 4180 records (quoted fields may hold the delimiter, quotes and line breaks). */
function records(s: string, delim: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === delim) {
      row.push(f);
      f = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(f);
      rows.push(row);
      row = [];
      f = '';
      i++;
    } else f += c;
  }
  return rows;
}

describe('row export', () => {
  it('gives the filtered rows of a view, quoted, in batches, reading back to the same rows', async () => {
    for (const svc of [new LogService(), new LogService({ indexAboveBytes: 0 })]) {
      const logs = (await svc.openPaths([join(dir, 'logs')])).logs;
      const wua = logs.find((l) => l.name === 'WUAHandler.log')!;
      const filter = { exclude: 'Raising event' };
      for (const format of ['csv', 'tsv'] as const) {
        const file = svc.exportFile({ kind: 'rows', format, logIds: [wua.id], filter });
        expect(file.fileName).toBe(`WUAHandler-filtered.${format}`);
        const { text: out, batches } = await text(file.chunks());
        expect(out.startsWith('\ufeffLine')).toBe(true);
        const recs = records(out.slice(1), format === 'csv' ? ',' : '\t');
        const rows = await svc.api.getRows({ logIds: [wua.id], filter, start: 0, count: 10_000 });
        expect(rows.length).toBeGreaterThan(2000);
        expect(batches).toBeGreaterThan(2);
        expect(recs[0]).toEqual(['Line', 'Time', 'Severity', 'Component', 'Thread', 'Text']);
        expect(recs.slice(1)).toEqual(rows.map((r) => [String(r.line), formatIso(r) ?? '', r.severity, r.component ?? '', r.thread === null ? '' : String(r.thread), r.text]));
        expect(rows.some((r) => r.text.includes('\n'))).toBe(true);
      }
      // merged: a Log column first
      const merged = await text(svc.exportFile({ kind: 'rows', format: 'csv', logIds: logs.map((l) => l.id) }).chunks());
      const recs = records(merged.text.slice(1), ',');
      expect(recs.length).toBe(1 + 4500 + 700);
      expect(new Set(recs.slice(1).map((r) => r[0]))).toEqual(new Set(['WUAHandler.log', 'ScanAgent.log']));
    }
  });
});

describe('report export and saving', () => {
  it('saves where the picker says, never over an open log, and says when there is no picker', async () => {
    const target = join(dir, 'out', 'report.html');
    mkdirSync(join(dir, 'out'));
    let asked = '';
    let answer: string | null = target;
    const svc = new LogService();
    // As Electron main saves: the export made by the service, the path from its save dialog.
    const save = (spec: ExportSpec) => saveExport(svc.exportFile(spec), async (name) => ((asked = name), answer), svc.list());
    const [log] = (await svc.openPaths([join(dir, 'logs', 'WUAHandler.log')])).logs;
    expect(await save({ kind: 'report', format: 'html', lang: 'en' })).toEqual({ saved: true, path: target });
    expect(asked).toMatch(/^cmlens-report-\w[\w-]*\.html$/);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    answer = null;
    expect(await save({ kind: 'rows', format: 'csv', logIds: [log.id] })).toEqual({ saved: false, path: null });
    answer = join(dir, 'logs', 'WUAHandler.log');
    const before = readFileSync(answer);
    await expect(save({ kind: 'rows', format: 'csv', logIds: [log.id] })).rejects.toThrow(/is an open log/);
    expect(readFileSync(answer)).toEqual(before);
    // A file that cannot be written (its folder is gone) is the save's failure, reported, never left unhandled.
    answer = join(dir, 'no-such-folder', 'rows.csv');
    await expect(save({ kind: 'rows', format: 'csv', logIds: [log.id] })).rejects.toThrow(/ENOENT/);
    await expect(new LogService().api.saveExport({ spec: { kind: 'report', format: 'markdown', lang: 'en' } })).rejects.toThrow(/desktop app/);
  });
});
