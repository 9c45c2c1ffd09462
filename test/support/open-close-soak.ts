// Open a client folder, use it, close it, again and again in one backend (issue 14 item 4): what leaks shows up
// as file descriptors still open (/proc/self/fd) or memory that does not come back after each close. Used by the
// light test (a small folder, a few cycles) and the bench's soak row (a 300 MB folder, 50 cycles).
import { readdirSync, readlinkSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { LogService } from '../../electron/backend/log-service';

export interface SoakCycle {
  /** Logs the folder opened as. */
  logs: number;
  /** RSS with the folder open and used, and after it was closed and the heap collected (bytes). */
  openRss: number;
  closedRss: number;
  /** Open descriptors on files and watchers after the close (Linux: /proc/self/fd; -1 where there is none). */
  fds: number;
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
 * pipes) come and go with the pools' idle workers and are not what a closed log could leak.
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

/** One cycle: open the paths, touch every log as a pane would (rows, a search, the diagnosis), close them all. */
export async function openUseClose(service: LogService, paths: string[]): Promise<SoakCycle> {
  const t0 = performance.now();
  const { logs, errors } = await service.api.openPaths({ paths });
  if (!logs.length) throw new Error(`the soak folder opened nothing: ${errors.map((e) => e.reason).join('; ')}`);
  const logIds = logs.map((l) => l.id);
  await service.api.getRows({ logIds, start: 0, count: 200 });
  await service.api.search({ logIds, query: '0x80244021', regex: false, matchCase: false });
  await service.api.diagnose({});
  const openRss = process.memoryUsage().rss;
  await service.api.closeLogs({ logIds });
  if ((await service.api.listLogs({})).length) throw new Error('logs still open after closeLogs');
  fullGc();
  const activeResources = process.getActiveResourcesInfo().length;
  return { logs: logs.length, openRss, closedRss: process.memoryUsage().rss, fds: openFds(), activeResources, ms: performance.now() - t0 };
}

/** The plateau RSS after the first cycles (median of cycles 2..6 closed: caches and workers warm). */
export function plateau(cycles: readonly SoakCycle[]): number {
  const warm = cycles.slice(1, 6).map((c) => c.closedRss).sort((a, b) => a - b);
  return warm[Math.floor(warm.length / 2)];
}
