// A fleet's records in the shapes other tools read: CSV (a spreadsheet, the Fleet view's export), NDJSON (one
// object a line: Azure Data Explorer's `json` format, Log Analytics custom JSON logs, DuckDB's read_json) and
// Elasticsearch/OpenSearch `_bulk` bodies (an action line before each source line).
import { delimitedLine } from '../report/delimited';
import { TRIAGE_FIELDS, type TriageRecord } from './triage-record';

/** Every field in the contract's order; `error` only when the set was unreadable, as the contract says. */
export function recordJson(r: TriageRecord): string {
  const o: Record<string, unknown> = {};
  for (const f of TRIAGE_FIELDS) if (f !== 'error' || r.error !== undefined) o[f] = r[f] ?? null;
  return JSON.stringify(o);
}

/**
 * `_bulk` body: `{"index":{"_index":…}}` then the record, each on its own line, ending with a newline as the API
 * requires. No `_id`: each run is a new observation of the fleet, kept beside the earlier ones.
 */
export function toBulk(records: readonly TriageRecord[], index: string): string {
  const action = JSON.stringify({ index: { _index: index } });
  return records.map((r) => `${action}\n${recordJson(r)}\n`).join('');
}

// A cell starting with one of these is run as a formula by spreadsheet programs (OWASP "CSV injection"); set and
// machine names come from customers' files, so such a cell gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

const defused = (v: string | number | null | undefined) => (typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : (v ?? null));

/** RFC 4180 (the rows export's quoting): a header of the contract's field names, CRLF line ends, empty cells for null. */
export function toCsv(records: readonly TriageRecord[]): string {
  return delimitedLine(TRIAGE_FIELDS, 'csv') + csvRows(records);
}

/** The rows alone, for output that streams one record at a time after one header (a quoted cell may hold a CRLF). */
export function csvRows(records: readonly TriageRecord[]): string {
  return records.map((r) => delimitedLine(TRIAGE_FIELDS.map((f) => defused(r[f])), 'csv')).join('');
}

/** Elasticsearch's index names: lower case, no `\ / * ? " < > | , #` or space, not starting with `-`, `_` or `+`. */
export function bulkIndexProblem(index: string): string | null {
  if (!index || index === '.' || index === '..') return 'an index name is needed';
  if (index !== index.toLowerCase()) return 'index names are lower case';
  if (/[\\/*?"<>|,# :]/.test(index)) return 'index names cannot hold \\ / * ? " < > | , # : or spaces';
  if (/^[-_+]/.test(index)) return 'index names cannot start with -, _ or +';
  if (new TextEncoder().encode(index).length > 255) return 'index names are at most 255 bytes';
  return null;
}
