// Open a client folder, use it, close it, again and again in one backend (issue 14 item 4): what leaks shows up
// as file descriptors or threads still open after the close, or memory that does not come back. Used by the light
// test (a small folder, a few cycles) and the bench's soak row (a 300 MB folder, 50 cycles).
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ApiEvent } from '../../shared/api/contract';
import type { LogService } from '../../electron/backend/log-service';

export interface SoakCycle {
  /** Logs the folder opened as. */
  logs: number;
  /** RSS with the folder open and used (bytes). */
  openRss: number;
  /** Threads with the folder open and diagnosed (its workers among them). */
  openThreads: number;
  /** After the close, the settle and a full collection (bytes): process.memoryUsage(). */
  closed: { rss: number; heapUsed: number; external: number; arrayBuffers: number };
  /** Open descriptors on files and watchers after the close (Linux: /proc/self/fd; -1 where there is none). */
  fds: number;
  /** The process's threads after the close (Linux: /proc/self/status; -1 elsewhere): a worker left behind is one more. */
  threads: number;
  /** Timers, watchers and requests keeping the event loop busy after the close (a tailer left behind polls on). */
  activeResources: number;
  ms: number;
}

/** A full collection, so RSS after a close says what is still held (V8's own gc, enabled at run time). */
export function fullGc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Open descriptors on files and file watchers (Linux: /proc/self/fd). Worker threads' event loops (epoll, eventfd,
 * pipes) come and go with the workers and are counted as threads instead.
 */
export function openFds(): number {
  try {
    return readdirSync('/proc/self/fd').filter((fd) => {
      try {
        const target = readlinkSync(`/proc/self/fd/${fd}`);
        return target.startsWith('/') || target === 'anon_inode:inotify';
      } catch {
        return false; // the fd readdir itself used, closed by now
      }
    }).length;
  } catch {
    return -1;
  }
}

/** The process's threads (Linux); -1 where /proc is missing. */
export function threadCount(): number {
  try {
    return Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? -1);
  } catch {
    return -1;
  }
}

/** How long a closed reading waits for workers that were told to end, at most (they end in milliseconds). */
const SETTLE_MAX_MS = 5000;

/**
 * Threads once the workers a close ended are gone: polled down to `baseline` (the count with nothing open), or
 * what is left after SETTLE_MAX_MS (a leak: the caller's comparison says so; nothing here asserts on time).
 */
async function settledThreads(baseline: number): Promise<number> {
  const until = performance.now() + SETTLE_MAX_MS;
  let n = threadCount();
  while (n > baseline && performance.now() < until) {
    await sleep(20);
    n = threadCount();
  }
  return n;
}

export interface SoakReading {
  /** Threads with nothing open (default: now): the closed reading waits for the count to come back to it. */
  baselineThreads?: number;
  /**
   * How long the backend idles after the close before the reading (the bench: 6 s). V8 sizes its young generation by
   * the last 5 s of allocation: right after a cycle's burst it keeps up to 32 MiB of it committed and empty, and gives
   * it back once idle; a reading taken at once is high or low by that much depending on how the last GC sized it.
   */
  idleMs?: number;
}

/**
 * One cycle as the app does it: open the paths, wait for the set's pushed diagnosis (the app listens, so it runs in
 * a worker), touch every log as a pane would (rows, a search), close them all. The closed reading is taken once the
 * threads are back to `baselineThreads` (or SETTLE_MAX_MS passed) and the backend idled `idleMs`, after two full
 * collections 100 ms apart.
 */
export async function openUseClose(service: LogService, paths: string[], opts: SoakReading = {}): Promise<SoakCycle> {
  const baselineThreads = opts.baselineThreads ?? threadCount();
  const t0 = performance.now();
  let setId = '';
  let diagnosed!: () => void;
  const pushed = new Promise<void>((resolve) => (diagnosed = resolve));
  const off = service.onEvent((e: ApiEvent) => {
    if (e.type === 'diagnosis' && e.setId === setId) diagnosed();
  });
  try {
    const { logs, errors } = await service.api.openPaths({ paths });
    if (!logs.length) throw new Error(`the soak folder opened nothing: ${errors.map((e) => e.reason).join('; ')}`);
    setId = logs[0].set.id;
    if (service.latestDiagnoses().some((d) => d.setId === setId)) diagnosed();
    const logIds = logs.map((l) => l.id);
    await service.api.getRows({ logIds, start: 0, count: 200 });
    await service.api.search({ logIds, query: '0x80244021', regex: false, matchCase: false });
    await pushed;
    await service.api.diagnose({});
    const openRss = process.memoryUsage().rss;
    const openThreads = threadCount();
    await service.api.closeLogs({ logIds });
    if ((await service.api.listLogs({})).length) throw new Error('logs still open after closeLogs');
    const threads = await settledThreads(baselineThreads);
    await sleep(opts.idleMs ?? 0);
    // Two collections 100 ms apart: V8 frees a collection's array buffers on a helper thread after it returns (one
    // collection left up to 54 MiB of them counted), and a worker's exit frees its memory just after its thread ends.
    fullGc();
    await sleep(100);
    fullGc();
    const m = process.memoryUsage();
    const closed = { rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
    return { logs: logs.length, openRss, openThreads, closed, fds: openFds(), threads, activeResources: process.getActiveResourcesInfo().length, ms: performance.now() - t0 };
  } finally {
    off();
  }
}

/** What the soak's closed readings say, against the first plateau. */
export interface SoakVerdict {
  /** The first plateau: the median RSS after close of cycles 2 to 5 (cycle 1 warms caches, code and thread pools). */
  plateau: number;
  last: number;
  /** The highest RSS after close from cycle 6 on, its cycle (1-based), and how many readings from cycle 6 on were over the limit. */
  max: number;
  maxCycle: number;
  over: number;
  /** The least-squares slope of RSS after close from cycle 2 on (bytes per cycle): a leak is a steady climb. */
  slope: number;
  /** How far that line climbs from cycle 2 to the last, as a fraction of the plateau. */
  climb: number;
  /** The end state (the last reading) within `limit` of the plateau, and no climb beyond it: a lone high reading is reported (max, over), not a leak. */
  met: boolean;
}

/** The soak's verdict (issue 14: RSS back within 10 % of the first plateau): needs at least 6 cycles. */
export function soakVerdict(cycles: readonly SoakCycle[], limit = 0.1): SoakVerdict {
  if (cycles.length < 6) throw new Error('the soak needs at least 6 cycles: 1 to warm up, 2 to 5 for the plateau');
  const rss = cycles.map((c) => c.closed.rss);
  const warm = rss.slice(1, 5).sort((a, b) => a - b);
  const plateau = (warm[1] + warm[2]) / 2;
  const after = rss.slice(5);
  const max = Math.max(...after);
  const last = rss[rss.length - 1];
  const ys = rss.slice(1);
  const mx = (ys.length - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope = ys.reduce((n, y, x) => n + (x - mx) * (y - my), 0) / ys.reduce((n, _, x) => n + (x - mx) ** 2, 0);
  const climb = (slope * (ys.length - 1)) / plateau;
  const ceiling = plateau * (1 + limit);
  return { plateau, last, max, maxCycle: 6 + after.indexOf(max), over: after.filter((b) => b > ceiling).length, slope, climb, met: last <= ceiling && climb <= limit };
}
