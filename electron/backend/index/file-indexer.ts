// Index a log file off the UI thread: the head is indexed first (first rows in milliseconds, whatever the size),
// then the whole file by up to two workers that each take one part, cut at an entry start (split-point.ts).
// Progress, cancel (AbortSignal), and the same columns a one-shot naive parse would give (index-vs-parse tests).
// A worker that throws or exits loses nothing: its part is indexed again on this thread. A file that shrinks,
// is deleted or is replaced while indexed fails with a message naming it (its index would not match the file).
import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { problem, type Problem } from '../../../shared/api/messages';
import { type ColumnRegion, EntryColumns, EntryIndex, inRegion, sharedColumns } from '../../../shared/index/entry-index';
import { hasFastIndexer } from '../../../shared/index/indexer-for';
import { toUnits } from '../../../shared/index/log-encoding';
import { HEAD_BYTES, sniffLog, type LogShape } from '../../../shared/index/log-shape';
import { splitPointIn } from '../../../shared/index/split-point';
import { indexRange } from './index-range';
import { readFdAt } from './read-at';
import { runIndexJob } from './worker-pool';
import { workerScriptBeside, type WorkerScript } from '../worker-script';

/** Below this the main thread indexes the file itself: a worker's start-up costs more than the work. */
export const IN_THREAD_BYTES = 8 << 20;
/** The head indexed first, for the first screen. */
export const FIRST_ROWS_BYTES = 256 << 10;
/** How far past the middle to look for an entry start to cut at. */
const SPLIT_WINDOW = 4 << 20;

export interface IndexFileOptions {
  /** Name used for format detection (defaults to the path's). */
  fileName?: string;
  workers?: number;
  signal?: AbortSignal;
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** The head's rows, before the full index is done (not called for files indexed in one go). */
  onFirstRows?: (head: EntryIndex, shape: LogShape) => void;
  /** The worker script (tests inject a failing one; default: index-worker beside this file). */
  workerScript?: WorkerScript;
}

export interface IndexedFile {
  path: string;
  shape: LogShape;
  bytes: number;
  index: EntryIndex;
  /** True when cancelled: the index is incomplete. */
  cancelled: boolean;
  /** Workers that failed (their parts were indexed on the main thread instead): one line each. */
  workerFaults?: Problem[];
}

export async function indexFile(path: string, opts: IndexFileOptions = {}): Promise<IndexedFile> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const shape = sniffLog(readFdAt(fd, 0, Math.min(size, HEAD_BYTES)), opts.fileName ?? path);
    const end = size - ((size - shape.dataStart) % shape.unitSize);
    if (size <= IN_THREAD_BYTES || shape.binary) {
      const index = indexRange(fd, shape, shape.dataStart, end);
      index.trim();
      assertUnchanged(fd, path, size, opts.fileName);
      opts.onProgress?.(size, size);
      return { path, shape, bytes: size, index, cancelled: false };
    }
    const head = indexRange(fd, shape, shape.dataStart, Math.min(end, shape.dataStart + FIRST_ROWS_BYTES) - (FIRST_ROWS_BYTES % shape.unitSize));
    opts.onFirstRows?.(head, shape);
    const cuts = [shape.dataStart, ...splitPoints(fd, shape, end, Math.max(1, opts.workers ?? 2)), end];
    const workerFaults: Problem[] = [];
    const regions = partRegions(head, shape, cuts);
    const parts = await runWorkers(fd, path, shape, cuts, opts, size, workerFaults, regions);
    assertUnchanged(fd, path, size, opts.fileName);
    const index = EntryIndex.fromParts(regions ? parts.map((p, k) => inRegion(p, regions[k])) : parts);
    return { path, shape, bytes: size, index, cancelled: opts.signal?.aborted ?? false, ...(workerFaults.length ? { workerFaults } : {}) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Regions of one set of shared columns for the parts, each sized for the rows its bytes should hold as the head
 * suggests (a little over): the workers write there, and joining the parts then moves rows within memory already
 * written (in this VM, first writes to fresh memory cost as much as the copy). Undefined when the head says
 * nothing; a part that outgrows its region keeps its own columns and is copied in as before.
 */
function partRegions(head: EntryIndex, shape: LogShape, cuts: number[]): ColumnRegion[] | undefined {
  const headBytes = head.endOffset - shape.dataStart;
  if (head.count < 64 || headBytes <= 0 || cuts.length < 3) return undefined;
  // At most one row per 32 bytes: a head of odd short entries must not reserve gigabytes.
  const rowsPerByte = Math.min((head.count / headBytes) * 1.02, 1 / 32);
  const sizes = cuts.slice(1).map((to, k) => Math.ceil((Math.ceil((to - cuts[k]) * rowsPerByte) + 1) / 64) * 64);
  const columns = sharedColumns(sizes.reduce((a, b) => a + b, 0));
  let start = 0;
  return sizes.map((n) => ({ columns, start, limit: (start += n) }));
}

/** Cut points (byte offsets of entry starts) dividing the file into `n` parts; fewer when none is found. */
function splitPoints(fd: number, shape: LogShape, end: number, n: number): number[] {
  if (!hasFastIndexer(shape.format) || n < 2) return [];
  const cuts: number[] = [];
  for (let k = 1; k < n; k++) {
    let at = shape.dataStart + Math.floor(((end - shape.dataStart) * k) / n);
    at -= (at - shape.dataStart) % shape.unitSize;
    const bytes = readFdAt(fd, at, Math.min(SPLIT_WINDOW, end - at));
    const u = toUnits(bytes.subarray(0, bytes.length - (bytes.length % shape.unitSize)), shape.encoding);
    const p = splitPointIn(shape.format, u, 0);
    if (p > 0) cuts.push(at + p * shape.unitSize);
  }
  return cuts;
}

/**
 * The file was indexed through `fd`, but rows are later read by path: a file that shrank, or whose path now names
 * another file or none, would serve wrong or missing rows. Say which file and what happened.
 */
function assertUnchanged(fd: number, path: string, size: number, fileName?: string): void {
  const name = basename(fileName ?? path);
  const now = fstatSync(fd);
  if (now.size < size) throw new Error(`${name}: the file shrank while it was indexed (${size} → ${now.size} bytes); open it again`);
  let there;
  try {
    there = statSync(path);
  } catch {
    throw new Error(`${name}: the file was deleted (or its share dropped) while it was indexed`);
  }
  if (there.ino !== now.ino || there.dev !== now.dev) throw new Error(`${name}: the file was replaced while it was indexed; open it again`);
}

function runWorkers(
  fd: number,
  path: string,
  shape: LogShape,
  cuts: number[],
  opts: IndexFileOptions,
  size: number,
  faults: Problem[],
  regions: ColumnRegion[] | undefined,
): Promise<EntryColumns[]> {
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const done = new Array<number>(cuts.length - 1).fill(0);
  const script = opts.workerScript ?? workerScriptBeside(__dirname, 'index-worker');
  const onAbort = (): void => void Atomics.store(cancel, 0, 1);
  opts.signal?.addEventListener('abort', onAbort);
  const progress = (k: number, d: number): void => {
    done[k] = d;
    opts.onProgress?.(done.reduce((a, b) => a + b, 0), size);
  };
  const jobs = cuts.slice(0, -1).map((from, k) =>
    runIndexJob(script, { path, shape, from, to: cuts[k + 1], cancel, ...(regions ? { region: regions[k] } : {}) }, (d) => progress(k, d))
      .then((part) => {
        // Workers report a few times a second; a part's end is always reported (a cancelled part is not done).
        if (!opts.signal?.aborted) progress(k, cuts[k + 1] - from);
        return part;
      })
      .catch((e: unknown) => {
        // The part is indexed here instead (synchronously: slower for the UI, but nothing is lost). A fault of the
        // file itself (read error) throws here too and fails the file with its own message.
        faults.push(problem('indexWorkerFault', { why: e instanceof Error ? e.message : String(e), from, to: cuts[k + 1] }));
        const part = indexRange(fd, shape, from, cuts[k + 1], { cancelled: () => opts.signal?.aborted ?? false });
        progress(k, cuts[k + 1] - from);
        return part.columnsView();
      }),
  );
  return Promise.all(jobs).finally(() => opts.signal?.removeEventListener('abort', onAbort));
}
