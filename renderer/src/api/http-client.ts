// Browser mode transport: calls over HTTP POST, events over a WebSocket, the token from the page URL; and a dropped
// file's bytes sent to be opened (a browser never gives a path).
import { TOKEN_HEADER, type ApiEvent, type ApiMethod, type ApiResults, type CmlensClient } from '../../../shared/api/contract';
import { apiFromCall } from '../../../shared/api/api-from-call';
import { MAX_UPLOAD_BYTES, UPLOAD_PATH } from '../../../shared/api/upload';

/** The event channel's state as the page sees it: `lost` when the WebSocket drops, `restored` when it is back. */
export type ConnectionChange = 'lost' | 'restored';

export interface HttpClient extends CmlensClient {
  onConnection(listener: (c: ConnectionChange) => void): () => void;
}

/** Reconnect delays: at once-ish, then slower, never slower than every 5 s. */
const RECONNECT_MS = [250, 500, 1000, 2000, 5000];

export function tokenFromPage(): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) sessionStorage.setItem('cmlens-token', fromUrl);
  return fromUrl ?? sessionStorage.getItem('cmlens-token') ?? '';
}

/** POSTs to the server with the token; its `{ ok, result, error }` answer gives the result or an Error with its message. */
async function post(url: string, contentType: string, body: BodyInit, token = tokenFromPage()): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, [TOKEN_HEADER]: token }, body });
  const answer = (await res.json().catch(() => ({}))) as { ok?: boolean; result?: unknown; error?: string };
  if (!answer.ok) throw new Error(answer.error ?? `HTTP ${res.status}`);
  return answer.result;
}

/** Sends one file to be opened (the answer is openPaths'); rejects with a message fit for the user (too large, refused, network). */
export async function uploadFile(file: File): Promise<ApiResults['openPaths']> {
  // Checked here too so a too-large file is refused at once, not after the browser starts sending it.
  if (file.size > MAX_UPLOAD_BYTES) throw new Error(`larger than ${Math.round(MAX_UPLOAD_BYTES / 1024 ** 2)} MiB; open it by path instead`);
  return (await post(`.${UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`, 'application/octet-stream', file)) as ApiResults['openPaths'];
}

export function createHttpClient(): HttpClient {
  const token = tokenFromPage();
  const listeners = new Set<(e: ApiEvent) => void>();
  const connectionListeners = new Set<(c: ConnectionChange) => void>();
  let socket: WebSocket | null = null;
  let failures = 0;
  let lost = false;
  const connect = () => {
    socket = new WebSocket(`ws://${location.host}/api/events?token=${encodeURIComponent(token)}`);
    socket.onopen = () => {
      failures = 0;
      // The server sends the open set on every connection (its ready handshake), so lists refresh by themselves.
      if (lost) for (const l of connectionListeners) l('restored');
      lost = false;
    };
    socket.onmessage = (m) => {
      const e = JSON.parse(String(m.data)) as ApiEvent;
      for (const l of listeners) l(e);
    };
    socket.onclose = () => {
      if (!lost) for (const l of connectionListeners) l('lost');
      lost = true;
      setTimeout(connect, RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]);
    };
  };
  const call = (method: ApiMethod, args: unknown) => post('./api/call', 'application/json', JSON.stringify({ method, args }), token);
  return {
    ...apiFromCall(call),
    onEvent(listener: (e: ApiEvent) => void) {
      listeners.add(listener);
      if (!socket) connect();
      return () => void listeners.delete(listener);
    },
    onConnection(listener: (c: ConnectionChange) => void) {
      connectionListeners.add(listener);
      return () => void connectionListeners.delete(listener);
    },
  };
}
