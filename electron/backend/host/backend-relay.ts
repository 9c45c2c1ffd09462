// The parent's side of the process boundary (Electron main, browser mode's server): a CmlensApi whose calls
// go to the backend process and come back, events forwarded, and a backend that crashes restarted with the
// open set reopened. Generic over the contract: methods come from API_CALLS, the calls that open logs from
// REOPEN_CALLS; nothing here is written per method.
import type { CallOutcome, ExportChunk, ExportOpened, FromBackend, ToBackend } from '../../../shared/api/backend-protocol';
import type { ExportFile } from '../export/export-file';
import { apiFromCall } from '../../../shared/api/api-from-call';
import { REOPEN_CALLS, type ApiEvent, type ApiMethod, type ApiResults, type BackendNotice, type CmlensApi, type DiagnosisEvent, type ExportSpec, type LogInfo } from '../../../shared/api/contract';
import { RelayedFailure } from '../dispatch-call';
import { errorLog } from '../error-log';

/**
 * One backend process as its parent sees it: an Electron UtilityProcess as it is, a Node ChildProcess with
 * postMessage (fork-backend.ts). Electron's 'exit' gives the code only; Node's the code or the signal.
 */
export interface BackendChild {
  postMessage(m: ToBackend): void;
  on(event: 'message', listener: (m: FromBackend) => void): unknown;
  once(event: 'exit', listener: (code: number | null, signal?: NodeJS.Signals | null) => void): unknown;
  kill(): unknown;
  readonly pid?: number;
}

export type SpawnBackend = () => BackendChild;

const RESTART_WINDOW_MS = 60_000;

/** A call that opened logs: replayed after a crash when any of its logs was still open. */
interface OpenRecord {
  method: ApiMethod | null;
  args: unknown;
  /** What the user opened, for the message: the paths, or the method's name. */
  labels: string[];
  logIds: string[];
}

const labelsOf = (method: string, args: unknown): string[] => {
  const paths = (args as { paths?: unknown } | null)?.paths;
  return Array.isArray(paths) ? paths.map(String) : [method];
};

const logIdsOf = (result: unknown): string[] => {
  const logs = (result as { logs?: unknown } | null)?.logs;
  return Array.isArray(logs) ? logs.map((l: LogInfo) => l.id) : [];
};

/** A relayed answer's result, or its failure thrown with the status and message the backend gave it. */
function resultOf(out: CallOutcome): unknown {
  if (out.status === 200) return out.result;
  throw new RelayedFailure(out.status, out.error);
}

export class BackendRelay {
  readonly api: CmlensApi = apiFromCall(async (method, args) => resultOf(await this.call(method, args)));

  private child: BackendChild | null = null;
  private nextId = 1;
  /** Calls sent, by id: how each is answered. */
  private readonly pending = new Map<number, (o: CallOutcome) => void>();
  private readonly listeners = new Set<(e: ApiEvent) => void>();
  private logs: LogInfo[] = [];
  /** The latest pushed diagnosis of each set, by set id. */
  private diagnoses = new Map<string, DiagnosisEvent>();
  private opened: OpenRecord[] = [];
  /** When the backend crashed within RESTART_WINDOW_MS; more than maxRestarts: the relay gave up. */
  private crashes: number[] = [];
  /** Resolves when the backend serves calls (after a restart: once the open set is back). */
  private serving: Promise<void> = Promise.resolve();
  private restoring = false;
  private stopped = false;

  constructor(
    private readonly spawn: SpawnBackend,
    /** Restarts allowed within RESTART_WINDOW_MS before the relay gives up (a backend that dies at once, forever). */
    private readonly maxRestarts = 3,
  ) {}

  /** Starts the backend process; resolves when it takes calls. */
  async start(): Promise<void> {
    this.serving = this.launch();
    await this.serving;
  }

  /** The backend process's id (tests kill it to check the restart). */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** The open set as the backend last reported it (read without a call: the WebSocket handshake). */
  list(): LogInfo[] {
    return this.logs;
  }

  /** The diagnosis of each set the backend last pushed (read without a call: the handshakes). */
  latestDiagnoses(): DiagnosisEvent[] {
    return [...this.diagnoses.values()];
  }

  onEvent(listener: (e: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A contract call, relayed; validated again by the backend. A crash answers 500; calls made while it restarts wait. */
  async call(method: string, args: unknown): Promise<CallOutcome> {
    await this.whenServing();
    const out = await this.sendCall(method, args);
    if (out.status === 200 && (REOPEN_CALLS as readonly string[]).includes(method)) {
      this.opened.push({ method: method as ApiMethod, args, labels: labelsOf(method, args), logIds: logIdsOf(out.result) });
    }
    return out;
  }

  /** Browser mode's dropped file. Its bytes are not kept: after a crash it is reported lost, not reopened. */
  async openBytes(name: string, bytes: Uint8Array): Promise<ApiResults['openPaths']> {
    await this.whenServing();
    const result = resultOf(await this.send((id) => ({ t: 'openBytes', id, name, bytes })));
    this.opened.push({ method: null, args: null, labels: [name], logIds: logIdsOf(result) });
    return result as ApiResults['openPaths'];
  }

  /**
   * An export made in the backend, as a file whose text is pulled chunk by chunk (a download's pace is the
   * export's pace); a consumer that stops early drops the backend's stream.
   */
  async exportFile(spec: ExportSpec): Promise<ExportFile> {
    await this.whenServing();
    const { stream, fileName, mime } = resultOf(await this.send((id) => ({ t: 'exportOpen', id, spec }))) as ExportOpened;
    const send = (t: 'exportNext' | 'exportClose') => this.send((id) => ({ t, id, stream }));
    return {
      fileName,
      mime,
      chunks: async function* () {
        let chunk: string | null = '';
        try {
          while ((chunk = (resultOf(await send('exportNext')) as ExportChunk).chunk) !== null) yield chunk;
        } finally {
          // Not pulled to its end (the consumer stopped, or a pull failed): the backend drops the stream.
          if (chunk !== null) void send('exportClose');
        }
      },
    };
  }

  /** Ends the backend process for good (no restart). */
  stop(): void {
    this.stopped = true;
    this.child?.kill();
    this.child = null;
    this.failPending('the backend was stopped (CMLens is closing)');
  }

  /** Waits out a start or restart, including one that began while waiting (a crash during the restore). */
  private async whenServing(): Promise<void> {
    for (let s = this.serving; ; s = this.serving) {
      await s;
      if (s === this.serving) return;
    }
  }

  /** Calls sent to a backend that is gone get their answer now: a failure, never a promise left hanging. */
  private failPending(error: string): void {
    for (const answer of this.pending.values()) answer({ status: 500, error });
    this.pending.clear();
  }

  private emit(e: ApiEvent): void {
    if (e.type === 'logs') {
      this.logs = e.logs;
      const open = new Set(e.logs.map((l) => l.set.id));
      for (const id of this.diagnoses.keys()) if (!open.has(id)) this.diagnoses.delete(id);
    }
    if (e.type === 'diagnosis') this.diagnoses.set(e.setId ?? '', e);
    for (const l of this.listeners) l(e);
  }

  private sendCall(method: string, args: unknown): Promise<CallOutcome> {
    return this.send((id) => ({ t: 'call', id, method, args }));
  }

  private send(make: (id: number) => ToBackend): Promise<CallOutcome> {
    const child = this.child;
    if (!child) return Promise.resolve({ status: 500, error: this.crashes.length > this.maxRestarts ? 'the backend stopped too often and was not restarted; restart CMLens' : 'the backend is not running' });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      try {
        child.postMessage(make(id));
      } catch (e) {
        this.pending.delete(id);
        resolve({ status: 500, error: `the call could not be sent to the backend: ${e instanceof Error ? e.message : String(e)}` });
      }
    });
  }

  private launch(): Promise<void> {
    const child = this.spawn();
    this.child = child;
    return new Promise<void>((resolve) => {
      child.on('message', (m) => {
        if (this.child !== child) return;
        if (m.t === 'ready') resolve();
        else if (m.t === 'result') {
          this.pending.get(m.id)?.(m.outcome);
          this.pending.delete(m.id);
        } else if (m.t === 'event' && !this.restoring) this.emit(m.event);
      });
      child.once('exit', (code, signal) => {
        if (this.child !== child) return;
        // How the exit reads in a message: `exit code 70`, `signal SIGKILL`.
        const reason = signal ? `signal ${signal}` : `exit code ${code}`;
        this.child = null;
        // A backend that ends before it is ready still lets waiting callers go (to their 500 or the restart).
        resolve();
        if (!this.stopped) this.onCrash(reason);
      });
    });
  }

  private notice(state: BackendNotice['state'], reason: string, extra: Partial<BackendNotice> = {}): void {
    this.emit({ type: 'backend', state, reason, reopened: [], lost: [], renamed: {}, ...extra });
  }

  private onCrash(reason: string): void {
    errorLog().write('backend process gone', new Error(reason));
    this.failPending(`the backend stopped (${reason}) during this call; it is restarting`);
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < RESTART_WINDOW_MS), now];
    this.notice('crashed', reason);
    // Given up for good: no backend runs again, so nothing waits on it or sends events.
    if (this.crashes.length > this.maxRestarts) return this.notice('gave-up', reason);
    // A crash while reopening: the paths being reopened may be what kills it, so the next start opens nothing.
    const replay = !this.restoring;
    this.serving = this.restart(reason, replay).catch((e) => errorLog().write('backend restart', e));
  }

  private async restart(reason: string, replay: boolean): Promise<void> {
    // this.logs and this.opened stay as they were at the crash until the new set is back: a crash during the
    // restore then sees the same open set (and reports it lost instead of replaying it).
    const before = this.logs;
    const stillOpen = new Set(before.map((l) => l.id));
    const records = this.opened.filter((r) => r.logIds.some((id) => stillOpen.has(id)));
    this.restoring = true;
    // The first restart at once; a backend that keeps dying is started again more slowly.
    const wait = Math.min(2000, 250 * (this.crashes.length - 1));
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    if (this.stopped) return;
    await this.launch();
    const child = this.child;
    const alive = () => child !== null && this.child === child;
    if (!alive()) return; // it died again at once: onCrash has taken over
    const next: OpenRecord[] = [];
    const reopened: string[] = [];
    const lost: string[] = [];
    for (const r of records) {
      const out = replay && r.method ? await this.sendCall(r.method, r.args) : null;
      if (!alive()) return;
      if (out?.status === 200) {
        next.push({ ...r, logIds: logIdsOf(out.result) });
        reopened.push(...r.labels);
      } else lost.push(...r.labels);
    }
    const renamed = await this.matchOpenSet(before);
    if (!alive()) return;
    this.opened = next;
    this.restoring = false;
    this.notice('restarted', reason, { reopened, lost, renamed });
    const list = await this.sendCall('listLogs', {});
    if (list.status === 200 && alive()) this.emit({ type: 'logs', logs: list.result as LogInfo[] });
  }

  /**
   * After the replay, the new open set matches the old one: logs the user had closed (a folder reopened whole)
   * are closed again, the user's UTC offsets set again. Returns old id → new id, matched by source.
   */
  private async matchOpenSet(before: readonly LogInfo[]): Promise<Record<string, string>> {
    const now = await this.sendCall('listLogs', {});
    if (now.status !== 200) return {};
    const unmatched = [...(now.result as LogInfo[])];
    const renamed: Record<string, string> = {};
    for (const old of before) {
      const at = unmatched.findIndex((l) => l.source === old.source);
      if (at === -1) continue;
      const [fresh] = unmatched.splice(at, 1);
      renamed[old.id] = fresh.id;
      if (old.offsetSource === 'user') await this.sendCall('setLogOffset', { logId: fresh.id, utcOffset: old.utcOffset });
    }
    if (unmatched.length) await this.sendCall('closeLogs', { logIds: unmatched.map((l) => l.id) });
    return renamed;
  }
}
