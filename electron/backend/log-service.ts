// The backend behind every transport (Electron IPC, browser mode, tests): opens logs, serves rows by
// window, searches, keeps one clock across logs, and diagnoses the open set. It implements CmlensApi
// from shared/api/contract.ts; transports only validate and forward.
import { basename, dirname } from 'node:path';
import { type ApiArgs, type ApiEvent, type ApiResults, type CmlensApi, type LogInfo, type Row, type RowFilter } from '../../shared/api/contract';
import type { LogEntry } from '../../shared/model/log-entry';
import { groupRotated } from '../../shared/model/rotation';
import { mostCommon } from '../../shared/model/most-common';
import { offsetLabel } from '../../shared/model/utc-offset';
import { logGroup } from '../../shared/model/log-roles';
import { parseBytes } from '../../shared/formats/parse';
import { tagSteps } from '../../shared/pipeline/tag-steps';
import { diagnose, type DiagnosisInput, type DiagnosisResult } from '../../shared/pipeline/diagnose';
import { lookupErrorCode } from '../../shared/knowledge/lookup';
import { expandPaths } from './sources/expand-paths';
import { FileError, fsProblem, type FileAccess } from './sources/file-access';
import { logMessage, problem, sameMessage, type LogMessage } from '../../shared/api/messages';
import { sourceError, type SourceError } from './sources/source-file';
import { expandDropped } from './sources/dropped-bytes';
import { DROPPED_PREFIX } from '../../shared/api/upload';
import type { SourceFile } from './sources/source-file';
import { samplesDir } from './app-paths';
import { logKind, type LogKind } from '../../shared/pipeline/log-kind';
import { tagEntry } from '../../shared/pipeline/tag-steps';
import { completePrefix } from './logs/complete-prefix';
import { LogTails, type TailStart } from './logs/log-tails';
import { rolledName, type TailBatch, type TailStatus } from './tail/tail-service';
import { MemoryStore, type LogStore } from './logs/log-store';
import { logAt, rowAt, rowAtTime, searchView, type LogView } from './logs/views';
import { ViewCache } from './logs/view-cache';
import { rowMatcher } from '../../shared/index/search';
import { IndexStore, type IndexedPart } from './logs/index-store';
import { indexFile } from './index/file-indexer';
import { indexBytes, type IndexedBytes } from '../../shared/index/index-bytes';
import { findInView, locateInView } from './view-navigation';
import { runScanCycle } from './run-scan-cycle';
import { RequestError } from './request-error';
import { timelineOf } from './logs/timeline';
import { scrollMarksOf } from './logs/scroll-marks';
import { exportFile, type ExportFile } from './export/export-file';
import { saveExport, type PickSavePath } from './export/save-export';
import { FleetService } from './fleet/fleet-service';
import type { ExportSpec, ScrollMarks, TimelineResult } from '../../shared/api/contract';
import { LogSets, setPathOf } from './logs/log-sets';
import { findMachineName } from '../../shared/pipeline/machine-name';
import type { DiagnosisEvent, LogSetRef } from '../../shared/api/contract';
import { SetDiagnoses } from './diagnosis/set-diagnoses';
import type { DiagnosisLog } from './diagnosis/diagnosis-worker';
import { indexAboveBytes } from './logs/index-policy';

export interface LogServiceOptions {
  /** Follow the open logs live (serve, Electron); off for one-shot commands so they exit promptly. */
  tail?: boolean;
  /** The tailers' poll interval (tests shorten it). */
  tailPollMs?: number;
  /** The file layer opened paths are read through (tests inject a slow or failing share). */
  fileAccess?: FileAccess;
  /** Files on disk bigger than this are kept as a columnar index, not parsed into memory (default 32 MiB; 1 MiB in a big set: logs/index-policy.ts). */
  indexAboveBytes?: number;
  /** Where to save an export: a native save dialog (Electron main); absent in browser mode, which downloads instead. */
  pickSavePath?: PickSavePath;
}

/** A pipeline log kept as an index is still diagnosed (its entries decoded when asked) up to this size. */
const DIAGNOSE_INDEXED_UP_TO = 256 << 20;

interface OpenLog {
  info: LogInfo;
  store: LogStore;
  /** Which pipeline log this is (by name or its entries' component), for tagging appended entries. */
  kind: LogKind | null;
  /** Where live tail takes over from the initial read (set for files on disk when tailing is on). */
  tailStart?: TailStart;
  /** The tailer generation whose entries go to the last part. */
  tailGeneration: number;
  /** The message of the tail's current fault (file or folder gone, permission denied), shown until it reads again. */
  tailFault?: LogMessage;
  /** The offset the log itself carries (most common among its entries). */
  ownOffset: number | null;
  userOffset?: number | null;
  /** The path the user opened that holds this log: logs opened from one folder or zip are one machine's. */
  openedFrom: string;
}

type View = LogView<OpenLog>;

/** The offset that replaces the entries' own: the user's or one borrowed from the set; undefined: their own. */
function offsetOverride(log: OpenLog): number | undefined {
  const src = log.info.offsetSource;
  return (src === 'user' || src === 'borrowed') && log.info.utcOffset !== null ? log.info.utcOffset : undefined;
}

/** What an indexed log says about itself: its size, its files, and whether the diagnosis reads it (null: no pipeline log). */
function indexedNote(bytes: number, files: number, diagnosed: boolean | null) {
  const params = { mib: (bytes / 2 ** 20).toFixed(0), files };
  const base = files > 1 ? 'indexedFiles' : 'indexed';
  const code = diagnosed === null ? base : diagnosed ? (`${base}Diagnosed` as const) : (`${base}TooBig` as const);
  return problem(code, params);
}

/** A file held in memory (zip entry, dropped file) indexed from its bytes: no whole-file string, as on disk. */
async function indexHeld(f: SourceFile): Promise<IndexedBytes & { held: Buffer; workerFaults?: undefined }> {
  const held = await f.load();
  return { ...indexBytes(held, f.name), held };
}

export class LogService {
  private readonly logs = new Map<string, OpenLog>();
  private readonly listeners = new Set<(e: ApiEvent) => void>();
  private readonly views: ViewCache<OpenLog>;
  private nextId = 1;
  private readonly tails: LogTails;
  /** Diagnoses each set in a worker whenever it changes (logs opened, closed, re-zoned, appended), for listeners. */
  private readonly diagnosis = new SetDiagnoses({
    inputs: (setId) => this.diagnosisLogs(this.logIdsOfSet(setId)),
    onResult: (setId, result) => this.emit({ type: 'diagnosis', setId, result }),
    onError: (message) => this.emit({ type: 'error', message }),
  });
  /** Scrollbar marks per view: a view is rebuilt whenever its logs change, so its marks go with it. */
  private readonly overviews = new WeakMap<object, Map<string, ScrollMarks>>();
  private readonly timelines = new Map<string, { infos: LogInfo[]; result: TimelineResult }>();
  private readonly sets = new LogSets();
  /** Fleet triage: many clients' sets judged in workers, none of them opened here until the user picks one. */
  private readonly fleet = new FleetService((e) => this.emit(e));

  constructor(private readonly opts: LogServiceOptions = {}) {
    this.views = new ViewCache((id) => this.requireLog(id), (log) => this.instantsOf(log));
    const openFile = opts.fileAccess && ((p: string) => opts.fileAccess!.openReadOnly(p));
    this.tails = new LogTails((id, b) => this.onTailBatch(id, b), opts.tailPollMs, (id, st) => this.onTailStatus(id, st), openFile);
  }

  /** Stops every tailer and timer: nothing keeps the process alive afterwards. */
  dispose(): void {
    this.tails.stopAll();
    this.fleet.cancel();
    this.diagnosis.dispose();
  }

  onEvent(listener: (e: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: ApiEvent): void {
    for (const l of this.listeners) l(e);
    // The diagnosis is pushed, never asked for: whoever listens gets it again when a set changes (lines appended:
    // that log's set only).
    if (e.type === 'logs') this.diagnosis.keepOnly(new Set(e.logs.map((l) => l.set.id)));
    if (!this.listeners.size) return;
    if (e.type === 'logs') this.diagnosis.request(this.changedSets(e.logs));
    if (e.type === 'appended') {
      const set = this.logs.get(e.logId)?.info.set.id;
      if (set) this.diagnosis.request([set]);
    }
  }

  /** What each set's diagnosis depends on, as last requested: a set whose logs did not change is not diagnosed again. */
  private readonly setStates = new Map<string, string>();

  private changedSets(logs: readonly LogInfo[]): string[] {
    const now = new Map<string, string>();
    for (const l of logs) now.set(l.set.id, (now.get(l.set.id) ?? '') + JSON.stringify([l.id, l.entries, l.state, l.utcOffset, l.offsetSource]));
    const changed = [...now].filter(([id, state]) => this.setStates.get(id) !== state).map(([id]) => id);
    this.setStates.clear();
    for (const [id, state] of now) this.setStates.set(id, state);
    return changed;
  }

  /** The latest diagnosis pushed for each set, for a page that starts listening after them (the ready handshake). */
  latestDiagnoses(): DiagnosisEvent[] {
    return this.diagnosis.latest();
  }

  /**
   * The API's diagnose: of one set (its pushed result when nothing changed since), of chosen logs, or of everything
   * open (with one set open, that set's).
   */
  private diagnoseNow(a: ApiArgs<'diagnose'>): DiagnosisResult {
    const sets = new Set([...this.logs.values()].map((l) => l.info.set.id));
    const setId = a.setId ?? (!a.logIds && sets.size === 1 ? [...sets][0] : undefined);
    if (setId && !a.logIds) {
      if (!sets.has(setId)) throw new RequestError(`no open set ${JSON.stringify(setId.slice(0, 80))}`);
      return this.diagnosis.current(setId) ?? this.diagnose(this.logIdsOfSet(setId));
    }
    return this.diagnose(a.logIds);
  }

  /** The API, method by method: what transports expose. */
  readonly api: CmlensApi = {
    openPaths: (a) => this.openPaths(a.paths),
    openSamples: () => this.openPaths([samplesDir()]),
    listLogs: async () => this.list(),
    closeLogs: async (a) => this.closeLogs(a),
    getRows: async (a) => this.getRows(a),
    countRows: async (a) => this.view(a.logIds, a.filter).count,
    search: async (a) => searchView(this.view(a.logIds, a.filter), a),
    rowAtTime: async (a) => a.views.map((v) => rowAtTime(this.view(v.logIds, v.filter), a.instantMs, this.instantsOf)),
    setLogOffset: async (a) => this.setLogOffset(a),
    // The app's diagnosis is pushed from the workers, set by set; a caller who asks (CLI, tests, scripts) gets the
    // pushed one when nothing changed since, else the same pure function here.
    diagnose: async (a) => this.diagnoseNow(a),
    lookupCode: async (a) => lookupErrorCode(a.code),
    setTailPaused: async (a) => (this.tails.setPaused(a.paused), null),
    locate: async (a) => locateInView(this.view(a.logIds, a.filter), a.source, a.line),
    findNext: async (a) => {
      const t = a.target;
      const test = t.kind === 'severity' ? null : rowMatcher({ query: t.query, regex: t.regex, matchCase: t.matchCase });
      const sev = t.kind === 'severity' ? t.severity : null;
      return findInView(this.view(a.logIds, a.filter), a.from, a.direction, a.wrap, (store, row) => (test ? test(store.text(row)) : store.meta(row).severity === sev));
    },
    runScanCycle: (a) => runScanCycle(a),
    timeline: async (a) => this.timeline(a),
    scrollMarks: async (a) => {
      const v = this.view(a.logIds, a.filter);
      return this.overview(v, JSON.stringify(['m', a.slices, a.bookmarks ?? []]), () => scrollMarksOf(v, a.slices, a.bookmarks));
    },
    saveExport: (a) => saveExport(this.exportFile(a.spec), this.opts.pickSavePath, this.list()),
    fleetSets: (a) => this.fleet.sets(a.paths),
    triage: (a) => this.fleet.triage(a.paths),
  };

  /**
   * The timeline over logs, counted once per logs and arguments: no view is built (a merge of the set would cost more
   * than the count); an answer stays good while each log's LogInfo is the same object (replaced on every change).
   */
  private timeline(a: ApiArgs<'timeline'>): TimelineResult {
    const logs = a.logIds.map((id) => this.requireLog(id));
    const key = JSON.stringify([a.logIds, a.slices, a.fromMs, a.toMs]);
    const hit = this.timelines.get(key);
    if (hit && hit.infos.every((info, i) => info === logs[i].info)) return hit.result;
    const result = timelineOf(logs.map((l) => ({ store: l.store, instants: this.instantsOf(l) })), a.slices, a.fromMs, a.toMs);
    // A few spans at a time: the whole set and the zooms the user goes back and forth between.
    if (this.timelines.size >= 16) this.timelines.delete(this.timelines.keys().next().value!);
    this.timelines.set(key, { infos: logs.map((l) => l.info), result });
    return result;
  }

  /** A pane's marks, computed once per view and arguments. */
  private overview(v: View, key: string, compute: () => ScrollMarks): ScrollMarks {
    let m = this.overviews.get(v);
    if (!m) this.overviews.set(v, (m = new Map()));
    // A view grows in place when its log is tailed: an answer is for the rows it had.
    key = `${v.count}:${key}`;
    if (!m.has(key)) {
      // Keep a few: panes resize, searches add bookmarks; old answers for this view are not asked again.
      if (m.size > 16) m.clear();
      m.set(key, compute());
    }
    return m.get(key)!;
  }

  /** The diagnosis report or a view's rows as a file to download or save (export/export-file.ts). */
  exportFile(spec: ExportSpec): ExportFile {
    return exportFile(spec, {
      diagnose: (ids) => this.diagnose(ids),
      sources: (ids) => (ids ? ids.map((id) => this.requireLog(id)) : [...this.logs.values()]).map((l) => l.info.source),
      names: (ids) => ids.map((id) => this.requireLog(id).info.name),
      rowCount: (s) => this.view(s.logIds, s.filter).count,
      rows: (s, start, count) => this.getRows({ logIds: s.logIds, filter: s.filter, start, count }),
    });
  }

  list(): LogInfo[] {
    return [...this.logs.values()].map((l) => l.info);
  }

  async openPaths(paths: readonly string[]): Promise<ApiResults['openPaths']> {
    this.emit({ type: 'opening', done: 0, total: 0, name: basename(paths[0]) }); // a slow share's folder walk shows too
    const { files, errors } = await expandPaths(paths, { access: this.opts.fileAccess });
    return this.openFiles(files, errors, paths);
  }

  /** A file dropped in browser mode (bytes, no path): a log, or a zip read in memory; shown as `dropped:/<name>`. */
  async openBytes(name: string, bytes: Buffer): Promise<ApiResults['openPaths']> {
    const { files, errors } = await expandDropped(name, bytes);
    return this.openFiles(files, errors, [`${DROPPED_PREFIX}${name}`]);
  }

  private async openFiles(files: SourceFile[], errors: ApiResults['openPaths']['errors'], paths: readonly string[]): Promise<ApiResults['openPaths']> {
    const groups = groupRotated(files.map((f) => ({ ...f, dir: dirname(f.source) })));
    const opened: LogInfo[] = [];
    const indexAbove = indexAboveBytes(files.reduce((n, f) => n + f.size, 0), this.opts.indexAboveBytes);
    for (const [k, parts] of groups.entries()) {
      this.emit({ type: 'opening', done: k, total: groups.length, name: parts[parts.length - 1].name });
      const source = parts[parts.length - 1].source;
      const openedFrom = paths.filter((p) => source.startsWith(p)).sort((a, b) => b.length - a.length)[0] ?? dirname(source);
      const set = this.sets.refFor(setPathOf(openedFrom, parts.map((p) => p.source)));
      const log = await this.load(parts, set, indexAbove);
      if ('reason' in log) {
        errors.push(log);
        continue;
      }
      log.openedFrom = openedFrom;
      this.logs.set(log.info.id, log);
      opened.push(log.info);
    }
    this.nameMachines(new Set(opened.map((l) => l.set.id)));
    this.emit({ type: 'opening', done: groups.length, total: groups.length, name: '' });
    for (const id of this.applyBorrowedOffsets()) this.views.invalidate(id);
    await Promise.all(opened.map((o) => this.startTail(this.logs.get(o.id)!)));
    this.emit({ type: 'logs', logs: this.list() });
    return { logs: opened.map((l) => this.logs.get(l.id)!.info), errors };
  }

  private async load(parts: SourceFile[], set: LogSetRef, indexAbove: number): Promise<OpenLog | SourceError> {
    const current = parts[parts.length - 1];
    // Big logs (one file, or a rotated group together) on disk are indexed; the rest is parsed into memory.
    const total = parts.reduce((n, p) => n + p.size, 0);
    // Files on disk, zip entries and dropped files alike (docs/decisions.md, One index path).
    if (total > indexAbove) return this.loadIndexed(parts, set);
    const entries: LogEntry[] = [];
    const partIdx: number[] = [];
    const messages: LogMessage[] = [];
    let format: LogInfo['format'] = 'plain';
    let encoding: LogInfo['encoding'] = 'utf-8';
    let bytes = 0;
    let tailAt: Omit<TailStart, 'logId'> | undefined;
    for (let p = 0; p < parts.length; p++) {
      let buf: Buffer;
      try {
        buf = await parts[p].load();
      } catch (e) {
        const why = fsProblem(e);
        if (parts.length === 1) return sourceError(parts[p].source, why);
        messages.push(logMessage(why, parts[p].source));
        continue;
      }
      const diskPath = parts[p].diskPath;
      if (p === parts.length - 1 && this.opts.tail && diskPath) {
        // Read only complete entries: the tailer takes over exactly where this read ends.
        const prefix = completePrefix(buf, parts[p].name);
        if (prefix) {
          tailAt = { path: diskPath, startAt: prefix.bytes, startLine: prefix.nextLine, shape: prefix.shape };
          buf = buf.subarray(0, prefix.bytes);
        }
      }
      const parsed = parseBytes(buf, parts[p].name);
      if (parsed.problems.length && parsed.entries.length === 0) {
        if (parts.length === 1) return sourceError(parts[p].source, parsed.problems[0]);
        messages.push(logMessage(parsed.problems[0], parts[p].source));
        continue;
      }
      messages.push(...parsed.problems.map((m) => logMessage(m, parts[p].name)));
      if (p === parts.length - 1 || entries.length === 0) [format, encoding] = [parsed.format, parsed.encoding];
      bytes += buf.length;
      for (const e of parsed.entries) {
        entries.push(e);
        partIdx.push(p);
      }
    }
    const ownOffset = mostCommon(entries.map((e) => e.utcOffset));
    const info: LogInfo = {
      id: `log${this.nextId++}`,
      name: current.name,
      source: current.source,
      parts: parts.map((p) => p.source),
      format,
      encoding,
      bytes,
      entries: entries.length,
      state: 'ready',
      messages,
      group: logGroup(current.name, format),
      utcOffset: ownOffset,
      offsetSource: ownOffset === null ? 'none' : 'log',
      offsetUncertain: entries.some((e) => e.offsetUncertain),
      tailing: false,
      set,
    };
    const kind = logKind(current.name, entries, format);
    return {
      info,
      store: new MemoryStore(entries, partIdx, tagSteps(current.name, entries, format)),
      kind,
      ownOffset,
      openedFrom: dirname(current.source),
      tailStart: tailAt && { ...tailAt, logId: info.id },
      tailGeneration: 0,
    };
  }

  /**
   * A big log (one file, or each file of a rotated group): indexed by indexFile (workers), announced while it is
   * indexed (first rows early, progress), and never held as entries. A pipeline log up to DIAGNOSE_INDEXED_UP_TO is
   * still diagnosed (IndexStore decodes its entries when asked); a bigger one says it is left out.
   */
  private async loadIndexed(files: SourceFile[], set: LogSetRef): Promise<OpenLog | SourceError> {
    const id = `log${this.nextId++}`;
    const current = files[files.length - 1];
    const kind = logKind(current.name);
    const total = files.reduce((n, f) => n + f.size, 0);
    const info: LogInfo = {
      id,
      name: current.name,
      source: current.source,
      parts: files.map((f) => f.source),
      format: 'plain',
      encoding: 'utf-8',
      bytes: total,
      entries: 0,
      state: 'indexing',
      messages: [logMessage(indexedNote(total, files.length, kind === null ? null : total <= DIAGNOSE_INDEXED_UP_TO), current.name)],
      group: logGroup(current.name),
      utcOffset: null,
      offsetSource: 'none',
      offsetUncertain: false,
      tailing: false,
      set,
    };
    let store: IndexStore | null = null;
    const log: OpenLog = { info, store: new MemoryStore([], [], []), kind, ownOffset: null, openedFrom: dirname(current.source), tailGeneration: 0 };
    const announce = (parts: IndexedPart[]): void => {
      const { shape } = parts[parts.length - 1];
      // the name did not say what the log is: its detected format may (an MSI or WindowsUpdate log under another name)
      if (!store && log.kind === null) log.kind = logKind(current.name, undefined, shape.format);
      if (!store) log.store = store = new IndexStore(parts, log.kind, DIAGNOSE_INDEXED_UP_TO);
      else store.replaceParts(parts);
      log.info = { ...log.info, format: shape.format, encoding: shape.encoding, entries: store.count, group: logGroup(current.name, shape.format) };
      this.views.invalidate(id);
      this.emit({ type: 'logs', logs: this.list() });
    };
    this.logs.set(id, log);
    const done: IndexedPart[] = [];
    const messages: LogMessage[] = [];
    let before = 0;
    try {
      for (let k = 0; k < files.length; k++) {
        const f = files[k];
        const path = f.diskPath ?? f.source;
        try {
          // A file on disk is indexed by the workers, read by position; one held in memory (a zip entry, a dropped
          // file) is indexed from its bytes by the same indexers, and its rows stay views of those bytes.
          const r = f.diskPath
            ? await indexFile(f.diskPath, {
                fileName: f.name,
                workers: 2,
                onFirstRows: (head, shape) => announce([...done, { path, shape, index: head, part: k }]),
                onProgress: (d) => this.emit({ type: 'progress', logId: id, doneBytes: before + d, totalBytes: total }),
              })
            : await indexHeld(f);
          if (r.shape.binary) throw new FileError(f.source, undefined, problem('binary'));
          done.push({ path, shape: r.shape, index: r.index, part: k, ...('held' in r ? { bytes: r.held } : {}) });
          // A failed index worker cost time, not rows: said where the user can find it.
          messages.push(...(r.workerFaults ?? []).map((m) => logMessage(m, f.name)));
        } catch (e) {
          const why = fsProblem(e);
          // One file of a group that cannot be read leaves the others (as a parsed group does).
          if (files.length === 1) return sourceError(f.source, why);
          messages.push(logMessage(why, f.source));
        }
        before += f.size;
      }
    } finally {
      this.logs.delete(id);
    }
    if (done.length === 0) return sourceError(current.source, { code: messages[0].code, params: messages[0].params });
    store = null;
    announce(done);
    const all = log.store;
    const offsets: (number | null)[] = [];
    for (let r = 0; r < all.count; r += Math.max(1, Math.floor(all.count / 1000))) offsets.push(all.meta(r).utcOffset);
    log.ownOffset = mostCommon(offsets);
    log.info = {
      ...log.info,
      state: 'ready',
      messages: [...log.info.messages, ...messages],
      utcOffset: log.ownOffset,
      offsetSource: log.ownOffset === null ? 'none' : 'log',
    };
    const last = done[done.length - 1];
    if (this.opts.tail && last.part === files.length - 1 && !last.bytes) {
      log.tailStart = { logId: id, path: last.path, startAt: last.index.endOffset, startLine: last.index.endLine + 1, shape: last.shape };
    }
    return log;
  }

  private async startTail(log: OpenLog): Promise<void> {
    if (!log.tailStart) return;
    log.info = { ...log.info, tailing: true };
    await this.tails.start(log.tailStart);
  }

  /** A tail fault: the log keeps what was read and says why no more comes; the message goes when it reads again. */
  private onTailStatus(logId: string, st: TailStatus): void {
    const log = this.logs.get(logId);
    if (!log) return;
    const was = log.tailFault;
    const messages = log.info.messages.filter((m) => !was || !sameMessage(m, was));
    log.tailFault = st.state === 'ok' || !st.problem ? undefined : logMessage(st.problem, log.info.name);
    if (log.tailFault) messages.push(log.tailFault);
    log.info = { ...log.info, messages };
    if (log.tailFault) this.emit({ type: 'error', message: log.tailFault.text, problem: { code: log.tailFault.code, params: log.tailFault.params }, subject: log.info.name });
    this.emit({ type: 'logs', logs: this.list() });
  }

  /** Entries the writer appended: stored like the rest (with their physical part), tagged, announced. */
  private onTailBatch(logId: string, b: TailBatch): void {
    const log = this.logs.get(logId);
    if (!log || b.entries.length === 0) return;
    const before = log.store.count;
    let rowsMoved = false;
    if (b.generation !== log.tailGeneration) {
      // A new incarnation of the file: the old one now lives at X.lo_ when rolled over; new rows are a new part.
      const parts = [...log.info.parts];
      if (b.reset === 'rotated') {
        parts[parts.length - 1] = rolledName(parts[parts.length - 1]);
        // Indexed rows are read from their file by position: the rolled file's move there, the replaced X.lo_'s go.
        if (log.store instanceof IndexStore) {
          const dropped = log.store.rolledOver(log.tailStart!.path, rolledName(log.tailStart!.path));
          if (dropped) {
            rowsMoved = true;
            const note = logMessage(problem('rolledAway', { rolled: basename(rolledName(log.tailStart!.path)), count: dropped }), log.info.name);
            log.info = { ...log.info, messages: [...log.info.messages, note] };
          }
        }
      }
      parts.push(log.tailStart!.path);
      log.info = { ...log.info, parts };
      log.tailGeneration = b.generation;
    }
    const part = log.info.parts.length - 1;
    // A log known by its entries' component (sampled from the first 500) may become known as entries arrive.
    const held = log.store.allEntries();
    const retagAll = held !== null && log.kind === null && held.length < 500 && (log.kind = logKind(log.info.name, [...held, ...b.entries], log.info.format)) !== null;
    const steps = b.entries.map((e) => tagEntry(log.kind, e.text)?.step ?? null);
    log.store.append(b.entries, part, steps);
    if (retagAll && log.store instanceof MemoryStore) log.store.retag(held.map((e) => tagEntry(log.kind, e.text)?.step ?? null));
    log.info = { ...log.info, entries: log.store.count, tailing: true };
    if (rowsMoved) this.views.invalidate(logId);
    else this.views.appended(logId, before);
    // the newest step a scan wrote: the pane of this log follows it (CMTrace's auto-scroll, issue 12)
    const step = steps.findLast((x) => x !== null);
    this.emit({ type: 'appended', logId, entries: b.entries.length, ...(step ? { step } : {}) });
    this.emit({ type: 'logs', logs: this.list() });
  }

  private logIdsOfSet(setId: string): string[] {
    return [...this.logs.values()].filter((l) => l.info.set.id === setId).map((l) => l.info.id);
  }

  /** The machine each set's logs name (logs held in memory; an indexed giant is not read through for a name). */
  private nameMachines(setIds: ReadonlySet<string>): void {
    for (const id of setIds) {
      const logs = [...this.logs.values()].filter((l) => l.info.set.id === id);
      if (!logs.length || logs[0].info.set.machine) continue;
      const machine = findMachineName(logs.flatMap((l) => (l.store instanceof MemoryStore ? [{ entries: l.store.allEntries() ?? [] }] : [])));
      const set = this.sets.nameMachine(logs[0].info.set, machine);
      for (const l of logs) l.info = { ...l.info, set };
    }
  }

  /**
   * A WindowsUpdate.log carries no offset: take it from the ConfigMgr logs of the same machine (opened from the
   * same folder or zip, e.g. C:\Windows beside C:\Windows\CCM\Logs in a customer's bundle), and say so (docs/decisions.md, Time zones of a set).
   */
  private applyBorrowedOffsets(): string[] {
    const changed: string[] = [];
    const byDir = new Map<string, OpenLog[]>();
    for (const l of this.logs.values()) {
      byDir.set(l.openedFrom, [...(byDir.get(l.openedFrom) ?? []), l]);
    }
    for (const logs of byDir.values()) {
      const donor = mostCommon(logs.filter((l) => l.info.offsetSource === 'log' && !l.info.offsetUncertain).map((l) => l.ownOffset));
      for (const l of logs) {
        if (l.userOffset !== undefined || l.ownOffset !== null || l.info.entries === 0) continue;
        if (donor === null) continue;
        if (l.info.utcOffset !== donor || l.info.offsetSource !== 'borrowed') changed.push(l.info.id);
        l.info = { ...l.info, utcOffset: donor, offsetSource: 'borrowed' };
        const note = logMessage(problem('zoneBorrowed', { zone: offsetLabel(donor) }));
        if (!l.info.messages.some((m) => sameMessage(m, note))) l.info.messages = [...l.info.messages, note];
      }
    }
    return changed;
  }

  private closeLogs(a: ApiArgs<'closeLogs'>): null {
    for (const id of a.logIds) {
      this.tails.stop(id);
      this.logs.delete(id);
      this.views.invalidate(id);
    }
    this.sets.keepOnly(new Set([...this.logs.values()].map((l) => l.info.set.id)));
    this.emit({ type: 'logs', logs: this.list() });
    return null;
  }

  private setLogOffset(a: ApiArgs<'setLogOffset'>): LogInfo {
    const l = this.requireLog(a.logId);
    l.userOffset = a.utcOffset;
    if (a.utcOffset === null) {
      l.userOffset = undefined;
      l.info = { ...l.info, utcOffset: l.ownOffset, offsetSource: l.ownOffset === null ? 'none' : 'log' };
      for (const id of this.applyBorrowedOffsets()) this.views.invalidate(id);
    } else {
      l.info = { ...l.info, utcOffset: a.utcOffset, offsetSource: 'user' };
    }
    this.views.invalidate(l.info.id);
    this.emit({ type: 'logs', logs: this.list() });
    return l.info;
  }

  private requireLog(id: string): OpenLog {
    const l = this.logs.get(id);
    if (!l) throw new RequestError(`no open log ${JSON.stringify(id.slice(0, 80))}`);
    return l;
  }

  /** The instant of an entry with its log's effective offset (own, user's or borrowed). */
  private instant(log: OpenLog, row: number): number | null {
    return log.store.instant(row, offsetOverride(log));
  }

  private readonly instantsOf = (log: OpenLog): Float64Array => log.store.instants(offsetOverride(log));

  private view(logIds: readonly string[], filter?: RowFilter): View {
    return this.views.get(logIds, filter);
  }

  private toRow(v: View, i: number): Row {
    const log = logAt(v, i);
    const r = rowAt(v, i);
    const e = log.store.meta(r);
    return {
      index: i,
      logId: log.info.id,
      source: log.info.parts[log.store.part(r)],
      line: e.line,
      wallMs: e.wallMs,
      utcOffset: offsetOverride(log) ?? e.utcOffset,
      instantMs: this.instant(log, r),
      component: e.component,
      thread: e.thread,
      severity: e.severity,
      text: log.store.text(r),
      step: log.store.step(r),
    };
  }

  private getRows(a: ApiArgs<'getRows'>): Row[] {
    const v = this.view(a.logIds, a.filter);
    const end = Math.min(v.count, a.start + a.count);
    const rows: Row[] = [];
    for (let i = a.start; i < end; i++) rows.push(this.toRow(v, i));
    return rows;
  }

  /** The diagnosis of the open set (or the given logs), here and now: the CLI's one-shot commands. */
  diagnose(logIds?: readonly string[]): ApiResults['diagnose'] {
    return diagnose(this.diagnosisInputs(logIds));
  }

  /** What the diagnosis reads: the pipeline logs (other logs are not diagnosed, so they stay here). */
  private pipelineLogs(logIds?: readonly string[]): { log: OpenLog; input: Omit<DiagnosisInput, 'entries'> }[] {
    const logs = logIds ? logIds.map((id) => this.requireLog(id)) : [...this.logs.values()];
    return logs
      .filter((l) => l.kind !== null)
      .map((l) => ({ log: l, input: { source: l.info.source, name: l.info.name, utcOffsetOverride: offsetOverride(l), kind: l.kind, format: l.info.format } }));
  }

  /** The pipeline logs' entries, decoded here (the CLI's diagnosis in process). */
  private diagnosisInputs(logIds?: readonly string[]): DiagnosisInput[] {
    return this.pipelineLogs(logIds).flatMap(({ log, input }) => {
      const entries = log.store.allEntries();
      return entries ? [{ ...input, entries }] : [];
    });
  }

  /** The pipeline logs for the diagnosis worker: entries held in memory, and where to read those of indexed logs. */
  private diagnosisLogs(logIds?: readonly string[]): DiagnosisLog[] {
    return this.pipelineLogs(logIds).flatMap(({ log, input }): DiagnosisLog[] => {
      const indexed = log.store instanceof IndexStore ? log.store.entrySource() : undefined;
      if (indexed !== undefined) return indexed ? [{ ...input, indexed }] : [];
      const entries = log.store.allEntries();
      return entries ? [{ ...input, entries }] : [];
    });
  }
}

