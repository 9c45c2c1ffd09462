// A log file as the backend sees it, wherever it lives: on disk (local or UNC) or inside a zip.
import type { ApiResults } from '../../../shared/api/contract';
import { problemText, type Problem } from '../../../shared/api/messages';

export interface SourceFile {
  /** The path as given, with `!/` for each step into a zip (contract: `Logs.zip!/CCM/Logs/X.log`). */
  source: string;
  /** The file's own name (WUAHandler.log). */
  name: string;
  /** Bytes as stored (uncompressed size for zip entries). */
  size: number;
  /** Set for files on disk: the tailer and the indexer read these by position, never through a copy. */
  diskPath?: string;
  /** Only the head was read (ZipReadOptions.headOf): load() gives those bytes, `size` is still the whole entry's. */
  partial?: boolean;
  /** Reads the whole file (zip entries are inflated in memory; nothing is written to disk). */
  load(): Promise<Buffer>;
}

/** One path that could not be opened, as the contract reports it: the message as a code and its English text. */
export type SourceError = ApiResults['openPaths']['errors'][number];

export function sourceError(path: string, p: Problem): SourceError {
  return { path, ...p, reason: problemText(p) };
}

export interface ExpandResult {
  files: SourceFile[];
  errors: SourceError[];
}
