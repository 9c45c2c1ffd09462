// Browser mode transport: calls over HTTP POST, events over a WebSocket, the token from the page URL.
import { TOKEN_HEADER, type ApiEvent, type ApiMethod, type CmlensClient } from '../../../shared/api/contract';
import { apiFromCall } from '../../../shared/api/api-from-call';

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
  const call = async (method: ApiMethod, args: unknown) => {
    const res = await fetch('./api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ method, args }),
    });
    const body = (await res.json()) as { ok: boolean; result?: unknown; error?: string };
    if (!body.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
    return body.result;
  };
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
