// Opening one log (a file, or the files of a rotated group: X.lo_ then X.log): parsed into memory when small,
// kept as the columnar index when big, whatever it came from (docs/decisions.md, One index path). Never throws on
// bad input: a file that cannot be read is the log's message, a log none of whose files can be read is an error.
import type { LogInfo, LogSetRef } from '../../../shared/api/contract';
import { logMessage, problem, type LogMessage } from '../../../shared/api/messages';
import { parseBytes } from '../../../shared/formats/parse';
import { indexBytes, type IndexedBytes } from '../../../shared/index/index-bytes';
import type { LogEntry } from '../../../shared/model/log-entry';
import { logGroup } from '../../../shared/model/log-roles';
import { mostCommon } from '../../../shared/model/most-common';
import { logKind } from '../../../shared/pipeline/log-kind';
import { tagSteps } from '../../../shared/pipeline/tag-steps';
import { indexFile } from '../index/file-indexer';
import { FileError, fsProblem } from '../sources/file-access';
import { sourceError, type SourceError, type SourceFile } from '../sources/source-file';
import { completePrefix } from './complete-prefix';
import { LogStore, type IndexedPart } from './log-store';
import type { TailStart } from './log-tails';
import type { OpenLog } from './open-log';

/** A pipeline log kept as an index is still diagnosed (its entries decoded when asked) up to this size. */
const DIAGNOSE_INDEXED_UP_TO = 256 << 20;

/** What loading needs from the service: ids, whether to tail, and where to say what a big log's indexing does. */
export interface LoadHost {
  tail: boolean;
  newId(): string;
  /** A big log is listed while it is indexed (its first rows show early), and taken off if it fails. */
  indexing(log: OpenLog, listed: boolean): void;
  /** Its rows or info changed (first rows, then the whole index). */
  changed(log: OpenLog): void;
  progress(id: string, doneBytes: number, totalBytes: number): void;
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

/** A file of the log that cannot be read: one of a group leaves the others and is said in the log's messages. */
const unreadable = (e: unknown, source: string): LogMessage => logMessage(fsProblem(e), source);

/** A log none of whose files could be read is an error: the first file's reason. */
const noneRead = (current: SourceFile, [first]: LogMessage[]): SourceError => sourceError(current.source, { code: first.code, params: first.params });

/** What the API says of a log opened from `parts` (the last is the current file); `own`: what its entries said. */
function logInfo(id: string, parts: readonly SourceFile[], set: LogSetRef, own: Pick<LogInfo, 'format' | 'encoding' | 'bytes' | 'entries' | 'state' | 'messages' | 'utcOffset' | 'offsetUncertain'>): LogInfo {
  const { name, source } = parts[parts.length - 1];
  return {
    id,
    name,
    source,
    parts: parts.map((p) => p.source),
    group: logGroup(name, own.format),
    offsetSource: own.utcOffset === null ? 'none' : 'log',
    tailing: false,
    set,
    ...own,
  };
}

/** Where a log belongs: the set it joins and the path the user opened that holds it. */
type Where = Pick<OpenLog, 'openedFrom'> & { set: LogSetRef };

export async function loadLog(parts: SourceFile[], where: Where, indexAbove: number, host: LoadHost): Promise<OpenLog | SourceError> {
  const current = parts[parts.length - 1];
  // Big logs (one file, or a rotated group together) on disk are indexed; the rest is parsed into memory.
  const total = parts.reduce((n, p) => n + p.size, 0);
  // Files on disk, zip entries and dropped files alike (docs/decisions.md, One index path).
  if (total > indexAbove) return loadIndexed(parts, where, host);
  const entries: LogEntry[] = [];
  const partIdx: number[] = [];
  const messages: LogMessage[] = [];
  let format: LogInfo['format'] = 'plain';
  let encoding: LogInfo['encoding'] = 'utf-8';
  let bytes = 0;
  let tailStart: TailStart | undefined;
  let read = 0;
  for (let p = 0; p < parts.length; p++) {
    let buf: Buffer;
    let parsed: ReturnType<typeof parseBytes>;
    try {
      buf = await parts[p].load();
      const diskPath = parts[p].diskPath;
      if (p === parts.length - 1 && host.tail && diskPath) {
        // Read only complete entries: the tailer takes over exactly where this read ends.
        const prefix = completePrefix(buf, parts[p].name);
        if (prefix) {
          tailStart = { path: diskPath, startAt: prefix.bytes, startLine: prefix.nextLine, shape: prefix.shape };
          buf = buf.subarray(0, prefix.bytes);
        }
      }
      parsed = parseBytes(buf, parts[p].name);
      if (parsed.problems.length && parsed.entries.length === 0) throw new FileError(parsed.problems[0]);
    } catch (e) {
      messages.push(unreadable(e, parts[p].source));
      continue;
    }
    read++;
    messages.push(...parsed.problems.map((m) => logMessage(m, parts[p].name)));
    if (p === parts.length - 1 || entries.length === 0) [format, encoding] = [parsed.format, parsed.encoding];
    bytes += buf.length;
    for (const e of parsed.entries) {
      entries.push(e);
      partIdx.push(p);
    }
  }
  if (read === 0) return noneRead(current, messages);
  const ownOffset = mostCommon(entries.map((e) => e.utcOffset));
  const offsetUncertain = entries.some((e) => e.offsetUncertain);
  const info = logInfo(host.newId(), parts, where.set, { format, encoding, bytes, entries: entries.length, state: 'ready', messages, utcOffset: ownOffset, offsetUncertain });
  const kind = logKind(current.name, entries, format);
  return {
    info,
    store: LogStore.parsed(entries, partIdx, tagSteps(current.name, entries, format)),
    kind,
    ownOffset,
    openedFrom: where.openedFrom,
    tailStart,
    tailGeneration: 0,
  };
}

/**
 * A big log (one file, or each file of a rotated group): indexed by indexFile (workers), announced while it is
 * indexed (first rows early, progress), and never held as entries. A pipeline log up to DIAGNOSE_INDEXED_UP_TO is
 * still diagnosed (LogStore decodes its entries when asked); a bigger one says it is left out.
 */
async function loadIndexed(files: SourceFile[], where: Where, host: LoadHost): Promise<OpenLog | SourceError> {
  const id = host.newId();
  const current = files[files.length - 1];
  const kind = logKind(current.name);
  const total = files.reduce((n, f) => n + f.size, 0);
  const note = logMessage(indexedNote(total, files.length, kind === null ? null : total <= DIAGNOSE_INDEXED_UP_TO), current.name);
  const info = logInfo(id, files, where.set, { format: 'plain', encoding: 'utf-8', bytes: total, entries: 0, state: 'indexing', messages: [note], utcOffset: null, offsetUncertain: false });
  const closing = new AbortController();
  const log: OpenLog = { info, store: new LogStore(), kind, ownOffset: null, openedFrom: where.openedFrom, tailGeneration: 0, closing };
  const announce = (parts: IndexedPart[]): void => {
    const { shape } = parts[parts.length - 1];
    // the name did not say what the log is: its detected format may (an MSI or WindowsUpdate log under another name)
    log.kind ??= logKind(current.name, undefined, shape.format);
    log.store = new LogStore(parts, log.kind, DIAGNOSE_INDEXED_UP_TO);
    log.info = { ...log.info, format: shape.format, encoding: shape.encoding, entries: log.store.count, group: logGroup(current.name, shape.format) };
    host.changed(log);
  };
  host.indexing(log, true);
  const done: IndexedPart[] = [];
  const messages: LogMessage[] = [];
  let before = 0;
  try {
    for (let k = 0; k < files.length && !closing.signal.aborted; k++) {
      const f = files[k];
      const path = f.diskPath ?? f.source;
      try {
        // A file on disk is indexed by the workers, read by position; one held in memory (a zip entry, a dropped
        // file) is indexed from its bytes by the same indexers, and its rows stay views of those bytes.
        const r = f.diskPath
          ? await indexFile(f.diskPath, {
              fileName: f.name,
              workers: 2,
              signal: closing.signal,
              onFirstRows: (head, shape) => announce([...done, { path, shape, index: head, part: k }]),
              onProgress: (d) => host.progress(id, before + d, total),
            })
          : await indexHeld(f);
        if (r.shape.binary) throw new FileError(problem('binary'));
        done.push({ path, shape: r.shape, index: r.index, part: k, ...('held' in r ? { bytes: r.held } : {}) });
        // A failed index worker cost time, not rows: said where the user can find it.
        messages.push(...(r.workerFaults ?? []).map((m) => logMessage(m, f.name)));
      } catch (e) {
        messages.push(unreadable(e, f.source));
      }
      before += f.size;
    }
  } finally {
    host.indexing(log, false);
  }
  if (closing.signal.aborted) return log; // closed while indexing: the caller leaves it closed
  if (done.length === 0) return noneRead(current, messages);
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
  if (host.tail && last.part === files.length - 1 && !last.bytes) {
    log.tailStart = { path: last.path, startAt: last.index.endOffset, startLine: last.index.endLine + 1, shape: last.shape };
  }
  return log;
}
