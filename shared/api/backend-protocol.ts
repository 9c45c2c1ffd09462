// The messages between the process that owns the window (Electron main, or browser mode's server) and the
// backend process (electron/backend/host/backend-entry.ts). Generic over the contract: a call carries the
// contract's method name and arguments, so a call added to API_CALLS travels without a change here.
// Both ends validate: main/the server checks the renderer's call (sender, zod) before relaying, and the
// backend checks it again with the same zod schema, because it trusts no message it did not make.
import type { ApiEvent } from './contract';

/** Parent → backend. */
export type ToBackend =
  /** A contract call: `method` is a key of API_CALLS. */
  | { t: 'call'; id: number; method: string; args: unknown }
  /** Browser mode's dropped file: its bytes (structured-cloned, never JSON) to open in memory. */
  | { t: 'openBytes'; id: number; name: string; bytes: Uint8Array }
  /** An export (ExportSpec, validated by the backend) opened as a stream: answered with ExportOpened. */
  | { t: 'exportOpen'; id: number; spec: unknown }
  /** The next text of an open export, pulled so a slow download holds the backend back: answered with ExportChunk. */
  | { t: 'exportNext'; id: number; stream: number }
  /** The consumer went away (a download cancelled): the stream is dropped. Answered with null. */
  | { t: 'exportClose'; id: number; stream: number };

export interface ExportOpened {
  stream: number;
  fileName: string;
  mime: string;
}
/** null: the export is complete and its stream gone. */
export interface ExportChunk {
  chunk: string | null;
}

/** The outcome of a call, as the HTTP transport reports it: 200 with the result, 400 refused, 500 failed. */
export type CallOutcome = { status: 200; result: unknown } | { status: 400 | 500; error: string };

/** Backend → parent. */
export type FromBackend =
  /** Sent once, when the backend can take calls. */
  | { t: 'ready' }
  | { t: 'result'; id: number; outcome: CallOutcome }
  | { t: 'event'; event: ApiEvent };
