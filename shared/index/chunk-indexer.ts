// What every indexer (fast byte-level or generic line-parser based) offers the file indexer and the tailer:
// feed raw units as they come, get rows for the complete entries, keep the incomplete rest for next time.
import type { Units } from './units';

export interface ChunkIndexer {
  /**
   * Index the complete entries in u (u[0] lies at file byte offset `base`). Returns how many units were
   * consumed; the caller passes the rest again, followed by more data. `final`: no more data will come.
   */
  feed(u: Units, base: number, final: boolean): number;
  /** Number of the next physical line to be read (1-based). */
  readonly nextLine: number;
}
