// The live tails of the open logs: one FileTailer per log whose current part is a file on disk. While paused
// (CMTrace's Ctrl+U) the tailers keep reading and their batches wait here, so resuming loses nothing and
// no byte position has to be remembered. A tailer's faults (file or folder gone, permission denied) and its
// recovery are passed on at once, paused or not: they are news for the user, not rows.
import type { FileHandle } from 'node:fs/promises';
import { FileTailer, type TailBatch, type TailStatus } from '../tail/tail-service';
import type { LogShape } from '../../../shared/index/log-shape';

export interface TailStart {
  logId: string;
  path: string;
  startAt: number;
  startLine: number;
  shape: LogShape;
}

export class LogTails {
  private readonly tailers = new Map<string, FileTailer>();
  private readonly held: { logId: string; batch: TailBatch }[] = [];
  private paused = false;

  constructor(
    private readonly deliver: (logId: string, batch: TailBatch) => void,
    private readonly pollMs = 250,
    private readonly onStatus: (logId: string, status: TailStatus) => void = () => undefined,
    /** How tailers open files (default: read-only fs open; tests inject a share that drops). */
    private readonly openFile?: (path: string) => Promise<FileHandle>,
  ) {}

  async start(s: TailStart): Promise<void> {
    const t = new FileTailer(s.path, {
      pollMs: this.pollMs,
      startAt: s.startAt,
      startLine: s.startLine,
      shape: s.shape,
      openFile: this.openFile,
      onBatch: (batch) => {
        if (!this.tailers.has(s.logId)) return;
        if (this.paused) this.held.push({ logId: s.logId, batch });
        else this.deliver(s.logId, batch);
      },
      onStatus: (status) => {
        if (this.tailers.has(s.logId)) this.onStatus(s.logId, status);
      },
    });
    this.tailers.set(s.logId, t);
    await t.start();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (paused) return;
    for (const h of this.held.splice(0)) if (this.tailers.has(h.logId)) this.deliver(h.logId, h.batch);
  }

  stop(logId: string): void {
    this.tailers.get(logId)?.stop();
    this.tailers.delete(logId);
  }

  stopAll(): void {
    for (const id of [...this.tailers.keys()]) this.stop(id);
    this.held.length = 0;
  }
}
