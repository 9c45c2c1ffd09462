// What "Export" produces, as a file name, a type and text chunks: the diagnosis report (shared/report) or the rows
// of a view as CSV/TSV. Rows are produced a batch at a time, yielding between batches, so a 10 M-row view streams
// to its download or file without being held whole and without stalling the other calls.
import { exportSpecSchema, type ExportSpec, type Row } from '../../../shared/api/contract';
import type { DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import { formatIso } from '../../../shared/model/time';
import { delimitedLine } from '../../../shared/report/delimited';
import { reportHtml } from '../../../shared/report/report-html';
import { reportMarkdown } from '../../../shared/report/report-markdown';

export interface ExportFile {
  fileName: string;
  mime: string;
  chunks(): AsyncIterable<string>;
}

/** What an export needs of the service. */
export interface ExportSource {
  diagnose(logIds?: readonly string[]): DiagnosisResult;
  /** Sources of the logs (all open ones when logIds is absent). */
  sources(logIds?: readonly string[]): string[];
  /** Names of the logs of a view, for the file name. */
  names(logIds: readonly string[]): string[];
  rowCount(spec: Extract<ExportSpec, { kind: 'rows' }>): number;
  rows(spec: Extract<ExportSpec, { kind: 'rows' }>, start: number, count: number): Row[];
}

const BATCH = 2000;

/** A spec from outside (a download's ?spec=, a message to the backend process), checked with the contract's schema. */
export function parseExportSpec(spec: unknown): { ok: true; spec: ExportSpec } | { ok: false; error: string } {
  const parsed = exportSpecSchema.safeParse(spec);
  if (parsed.success) return { ok: true, spec: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `export: invalid ${issue?.path.join('.') || 'spec'}: ${issue?.message}` };
}

/** A name safe on every file system: letters, digits, dot, dash, underscore. */
const safeName = (s: string): string => s.replace(/[^\w.-]+/g, '_').slice(0, 80) || 'export';

export function exportFile(spec: ExportSpec, src: ExportSource): ExportFile {
  if (spec.kind === 'report') {
    const result = src.diagnose(spec.logIds);
    const input = { result, lang: spec.lang, logs: src.sources(spec.logIds), generated: new Date().toISOString() };
    const text = spec.format === 'html' ? reportHtml(input) : reportMarkdown(input);
    return {
      fileName: `cmlens-report-${result.verdict}.${spec.format === 'html' ? 'html' : 'md'}`,
      mime: spec.format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8',
      chunks: async function* () {
        yield text;
      },
    };
  }
  const merged = spec.logIds.length > 1;
  const names = src.names(spec.logIds);
  const nameOf = new Map(spec.logIds.map((id, i) => [id, names[i]]));
  const header = [...(merged ? ['Log'] : []), 'Line', 'Time', 'Severity', 'Component', 'Thread', 'Text'];
  return {
    fileName: `${safeName(merged ? 'merged' : names[0].replace(/\.[^.]*$/, ''))}${spec.filter ? '-filtered' : ''}.${spec.format}`,
    mime: spec.format === 'csv' ? 'text/csv; charset=utf-8' : 'text/tab-separated-values; charset=utf-8',
    chunks: async function* () {
      // A BOM so Excel reads the UTF-8 (Chinese text, paths) as UTF-8.
      yield '\ufeff' + delimitedLine(header, spec.format);
      const n = src.rowCount(spec);
      for (let start = 0; start < n; start += BATCH) {
        let out = '';
        for (const r of src.rows(spec, start, Math.min(BATCH, n - start))) {
          const fields = [r.line, formatIso({ wallMs: r.wallMs, utcOffset: r.utcOffset }), r.severity, r.component, r.thread, r.text];
          out += delimitedLine(merged ? [nameOf.get(r.logId) ?? r.logId, ...fields] : fields, spec.format);
        }
        yield out;
        // Let other calls in between batches: a big export must not freeze the panes.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}
