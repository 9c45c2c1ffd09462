// Feeding an indexer the way the file indexer and the tailer do: chunk by chunk, the unconsumed rest first.
import type { ChunkIndexer } from '../../../shared/index/chunk-indexer';
import { toUnits } from '../../../shared/index/log-encoding';
import type { LogShape } from '../../../shared/index/log-shape';

export function feedInChunks(ix: ChunkIndexer, bytes: Uint8Array, shape: LogShape, chunkBytes: number): void {
  const end = bytes.length - ((bytes.length - shape.dataStart) % shape.unitSize);
  let pos = shape.dataStart; // first byte not consumed
  let read = shape.dataStart; // first byte not yet handed over
  while (pos < end) {
    read = Math.min(end, Math.max(read, pos) + chunkBytes);
    const final = read === end;
    const used = ix.feed(toUnits(bytes.slice(pos, read), shape.encoding), pos, final);
    pos += used * shape.unitSize;
    if (final) break;
  }
}
