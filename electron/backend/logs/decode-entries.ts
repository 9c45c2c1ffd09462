// Every entry of an indexed file, decoded from one read of the file: what the diagnosis reads of a pipeline log kept
// as an index. Used where the entries are needed whole (the CLI's diagnosis in process, the diagnosis worker, which
// decodes them itself so the backend's thread neither decodes nor copies them).
import type { EntryIndex } from '../../../shared/index/entry-index';
import type { LogShape } from '../../../shared/index/log-shape';
import { entryOfRow } from '../../../shared/index/row-text';
import type { LogEntry } from '../../../shared/model/log-entry';
import { readAtSync } from '../index/read-at';

/** Bytes of the file the index covers (to its last complete entry). */
export function indexedBytes(ix: EntryIndex): number {
  return ix.count ? ix.offset(ix.count - 1) + ix.length(ix.count - 1) : 0;
}

export function decodeEntries(part: { path: string; shape: LogShape; index: EntryIndex }): LogEntry[] {
  const ix = part.index;
  const file = readAtSync(part.path, 0, indexedBytes(ix));
  return Array.from({ length: ix.count }, (_, r) => entryOfRow(ix, r, part.shape.format, part.shape, file.subarray(ix.offset(r), ix.offset(r) + ix.length(r))));
}
