// What a format is: a sniffer, a line-driven parser and its own sample lines (lnav's habit:
// formats as data that carry the samples the tests iterate).
import type { FormatName, LogEntry } from '../model/log-entry';

/** Receives each entry as soon as it is complete. */
export type EntrySink = (entry: LogEntry) => void;

/**
 * A stateful, pure, line-driven parser. Lines come without their end-of-line characters, in order,
 * numbered from 1. Multi-line entries are held until the next entry starts or `end()` is called, so
 * a tailer can feed appended lines and get the same entries as a one-shot read.
 * It never throws on bad input: an unparseable line becomes (part of) an entry of its own.
 */
export interface LineParser {
  line(text: string, lineNo: number): void;
  /** No more lines: flush the entry still held. */
  end(): void;
}

export interface FormatSample {
  /** Lines of a real-looking log in this format. */
  lines: readonly string[];
  /** What the parser must produce from them, field by field (only the fields given are checked). */
  expect: readonly Partial<LogEntry>[];
}

export interface LogFormat {
  name: FormatName;
  /** 0..1: how sure we are that a log whose first lines are these is of this format. */
  sniff(head: readonly string[], fileName: string): number;
  parser(emit: EntrySink): LineParser;
  samples: readonly FormatSample[];
}
