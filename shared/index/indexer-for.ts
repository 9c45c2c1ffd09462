// Which indexer reads a log: the byte-level ones for the big-file formats, the parser-driven one for the rest.
import { formatByName } from '../formats/registry';
import type { FormatName } from '../model/log-entry';
import type { ChunkIndexer } from './chunk-indexer';
import { CmtraceIndexer, cmtraceScanner } from './cmtrace-indexer';
import type { EntryIndex } from './entry-index';
import { GenericIndexer } from './generic-indexer';
import { SmsIndexer, smsScanner } from './sms-indexer';

type Make = (index: EntryIndex, unitSize: number, firstLine: number) => ChunkIndexer;

const FAST: Partial<Record<FormatName, Make>> = {
  // The WebAssembly scanners where this runtime has them (null: JS only, e.g. CMLENS_NO_WASM=1).
  cmtrace: (index, us, line) => new CmtraceIndexer(formatByName('cmtrace'), index, us, line, cmtraceScanner()),
  sms: (index, us, line) => new SmsIndexer(formatByName('sms'), index, us, line, smsScanner()),
};

export function indexerFor(format: FormatName, index: EntryIndex, unitSize: number, firstLine = 1): ChunkIndexer {
  const fast = FAST[format];
  return fast ? fast(index, unitSize, firstLine) : new GenericIndexer(formatByName(format), index, unitSize, firstLine);
}

/** Formats whose files can be split between workers at an entry start (see splitPoint). */
export function hasFastIndexer(format: FormatName): boolean {
  return FAST[format] !== undefined;
}
