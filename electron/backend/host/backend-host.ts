// The backend's side of the process boundary: takes ToBackend messages from whatever port the process has
// (Electron's parentPort, Node's IPC channel, a test's in-memory pair), runs each through the same dispatcher
// as every transport (validated again here: the backend trusts no message it did not make), and posts back
// results and the service's events. Nothing here knows which method it runs: the contract drives it.
import type { FromBackend, ToBackend, CallOutcome } from '../../../shared/api/backend-protocol';
import { dispatchCall } from '../dispatch-call';
import { errorLog } from '../error-log';
import type { LogService } from '../log-service';
import { ExportStreams } from '../export/export-streams';
import { parseExportSpec } from '../export/export-file';

/** A MessagePort-like channel to the parent process. */
export interface ParentChannel {
  postMessage(m: FromBackend): void;
  onMessage(listener: (m: unknown) => void): void;
}

export type HostedService = Pick<LogService, 'api' | 'list' | 'onEvent' | 'openBytes' | 'exportFile'>;

async function answer(service: HostedService, m: ToBackend, exports: ExportStreams): Promise<CallOutcome> {
  if (m.t === 'call') return dispatchCall(service.api, m.method, m.args, 'backend');
  try {
    return await answerOther(service, m, exports);
  } catch (e) {
    errorLog().write(`backend ${m.t}`, e);
    return { status: 500, error: `${m.t === 'openBytes' ? 'open' : 'export'} failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The messages beside the contract's calls: a dropped file's bytes, and exports (the spec checked with the contract's schema). */
async function answerOther(service: HostedService, m: Exclude<ToBackend, { t: 'call' }>, exports: ExportStreams): Promise<CallOutcome> {
  if (m.t === 'openBytes') {
    const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
    return { status: 200, result: await service.openBytes(String(m.name), bytes) };
  }
  if (m.t === 'exportNext') return { status: 200, result: await exports.pull(m.stream) };
  if (m.t === 'exportClose') return { status: 200, result: exports.close(m.stream) };
  const parsed = parseExportSpec(m.spec);
  return parsed.ok ? { status: 200, result: exports.start(service.exportFile(parsed.spec)) } : { status: 400, error: parsed.error };
}

function isRequest(m: unknown): m is ToBackend {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Partial<ToBackend> & { stream?: unknown };
  if (!Number.isSafeInteger(r.id)) return false;
  if (r.t === 'exportNext' || r.t === 'exportClose') return Number.isSafeInteger(r.stream);
  return r.t === 'call' || r.t === 'exportOpen' || (r.t === 'openBytes' && r.bytes instanceof Uint8Array);
}

export function serveBackend(port: ParentChannel, service: HostedService): void {
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
  post({ t: 'ready', pid: process.pid });
  // The parent learns the open set at once (browser mode's WebSocket handshake reads it without a call).
  post({ t: 'event', event: { type: 'logs', logs: service.list() } });
}
