// The events WebSocket is one-way: the page only listens. A client that sends frames anyway (a flood of junk, or
// malformed frames, which ws itself answers by closing with 1002) is cut off after a few, and the number of
// sockets is capped, so no client can make the server buffer, log or loop without bound.
import type { WebSocket } from 'ws';

/** Frames a client may send (they are ignored) before its socket is closed with 1008 (policy violation). */
export const MAX_CLIENT_FRAMES = 16;
/** Event sockets open at once: one per page, a few pages at most; past this, an upgrade is refused with 503. */
export const MAX_EVENT_SOCKETS = 32;

export function guardEventSocket(ws: WebSocket): void {
  let frames = 0;
  ws.on('message', () => {
    if (++frames > MAX_CLIENT_FRAMES) ws.close(1008, 'this socket only sends events');
  });
}
