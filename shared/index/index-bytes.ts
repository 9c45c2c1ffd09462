// Index a log held in memory in one go (tests, small files, zip members): the same indexers the file indexer
// runs chunk by chunk, fed the whole buffer.
import { EntryIndex } from './entry-index';
import { indexerFor } from './indexer-for';
import { toUnits } from './log-encoding';
import { HEAD_BYTES, sniffLog, type LogShape } from './log-shape';

export interface IndexedBytes {
  shape: LogShape;
  index: EntryIndex;
}

export function indexBytes(bytes: Uint8Array, fileName: string, shape: LogShape = sniffLog(bytes.subarray(0, HEAD_BYTES), fileName)): IndexedBytes {
  const index = new EntryIndex();
  if (shape.binary) return { shape, index };
  const body = bytes.subarray(shape.dataStart, bytes.length - ((bytes.length - shape.dataStart) % shape.unitSize));
  indexerFor(shape.format, index, shape.unitSize).feed(toUnits(body, shape.encoding), shape.dataStart, true);
  index.trim();
  return { shape, index };
}
