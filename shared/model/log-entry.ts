// The one record every format parses into. Bytes in, these out; the UI, the CLI and the diagnosis
// all read this shape (see ../shared/docs/contract.md "an entry").

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FORMAT_NAMES = [
  'cmtrace',
  'sms',
  'windowsupdate-legacy',
  'windowsupdate-10',
  'softwaredistribution',
  'cbs',
  'msi',
  'iis-w3c',
  'plain',
] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface LogEntry {
  /** 1-based physical line where the entry starts in its file. */
  line: number;
  /** Physical lines the entry spans (>= 1). Every physical line belongs to exactly one entry. */
  lineCount: number;
  /**
   * The writer's wall clock as written, as epoch milliseconds read as if it were UTC.
   * Keeping the wall clock (not the instant) is what lets the UI show "the time as written",
   * as CMTrace does, and lets the user re-zone a log whose offset is wrong. null: no time.
   */
  wallMs: number | null;
  /** Writer's offset east of UTC in minutes (CMTrace bias +300 → -300); null where the log has none. */
  utcOffset: number | null;
  /** The log carried an offset but its writer is known to get it wrong (scripts, sign-less biases). */
  offsetUncertain: boolean;
  component: string | null;
  thread: number | null;
  severity: Severity;
  /** The message; an entry spanning several lines has them joined by "\n". */
  text: string;
}

/** The true instant of an entry, given the offset to use (the entry's own unless overridden). */
export function instantMs(e: Pick<LogEntry, 'wallMs' | 'utcOffset'>, offsetOverride?: number | null): number | null {
  if (e.wallMs === null) return null;
  const off = offsetOverride !== undefined && offsetOverride !== null ? offsetOverride : e.utcOffset;
  return off === null ? e.wallMs : e.wallMs - off * 60_000;
}
