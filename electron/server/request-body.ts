// Reads a request's body (a call's JSON, a dropped file's bytes) in memory with a hard cap: a declared length over the cap is refused before any
// byte is read, and a body that grows past it (chunked, or a lying length) is refused at the first chunk
// over, so nothing beyond the cap is ever held. Nothing is written to disk.
import type { IncomingMessage } from 'node:http';

type RequestBody = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false; reason: string };

export function readBody(req: IncomingMessage, maxBytes: number): Promise<RequestBody> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) return resolve({ ok: false, tooLarge: true });
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (r: RequestBody): void => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    req.on('data', (c: Buffer) => {
      if (settled) return;
      size += c.length;
      if (size > maxBytes) {
        chunks.length = 0;
        // Keep draining (discarding) so the 413 can be written; the caller closes the connection.
        return finish({ ok: false, tooLarge: true });
      }
      chunks.push(c);
    });
    req.on('end', () => finish({ ok: true, bytes: Buffer.concat(chunks, size) }));
    req.on('aborted', () => finish({ ok: false, tooLarge: false, reason: 'upload aborted' }));
    req.on('error', (e) => finish({ ok: false, tooLarge: false, reason: e.message }));
  });
}
