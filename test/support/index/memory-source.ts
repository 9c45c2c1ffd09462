// A LogSource over bytes in memory (tests), with the naive text of every row for comparison.
import { indexBytes } from '../../../shared/index/index-bytes';
import { entryOfRow } from '../../../shared/index/row-text';
import type { LogSource } from '../../../shared/index/search';
import type { LogEntry } from '../../../shared/model/log-entry';

export function memorySource(bytes: Uint8Array, fileName: string, asBuffer: (b: Uint8Array) => Uint8Array = (b) => b): LogSource & { entries: () => LogEntry[] } {
  const { index, shape } = indexBytes(asBuffer(bytes), fileName);
  // Like readFdAt: with a long enough `into`, fill it and return a view (search reuses one buffer per chunk).
  const readAt = (o: number, n: number, into?: Uint8Array): Uint8Array => {
    const src = bytes.subarray(o, Math.min(bytes.length, o + n));
    if (!into || into.length < src.length) return asBuffer(src);
    into.set(src);
    return asBuffer(into.subarray(0, src.length));
  };
  return {
    index,
    shape,
    readAt,
    entries: () => Array.from({ length: index.count }, (_, r) => entryOfRow(index, r, shape.format, shape, readAt(index.offset(r), index.length(r)))),
  };
}
