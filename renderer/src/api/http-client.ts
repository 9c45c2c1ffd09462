// Browser mode transport: calls over HTTP POST, events over a WebSocket, the token from the page URL.
import { TOKEN_HEADER, type ApiEvent, type ApiMethod, type CmlensClient } from '../../../shared/api/contract';
import { API_CALLS } from '../../../shared/api/contract';

export function tokenFromPage(): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) sessionStorage.setItem('cmlens-token', fromUrl);
  return fromUrl ?? sessionStorage.getItem('cmlens-token') ?? '';
}

export function createHttpClient(): CmlensClient {
  const token = tokenFromPage();
  const listeners = new Set<(e: ApiEvent) => void>();
  let socket: WebSocket | null = null;
  const connect = () => {
    socket = new WebSocket(`ws://${location.host}/api/events?token=${encodeURIComponent(token)}`);
    socket.onmessage = (m) => {
      const e = JSON.parse(String(m.data)) as ApiEvent;
      for (const l of listeners) l(e);
    };
    socket.onclose = () => setTimeout(connect, 1000);
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
  const client = {
    onEvent(listener: (e: ApiEvent) => void) {
      listeners.add(listener);
      if (!socket) connect();
      return () => void listeners.delete(listener);
    },
  } as CmlensClient;
  for (const m of Object.keys(API_CALLS) as ApiMethod[]) {
    (client as unknown as Record<string, unknown>)[m] = (args: unknown) => call(m, args);
  }
  return client;
}
