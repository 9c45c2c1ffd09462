// The one API contract. Electron IPC (electron/main + preload), browser mode (electron/server) and the
// renderer's client all use this file: a call is `{ method, args }`, its arguments are validated here with
// zod at every boundary, and its result type is fixed here (GitHub Desktop's habit: one map of every
// channel to its signature, no bare channel strings elsewhere).
import type { LogMessage, Problem } from './messages';
import { z } from 'zod';
import { SEVERITIES, type EncodingName, type FormatName, type LogEntry } from '../model/log-entry';
import { LANGS } from '../knowledge/localized';
import type { DiagnosisResult } from '../pipeline/diagnosis-types';
import type { ErrorCodeInfo } from '../knowledge/error-codes';
import type { StepId } from '../pipeline/steps';
import type { PositionMark } from '../index/position-marks';
import type { SetRef, TriageRecord } from '../fleet/triage-record';
import type { LogGroup } from '../model/log-roles';

const logId = z.string().min(1).max(200);
const logIds = z.array(logId).min(1).max(500);
// Windows allows 32 767 UTF-16 units in an extended path; anything longer is not a path.
const pathArg = z.string().min(1).max(32_767);
const rowIndex = z.number().int().min(0).max(2 ** 40);
const rowCount = z.number().int().min(1).max(10_000);
const pathsArgs = z.object({ paths: z.array(pathArg).min(1).max(1000) }).strict();

export const SEARCH_MAX_HITS = 100_000;

const filterSchema = z
  .object({
    severities: z.array(z.enum(SEVERITIES)).max(3).optional(),
    components: z.array(z.string().max(500)).max(1000).optional(),
    threads: z.array(z.number().int()).max(1000).optional(),
    fromMs: z.number().optional(),
    toMs: z.number().optional(),
    include: z.string().max(10_000).optional(),
    exclude: z.string().max(10_000).optional(),
  })
  .strict();
export type RowFilter = z.infer<typeof filterSchema>;

const sourceLine = z.object({ source: pathArg, line: z.number().int().min(0) }).strict();

/** What can be exported: the diagnosis as a report, or the rows of a view (its filter applied) as CSV/TSV. */
export const exportSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), format: z.enum(['markdown', 'html']), lang: z.enum(LANGS), logIds: logIds.optional() }).strict(),
  z.object({ kind: z.literal('rows'), format: z.enum(['csv', 'tsv']), logIds, filter: filterSchema.optional() }).strict(),
]);
export type ExportSpec = z.infer<typeof exportSpecSchema>;
/** Browser mode: GET here with `?spec=<JSON ExportSpec>` streams the export as a download (Electron: saveExport). */
export const EXPORT_PATH = '/api/export';

/** Every call: its argument schema. The result types are in `ApiResults` below. */
export const API_CALLS = {
  /** Open files, folders, zips (local or UNC). Adds to the open set. */
  openPaths: pathsArgs,
  /** The logs open now. */
  listLogs: z.object({}).strict(),
  closeLogs: z.object({ logIds }).strict(),
  /** A window of rows of one log, or of several logs merged by time (with a source column). */
  getRows: z.object({ logIds, start: rowIndex, count: rowCount, filter: filterSchema.optional() }).strict(),
  /** How many rows a view has (one log or a merge), after the filter. */
  countRows: z.object({ logIds, filter: filterSchema.optional() }).strict(),
  /** Find text or a regex; hits are row indices of the view (same logIds + filter as getRows). */
  search: z
    .object({
      logIds,
      query: z.string().min(1).max(10_000),
      regex: z.boolean(),
      matchCase: z.boolean(),
      filter: filterSchema.optional(),
    })
    .strict(),
  /** One clock: for an instant, the row at or before it in each view. */
  rowAtTime: z.object({ views: z.array(z.object({ logIds, filter: filterSchema.optional() }).strict()).min(1).max(50), instantMs: z.number() }).strict(),
  /** Override a log's UTC offset (minutes east of UTC; null = back to what the log says). */
  setLogOffset: z.object({ logId, utcOffset: z.number().int().min(-24 * 60).max(24 * 60).nullable() }).strict(),
  /** The diagnosis of the given logs, of one set (setId), or of everything open. */
  diagnose: z.object({ logIds: logIds.optional(), setId: z.string().min(1).max(200).optional() }).strict(),
  lookupCode: z.object({ code: z.string().min(1).max(100) }).strict(),
  /** Pause/resume live tailing (CMTrace's Ctrl+U). */
  setTailPaused: z.object({ paused: z.boolean() }).strict(),
  /** Samples bundled with the app, for first runs and demos. */
  openSamples: z.object({}).strict(),
  /** Where an entry (its physical file and line, as Row.source/line or evidence give them) sits in a view; null if hidden. */
  locate: z.object({ logIds, filter: filterSchema.optional(), source: pathArg, line: z.number().int().min(0) }).strict(),
  /**
   * The next (direction 1) or previous (−1) position after `from` in a view whose row is of a severity or matches
   * a text, over the whole view; `from` is −1 or the row count when nothing is selected. null when there is none.
   */
  findNext: z
    .object({
      logIds,
      filter: filterSchema.optional(),
      from: z.number().int().min(-1).max(2 ** 40),
      direction: z.union([z.literal(1), z.literal(-1)]),
      wrap: z.boolean(),
      target: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('severity'), severity: z.enum(['error', 'warning']) }).strict(),
        z.object({ kind: z.literal('text'), query: z.string().min(1).max(10_000), regex: z.boolean(), matchCase: z.boolean() }).strict(),
      ]),
    })
    .strict(),
  /**
   * The timeline strip over a set of logs: entries, warnings and errors per slice of time (the logs' whole span
   * unless fromMs/toMs narrow it), and where pipeline steps were seen. Counted by the backend over its columns.
   */
  timeline: z.object({ logIds, slices: z.number().int().min(1).max(4000), fromMs: z.number().optional(), toMs: z.number().optional() }).strict(),
  /** A pane's scrollbar marks: its view's positions in `slices` runs, the first error, warning and bookmark of each. */
  scrollMarks: z.object({ logIds, filter: filterSchema.optional(), slices: z.number().int().min(1).max(2000), bookmarks: z.array(sourceLine).max(1000).optional() }).strict(),
  /** Desktop only: asks where to save (a native dialog in main) and writes the export there; browser mode downloads EXPORT_PATH. */
  saveExport: z.object({ spec: exportSpecSchema }).strict(),
  /** Run the Software Updates Scan Cycle (Windows only, after the user confirmed); computer: a host name or none (this machine). */
  runScanCycle: z.object({ computer: z.string().max(253).optional() }).strict(),
  /** The client sets the paths hold (each zip or folder given; each zip or sub-folder of a folder of clients). Nothing is read. */
  fleetSets: pathsArgs,
  /** Fleet triage: one record per client set, diagnosed in worker threads; progress as `triage` events. A new call cancels the last. */
  triage: pathsArgs,
} as const;

export type ApiMethod = keyof typeof API_CALLS;
export type ApiArgs<M extends ApiMethod> = z.infer<(typeof API_CALLS)[M]>;

export interface LogInfo {
  id: string;
  /** File name, e.g. WUAHandler.log (what the pane's aria-label holds). */
  name: string;
  /** The path as opened, with `!/` for each step into a zip; for a rotated set, the current file. */
  source: string;
  /** Physical files behind this logical log (X-20261124-101500.log, X.lo_, X.log), oldest first. */
  parts: string[];
  format: FormatName;
  encoding: EncodingName;
  bytes: number;
  entries: number;
  state: 'indexing' | 'ready' | 'error';
  /** What went wrong or what the user should know (per file): codes with parameters, and their English text. */
  messages: LogMessage[];
  /** The role of this log in an investigation, for grouping in the UI. */
  group: LogGroup;
  /** The offset applied when merging: the log's own, the user's override, or one borrowed from the set. */
  utcOffset: number | null;
  offsetSource: 'log' | 'user' | 'borrowed' | 'none';
  offsetUncertain: boolean;
  tailing: boolean;
  /** The set this log belongs to: each opened folder, zip or drop of loose files is one client's set. */
  set: LogSetRef;
}

/** One client's set of logs, as the sidebar groups them and the diagnosis is computed. */
export interface LogSetRef {
  id: string;
  /** The folder or zip name (`Logs`, `PC042-logs.zip`); made unique among the open sets with " (2)"… */
  name: string;
  /** The client's machine name where a UNC path or the logs themselves give it (shared/pipeline/machine-name.ts). */
  machine: string | null;
  /** The path that was opened (folder, zip; for loose files their folder). */
  path: string;
}

/** A row of a view: an entry's fields (`line` where it starts in `source`) and where the row sits. */
export interface Row extends Pick<LogEntry, 'line' | 'wallMs' | 'utcOffset' | 'component' | 'thread' | 'severity' | 'text'> {
  /** Index of the row in its view. */
  index: number;
  logId: string;
  /** The physical file this entry starts in. */
  source: string;
  /** The true instant used for sync and merging (null when the entry has no time). */
  instantMs: number | null;
  /** The scan or sync step this entry marks, if any. */
  step: StepId | null;
}

export interface SearchResult {
  hits: number[];
  total: number;
  truncated: boolean;
}

/** An opening call's logs, and each path it could not open: why as a code with parameters (the UI's language) and in English. */
type Opened = { logs: LogInfo[]; errors: (Problem & { path: string; reason: string })[] };

export interface TimelineResult {
  /** The span counted (null: no entry has a time); slice k starts at fromMs + k·sliceMs. */
  fromMs: number | null;
  toMs: number | null;
  sliceMs: number;
  total: number[];
  warnings: number[];
  errors: number[];
  /** The first entry of each pipeline step in each slice (logs parsed in memory; an indexed log's rows are not read for this). */
  steps: { step: StepId; instantMs: number }[];
}

export interface ScrollMarks {
  count: number;
  slices: number;
  error: PositionMark[];
  warning: PositionMark[];
  bookmark: PositionMark[];
}

export interface ApiResults {
  openPaths: Opened;
  listLogs: LogInfo[];
  closeLogs: null;
  getRows: Row[];
  countRows: number;
  search: SearchResult;
  rowAtTime: (number | null)[];
  setLogOffset: LogInfo;
  diagnose: DiagnosisResult;
  lookupCode: ErrorCodeInfo | null;
  setTailPaused: null;
  openSamples: Opened;
  locate: number | null;
  findNext: number | null;
  runScanCycle: { ok: boolean; message: string };
  timeline: TimelineResult;
  scrollMarks: ScrollMarks;
  saveExport: { saved: boolean; path: string | null };
  fleetSets: { sets: SetRef[]; errors: { path: string; reason: string }[] };
  triage: { records: TriageRecord[] };
}

/** Server-pushed events (IPC `cmlens:event`, browser-mode WebSocket). */
export type ApiEvent =
  | { type: 'logs'; logs: LogInfo[] }
  | { type: 'progress'; logId: string; doneBytes: number; totalBytes: number }
  /** openPaths at work: `total` 0 while the paths are walked (a folder on a slow share), then logs loaded so far. */
  | { type: 'opening'; done: number; total: number; name: string }
  /** step: the scan/sync step of the last appended entry that marks one (the pane holding it follows the tail). */
  | { type: 'appended'; logId: string; entries: number; step?: StepId }
  /** setId: the set the diagnosis is about (the backend diagnoses each set on its own). */
  | { type: 'diagnosis'; result: DiagnosisResult; setId?: string }
  | { type: 'error'; message: string; problem?: Problem; subject?: string }
  | { type: 'triage'; done: number; total: number }
  | BackendNotice;

/**
 * The backend process (electron/backend/host/) stopped unexpectedly: `crashed` when it is seen, `restarted` when a
 * new one serves calls again with the open set reopened, `gave-up` after too many crashes in a row. `reason` is
 * the exit code or signal; `reopened` the paths opened again, `lost` those that could not be (dropped files,
 * whose bytes went with the process, or paths whose reopening crashed it again).
 */
export interface BackendNotice {
  type: 'backend';
  state: 'crashed' | 'restarted' | 'gave-up';
  reason: string;
  reopened: string[];
  lost: string[];
  /** Old log id → the id the same log (same source) has in the new backend: panes and bookmarks follow it. */
  renamed: Record<string, string>;
}

/**
 * The calls that add to the open set. The relay in front of the backend process remembers them (with the logs
 * each opened) and, after a crash, replays those whose logs were still open. A new call that opens logs joins here.
 */
export const REOPEN_CALLS: readonly ApiMethod[] = ['openPaths', 'openSamples'];

/** A pushed diagnosis: the handshakes hand the latest of each set to a page that connects late. */
export type DiagnosisEvent = Extract<ApiEvent, { type: 'diagnosis' }>;

/** What every transport implements: one promise-returning function per call. */
export type CmlensApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]> };

export interface CmlensClient extends CmlensApi {
  onEvent(listener: (e: ApiEvent) => void): () => void;
}

/** Validates a call at a boundary. Returns the parsed args or a one-line reason. */
export function validateCall(method: unknown, args: unknown): { ok: true; method: ApiMethod; args: unknown } | { ok: false; reason: string } {
  if (typeof method !== 'string' || !Object.prototype.hasOwnProperty.call(API_CALLS, method)) {
    // Never String() a non-string: an object's own toString may throw or be anything a caller chose.
    const named = typeof method === 'string' ? JSON.stringify(method).slice(0, 80) : `of type ${method === null ? 'null' : typeof method}`;
    return { ok: false, reason: `unknown method ${named}` };
  }
  const parsed = API_CALLS[method as ApiMethod].safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${method}: invalid ${issue?.path.join('.') || 'arguments'}: ${issue?.message ?? 'bad input'}` };
  }
  return { ok: true, method: method as ApiMethod, args: parsed.data };
}

/** IPC channel names: the only two, used by main and preload. */
export const IPC_CALL_CHANNEL = 'cmlens:call';
export const IPC_EVENT_CHANNEL = 'cmlens:event';
export const IPC_READY_CHANNEL = 'cmlens:ready';

/** Browser mode: header carrying the token on API calls. */
export const TOKEN_HEADER = 'x-cmlens-token';
