// One log the backend has open: what the API says of it (LogInfo), where its rows live (a LogStore), and the state
// the tail and the zone policy keep for it.
import type { LogInfo } from '../../../shared/api/contract';
import type { LogMessage } from '../../../shared/api/messages';
import type { LogKind } from '../../../shared/pipeline/log-kind';
import type { TailStart } from './log-tails';
import type { LogStore } from './log-store';

export interface OpenLog {
  info: LogInfo;
  store: LogStore;
  /** Which pipeline log this is (by name or its entries' component), for tagging appended entries. */
  kind: LogKind | null;
  /** Where live tail takes over from the initial read (set for files on disk when tailing is on). */
  tailStart?: TailStart;
  /** The tailer generation whose entries go to the last part. */
  tailGeneration: number;
  /** The message of the tail's current fault (file or folder gone, permission denied), shown until it reads again. */
  tailFault?: LogMessage;
  /** The offset the log itself carries (most common among its entries). */
  ownOffset: number | null;
  /** The path the user opened that holds this log: logs opened from one folder or zip are one machine's. */
  openedFrom: string;
  /** Aborted when the user closes the log while it is still being indexed: the workers stop, the log stays closed. */
  closing?: AbortController;
}
