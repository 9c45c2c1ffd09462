// Index one byte range of a file, reading it chunk by chunk (the unconsumed rest of a chunk is read again with
// the next one). Synchronous: it runs inside a worker, or on the main thread only for small files.
import { EntryIndex, type ColumnRegion } from '../../../shared/index/entry-index';
import { indexerFor } from '../../../shared/index/indexer-for';
import { toUnits } from '../../../shared/index/log-encoding';
import type { LogShape } from '../../../shared/index/log-shape';
import { readFdAt } from './read-at';

export const CHUNK_BYTES = 8 << 20;

interface OwnInput {
  inputBytes(bytes: number): Uint8Array | null;
}

export interface RangeOptions {
  /** Called after each chunk with the bytes done so far in this range. */
  onChunk?: (doneBytes: number, index: EntryIndex) => void;
  /** Checked between chunks: true stops early (the index then holds what was read). */
  cancelled?: () => boolean;
  /** Write the rows into this region of columns shared with the file's other parts (see EntryIndex). */
  region?: ColumnRegion;
}

export function indexRange(fd: number, shape: LogShape, from: number, to: number, opts: RangeOptions = {}): EntryIndex {
  const index = new EntryIndex(Math.max(1024, Math.min(1 << 24, Math.ceil((to - from) / 200))), opts.region);
  if (shape.binary) return index;
  const ix = indexerFor(shape.format, index, shape.unitSize);
  // An indexer that offers its own input buffer (the WebAssembly scanner's memory) is read into it: no copy.
  const own = (ix as Partial<OwnInput>).inputBytes?.bind(ix);
  let size = CHUNK_BYTES;
  let buf: Buffer | null = null;
  let pos = from;
  while (pos < to) {
    if (opts.cancelled?.()) break;
    let want = Math.min(to - pos, size);
    // An entry longer than the buffer: grow it so the rest and the next bytes fit.
    want -= want % shape.unitSize;
    const into = own?.(want) ?? (buf !== null && buf.length >= want ? buf : (buf = Buffer.allocUnsafe(size)));
    const bytes = readFdAt(fd, pos, want, into);
    const final = pos + bytes.length >= to || bytes.length < want;
    const used = ix.feed(toUnits(bytes, shape.encoding), pos, final) * shape.unitSize;
    if (used === 0 && !final) {
      if (size >= to - pos) break;
      size *= 2;
      continue;
    }
    pos += used;
    opts.onChunk?.(pos - from, index);
    if (final) break;
  }
  return index;
}
