// The backend's side of the process boundary: one LogService (opening, indexing, tailing, diagnosing) served over
// the channel to the parent, whichever started it: Electron's utilityProcess gives `process.parentPort` (messages
// arrive as `{ data }`), Node's child_process.fork gives `process.send` (serialization 'advanced': bytes travel as
// bytes). Each call runs through the same dispatcher as every transport, validated again here: the backend trusts
// no message it did not make. backend-entry.ts runs it as it is; a test may pass `adapt` to wrap the service.
import type { FromBackend, ToBackend, CallOutcome } from '../../../shared/api/backend-protocol';
import { dispatchCall } from '../dispatch-call';
import { errorLog } from '../error-log';
import { LogService, type LogServiceOptions } from '../log-service';
import { ExportStreams } from '../export/export-streams';
import { parseExportSpec } from '../export/export-file';

interface ParentChannel {
  postMessage(m: FromBackend): void;
  onMessage(listener: (m: unknown) => void): void;
}

type HostedService = Pick<LogService, 'api' | 'list' | 'onEvent' | 'openBytes' | 'exportFile'>;

function parentChannel(): ParentChannel | null {
  const electronPort = (process as { parentPort?: { postMessage(m: unknown): void; on(event: 'message', l: (e: { data: unknown }) => void): void } }).parentPort;
  if (electronPort) return { postMessage: (m) => electronPort.postMessage(m), onMessage: (l) => electronPort.on('message', (e) => l(e.data)) };
  const send = process.send?.bind(process);
  if (send) return { postMessage: (m) => void send(m), onMessage: (l) => void process.on('message', l) };
  return null;
}

/** A contract call goes through the dispatcher; beside it, a dropped file's bytes and exports (the spec checked with the contract's schema). */
async function answer(service: HostedService, m: ToBackend, exports: ExportStreams): Promise<CallOutcome> {
  if (m.t === 'call') return dispatchCall(service.api, m.method, m.args, 'backend');
  try {
    if (m.t === 'openBytes') {
      const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
      return { status: 200, result: await service.openBytes(String(m.name), bytes) };
    }
    if (m.t === 'exportNext') return { status: 200, result: await exports.pull(m.stream) };
    if (m.t === 'exportClose') return { status: 200, result: exports.close(m.stream) };
    const parsed = parseExportSpec(m.spec);
    return parsed.ok ? { status: 200, result: exports.start(service.exportFile(parsed.spec)) } : { status: 400, error: parsed.error };
  } catch (e) {
    errorLog().write(`backend ${m.t}`, e);
    return { status: 500, error: `${m.t === 'openBytes' ? 'open' : 'export'} failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function isRequest(m: unknown): m is ToBackend {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Partial<ToBackend> & { stream?: unknown };
  if (!Number.isSafeInteger(r.id)) return false;
  if (r.t === 'exportNext' || r.t === 'exportClose') return Number.isSafeInteger(r.stream);
  return r.t === 'call' || r.t === 'exportOpen' || (r.t === 'openBytes' && r.bytes instanceof Uint8Array);
}

function serveBackend(port: ParentChannel, service: HostedService): void {
  const post = (m: FromBackend): void => {
    try {
      port.postMessage(m);
    } catch (e) {
      // A result the channel cannot carry is that call's failure, not the backend's end.
      errorLog().write('backend post', e);
      if (m.t === 'result') port.postMessage({ t: 'result', id: m.id, outcome: { status: 500, error: `the result could not be sent: ${String(e)}` } });
    }
  };
  const exports = new ExportStreams();
  service.onEvent((event) => post({ t: 'event', event }));
  port.onMessage((m) => {
    if (!isRequest(m)) return errorLog().write('backend', new Error('a message that is not a call was ignored'));
    void answer(service, m, exports).then((outcome) => post({ t: 'result', id: m.id, outcome }));
  });
  post({ t: 'ready' });
  // The parent learns the open set at once (browser mode's WebSocket handshake reads it without a call).
  post({ t: 'event', event: { type: 'logs', logs: service.list() } });
}

/** argv[2]: the LogServiceOptions as JSON (tests shorten the tail poll). */
function optionsFromArgv(): LogServiceOptions {
  try {
    if (process.argv[2]) return { tail: true, ...(JSON.parse(process.argv[2]) as LogServiceOptions) };
  } catch {
    /* bad options: the defaults */
  }
  return { tail: true };
}

export function runBackendProcess(adapt: (s: HostedService) => HostedService = (s) => s): void {
  const port = parentChannel();
  if (!port) {
    process.stderr.write('CMLens backend: no parent channel (start it from Electron main or `cmlens serve`)\n');
    process.exit(2);
  }
  // After an uncaught error the service's state is unknown: log it and end; the parent restarts the backend and
  // reopens the open set (a clean state beats a half-broken one).
  const fatal = (what: string) => (e: unknown) => {
    errorLog().write(`backend ${what}`, e);
    process.exit(70);
  };
  process.on('uncaughtException', fatal('uncaughtException'));
  process.on('unhandledRejection', fatal('unhandledRejection'));
  // Node's IPC channel closes when the parent ends: nothing is left to serve.
  process.on('disconnect', () => process.exit(0));
  serveBackend(port, adapt(new LogService(optionsFromArgv())));
}
