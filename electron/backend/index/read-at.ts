// Stateless positioned reads (lnav's line_buffer habit: readAt(offset, length), no hidden cursor). The file is
// opened read-only for each call and closed again, so the writer (ConfigMgr) can keep writing, renaming and
// deleting it: on Windows Node opens files with FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE.
import { closeSync, openSync, readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** Read up to `length` bytes at `offset` from an open descriptor; fewer at the end of the file. */
export function readFdAt(fd: number, offset: number, length: number, into?: Uint8Array): Buffer {
  // A Buffer view even of a plain Uint8Array: callers search it with Buffer's native indexOf.
  const buf = into && into.length >= length ? Buffer.from(into.buffer, into.byteOffset, length) : Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, offset + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? buf : buf.subarray(0, got);
}

/** `into`: a buffer to fill when long enough (search reuses one per chunk); the result is then a view of it. */
export function readAtSync(path: string, offset: number, length: number, into?: Uint8Array): Buffer {
  const fd = openSync(path, 'r');
  try {
    return readFdAt(fd, offset, length, into);
  } finally {
    closeSync(fd);
  }
}

/** Read up to `length` bytes at `offset` from an open handle (the tailer keeps one handle per look at the file). */
export async function readHandleAt(fh: FileHandle, offset: number, length: number): Promise<Buffer> {
  if (length <= 0) return Buffer.alloc(0);
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const { bytesRead } = await fh.read(buf, got, length - got, offset + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return buf.subarray(0, got);
}
