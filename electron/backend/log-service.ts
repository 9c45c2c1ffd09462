// The backend behind every transport (Electron IPC, browser mode, tests): opens logs, serves rows by
// window, searches, keeps one clock across logs, and diagnoses the open set. It implements CmlensApi
// from shared/api/contract.ts; transports only validate and forward.
import { basename, dirname } from 'node:path';
import type { ApiArgs, ApiEvent, ApiResults, CmlensApi, DiagnosisEvent, ExportSpec, LogInfo, Row, ScrollMarks, TimelineResult } from '../../shared/api/contract';
import { groupRotated } from '../../shared/model/rotation';
import { diagnose, type DiagnosisInput, type DiagnosisResult } from '../../shared/pipeline/diagnose';
import { lookupErrorCode } from '../../shared/knowledge/lookup';
import { expandDropped, expandPaths } from './sources/expand-paths';
import type { FileAccess } from './sources/file-access';
import { DROPPED_PREFIX } from '../../shared/api/upload';
import type { SourceFile } from './sources/source-file';
import { samplesDir } from './app-paths';
import { LogTails } from './logs/log-tails';
import { logAt, rowAt, rowAtTime, searchView, type LogView } from './logs/views';
import { ViewCache } from './logs/view-cache';
import { rowMatcher } from '../../shared/index/search';
import { findInView, locateInView } from './view-navigation';
import { runScanCycle } from './run-scan-cycle';
import { RequestError } from './request-error';
import { timelineOf } from './logs/timeline';
import { scrollMarksOf } from './logs/scroll-marks';
import { exportFile, type ExportFile } from './export/export-file';
import { FleetService } from './fleet/fleet-service';
import { setFor, setPathOf, withMachine } from './logs/log-sets';
import { findMachineName } from '../../shared/pipeline/machine-name';
import { SetDiagnoses } from './diagnosis/set-diagnoses';
import type { DiagnosisLog } from './diagnosis/diagnosis-worker';
import { indexAboveBytes } from './logs/index-policy';
import { endIdleIndexWorkers } from './index/worker-pool';
import { loadLog, type LoadHost } from './logs/log-loader';
import type { OpenLog } from './logs/open-log';
import { borrowOffsets, offsetOverride, setUserOffset } from './logs/zone-policy';

export interface LogServiceOptions {
  /** Follow the open logs live (serve, Electron); off for one-shot commands so they exit promptly. */
  tail?: boolean;
  /** The tailers' poll interval (tests shorten it). */
  tailPollMs?: number;
  /** The file layer opened paths are read through (tests inject a slow or failing share). */
  fileAccess?: FileAccess;
  /** Files on disk bigger than this are kept as a columnar index, not parsed into memory (default 32 MiB; 1 MiB in a big set: logs/index-policy.ts). */
  indexAboveBytes?: number;
}

type View = LogView<OpenLog>;

export class LogService {
  private readonly logs = new Map<string, OpenLog>();
  private readonly listeners = new Set<(e: ApiEvent) => void>();
  private readonly views: ViewCache<OpenLog>;
  private nextId = 1;
  private nextSetId = 1;
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
  /** Fleet triage: many clients' sets judged in workers, none of them opened here until the user picks one. */
  private readonly fleet = new FleetService((e) => this.emit(e));

  constructor(private readonly opts: LogServiceOptions = {}) {
    this.loadHost.tail = opts.tail ?? false;
    this.views = new ViewCache((id) => this.requireLog(id), (log) => this.instantsOf(log));
    const openFile = opts.fileAccess && ((p: string) => opts.fileAccess!.openReadOnly(p));
    this.tails = new LogTails(
      {
        // Entries appended: the log's views grow (or rebuild when a roll moved rows); the pane of a log that got a new
        // pipeline step follows it (CMTrace's auto-scroll).
        appended: (log, { before, rowsMoved, entries, step }) => {
          if (rowsMoved) this.views.invalidate(log.info.id);
          else this.views.appended(log.info.id, before);
          this.emit({ type: 'appended', logId: log.info.id, entries, ...(step ? { step } : {}) });
          this.listChanged();
        },
        // A tail fault comes or goes: it is the log's message until the log reads again.
        status: (log, fault) => {
          if (fault) this.emit({ type: 'error', message: fault.text, problem: { code: fault.code, params: fault.params }, subject: log.info.name });
          this.listChanged();
        },
      },
      opts.tailPollMs,
      openFile,
    );
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
    // (an append changes its log's entry count: the 'logs' event that follows it asks for that set's diagnosis)
    if (e.type === 'logs') this.diagnosis.request(this.changedSets(e.logs));
  }

  /** What each set's diagnosis depends on, as last requested: a set whose logs did not change is not diagnosed again. */
  private setStates = new Map<string, string>();

  private changedSets(logs: readonly LogInfo[]): string[] {
    const now = new Map<string, string>();
    for (const l of logs) now.set(l.set.id, (now.get(l.set.id) ?? '') + JSON.stringify([l.id, l.entries, l.state, l.utcOffset, l.offsetSource]));
    const changed = [...now].filter(([id, state]) => this.setStates.get(id) !== state).map(([id]) => id);
    this.setStates = now;
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
    countRows: async (a) => this.views.get(a.logIds, a.filter).count,
    search: async (a) => searchView(this.views.get(a.logIds, a.filter), a),
    rowAtTime: async (a) => a.views.map((v) => rowAtTime(this.views.get(v.logIds, v.filter), a.instantMs, this.instantsOf)),
    setLogOffset: async (a) => this.setLogOffset(a),
    // The app's diagnosis is pushed from the workers, set by set; a caller who asks (CLI, tests, scripts) gets the
    // pushed one when nothing changed since, else the same pure function here.
    diagnose: async (a) => this.diagnoseNow(a),
    lookupCode: async (a) => lookupErrorCode(a.code),
    setTailPaused: async (a) => (this.tails.setPaused(a.paused), null),
    locate: async (a) => locateInView(this.views.get(a.logIds, a.filter), a.source, a.line),
    findNext: async (a) => {
      const t = a.target;
      const test = t.kind === 'severity' ? null : rowMatcher({ query: t.query, regex: t.regex, matchCase: t.matchCase });
      const sev = t.kind === 'severity' ? t.severity : null;
      return findInView(this.views.get(a.logIds, a.filter), a.from, a.direction, a.wrap, (store, row) => (test ? test(store.text(row)) : store.meta(row).severity === sev));
    },
    runScanCycle: (a) => runScanCycle(a),
    timeline: async (a) => this.timeline(a),
    scrollMarks: async (a) => this.scrollMarks(a),
    // Only the desktop app saves (Electron main answers this call with its save dialog); browser mode downloads.
    saveExport: async () => {
      throw new RequestError('saving a file needs the desktop app; in the browser the export downloads');
    },
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
  private scrollMarks(a: ApiArgs<'scrollMarks'>): ScrollMarks {
    const v = this.views.get(a.logIds, a.filter);
    let m = this.overviews.get(v);
    if (!m) this.overviews.set(v, (m = new Map()));
    // A view grows in place when its log is tailed: an answer is for the rows it had.
    const key = JSON.stringify([v.count, a.slices, a.bookmarks ?? []]);
    if (!m.has(key)) {
      // Keep a few: panes resize, searches add bookmarks; old answers for this view are not asked again.
      if (m.size > 16) m.clear();
      m.set(key, scrollMarksOf(v, a.slices, a.bookmarks));
    }
    return m.get(key)!;
  }

  /** The diagnosis report or a view's rows as a file to download or save (export/export-file.ts). */
  exportFile(spec: ExportSpec): ExportFile {
    return exportFile(spec, {
      diagnose: (ids) => this.diagnose(ids),
      sources: (ids) => (ids ? ids.map((id) => this.requireLog(id)) : [...this.logs.values()]).map((l) => l.info.source),
      names: (ids) => ids.map((id) => this.requireLog(id).info.name),
      rowCount: (s) => this.views.get(s.logIds, s.filter).count,
      rows: (s, start, count) => this.getRows({ logIds: s.logIds, filter: s.filter, start, count }),
    });
  }

  list(): LogInfo[] {
    return [...this.logs.values()].map((l) => l.info);
  }

  /** The open logs changed (opened, closed, grown, re-zoned, faulted): listeners get the whole list. */
  private listChanged(): void {
    this.emit({ type: 'logs', logs: this.list() });
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
    const opened: OpenLog[] = [];
    const indexAbove = indexAboveBytes(files.reduce((n, f) => n + f.size, 0), this.opts.indexAboveBytes);
    for (const [k, parts] of groups.entries()) {
      this.emit({ type: 'opening', done: k, total: groups.length, name: parts[parts.length - 1].name });
      const source = parts[parts.length - 1].source;
      const openedFrom = paths.filter((p) => source.startsWith(p)).sort((a, b) => b.length - a.length)[0] ?? dirname(source);
      const set = setFor(setPathOf(openedFrom, parts.map((p) => p.source)), this.list().map((l) => l.set), () => `set${this.nextSetId++}`);
      const log = await loadLog(parts, { set, openedFrom }, indexAbove, this.loadHost);
      if ('reason' in log) {
        errors.push(log);
        continue;
      }
      if (log.closing?.signal.aborted) continue; // the user closed it while it was indexed
      this.logs.set(log.info.id, log);
      opened.push(log);
    }
    this.nameMachines(new Set(opened.map((l) => l.info.set.id)));
    this.emit({ type: 'opening', done: groups.length, total: groups.length, name: '' });
    for (const id of borrowOffsets(this.logs.values())) this.views.invalidate(id);
    await Promise.all(opened.map((l) => this.tails.start(l)));
    this.listChanged();
    return { logs: opened.map((l) => l.info), errors };
  }

  /** What loading a log needs from here: ids, the tail setting, and how an indexing log is shown. */
  private readonly loadHost: LoadHost = {
    tail: false,
    newId: () => `log${this.nextId++}`,
    indexing: (log, listed) => (listed ? this.logs.set(log.info.id, log) : this.logs.delete(log.info.id)),
    changed: (log) => {
      this.views.invalidate(log.info.id);
      this.listChanged();
    },
    progress: (id, doneBytes, totalBytes) => this.emit({ type: 'progress', logId: id, doneBytes, totalBytes }),
  };

  private logIdsOfSet(setId: string): string[] {
    return this.logsOfSet(setId).map((l) => l.info.id);
  }

  private logsOfSet(setId: string): OpenLog[] {
    return [...this.logs.values()].filter((l) => l.info.set.id === setId);
  }

  /** The machine each set's logs name (logs held in memory; an indexed giant is not read through for a name). */
  private nameMachines(setIds: ReadonlySet<string>): void {
    for (const id of setIds) {
      const logs = this.logsOfSet(id);
      if (!logs.length || logs[0].info.set.machine) continue;
      const machine = findMachineName(logs.flatMap((l) => (l.store.isIndexed ? [] : [{ entries: l.store.allEntries() ?? [] }])));
      const set = withMachine(logs[0].info.set, machine);
      for (const l of logs) l.info = { ...l.info, set };
    }
  }

  private closeLogs(a: ApiArgs<'closeLogs'>): null {
    for (const id of a.logIds) {
      const log = this.logs.get(id);
      log?.closing?.abort(); // still indexing: its workers stop
      if (log) this.tails.stop(log);
      this.logs.delete(id);
      this.views.invalidate(id);
    }
    // Idle index workers hold what their last jobs left (they never collect garbage while idle): a close gives it back.
    void endIdleIndexWorkers();
    this.listChanged();
    return null;
  }

  private setLogOffset(a: ApiArgs<'setLogOffset'>): LogInfo {
    const l = this.requireLog(a.logId);
    for (const id of setUserOffset(l, a.utcOffset, this.logs.values())) this.views.invalidate(id);
    this.listChanged();
    return l.info;
  }

  private requireLog(id: string): OpenLog {
    const l = this.logs.get(id);
    if (!l) throw new RequestError(`no open log ${JSON.stringify(id.slice(0, 80))}`);
    return l;
  }

  private readonly instantsOf = (log: OpenLog): Float64Array => log.store.instants(offsetOverride(log));

  private toRow(v: View, i: number): Row {
    const log = logAt(v, i);
    const r = rowAt(v, i);
    const e = log.store.meta(r);
    // the log's effective offset: its own, the user's or one borrowed from its set
    const override = offsetOverride(log);
    return {
      index: i,
      logId: log.info.id,
      source: log.info.parts[log.store.part(r)],
      line: e.line,
      wallMs: e.wallMs,
      utcOffset: override ?? e.utcOffset,
      instantMs: log.store.instant(r, override),
      component: e.component,
      thread: e.thread,
      severity: e.severity,
      text: log.store.text(r),
      step: log.store.step(r),
    };
  }

  private getRows(a: ApiArgs<'getRows'>): Row[] {
    const v = this.views.get(a.logIds, a.filter);
    const end = Math.min(v.count, a.start + a.count);
    const rows: Row[] = [];
    for (let i = a.start; i < end; i++) rows.push(this.toRow(v, i));
    return rows;
  }

  /** The diagnosis of the open set (or the given logs), here and now: the CLI's one-shot commands. */
  diagnose(logIds?: readonly string[]): ApiResults['diagnose'] {
    return diagnose(
      this.pipelineLogs(logIds).flatMap(({ log, input }) => {
        const entries = log.store.allEntries();
        return entries ? [{ ...input, entries }] : [];
      }),
    );
  }

  /** What the diagnosis reads: the pipeline logs (other logs are not diagnosed, so they stay here). */
  private pipelineLogs(logIds?: readonly string[]): { log: OpenLog; input: Omit<DiagnosisInput, 'entries'> }[] {
    const logs = logIds ? logIds.map((id) => this.requireLog(id)) : [...this.logs.values()];
    return logs
      .filter((l) => l.kind !== null)
      .map((l) => ({ log: l, input: { source: l.info.source, name: l.info.name, utcOffsetOverride: offsetOverride(l), kind: l.kind, format: l.info.format } }));
  }

  /** The pipeline logs for the diagnosis worker: entries held in memory, and where to read those of indexed logs. */
  private diagnosisLogs(logIds?: readonly string[]): DiagnosisLog[] {
    return this.pipelineLogs(logIds).flatMap(({ log, input }): DiagnosisLog[] => {
      const source = log.store.diagnosisSource();
      return source ? [{ ...input, ...source }] : [];
    });
  }
}

