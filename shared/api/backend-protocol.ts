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
  | { t: 'openBytes'; id: number; name: string; bytes: Uint8Array };

/** The outcome of a call, as the HTTP transport reports it: 200 with the result, 400 refused, 500 failed. */
export type CallOutcome = { status: 200; result: unknown } | { status: 400 | 500; error: string };

/** Backend → parent. */
export type FromBackend =
  /** Sent once, when the backend can take calls. */
  | { t: 'ready'; pid: number }
  | { t: 'result'; id: number; outcome: CallOutcome }
  | { t: 'event'; event: ApiEvent };
