// Shared machinery for the line-headed formats (WindowsUpdate.log, CBS, SMS, SoftwareDistribution): a line that
// carries the format's head starts an entry, any other line continues the entry before it. Lines before the
// first head (a file cut mid-entry) become entries of their own, so every physical line is in exactly one entry.
import type { LogEntry, Severity } from '../model/log-entry';
import type { EntrySink, LineParser, LogFormat } from './log-format';
import { deriveSeverity } from './severity';

/** What a format reads from the line that starts an entry. Severity undefined: derived from the whole text. */
export type EntryHead = Omit<LogEntry, 'line' | 'lineCount' | 'offsetUncertain' | 'severity'> & Partial<Pick<LogEntry, 'offsetUncertain' | 'severity'>>;

/** How sure a line-headed format's sniff is: base + span × the share of head lines, at most max; name: its files' names. */
export interface HeadShareScore {
  base: number;
  span: number;
  max: number;
  /** A file name this format's logs take adds 0.05. */
  name?: RegExp;
}

/** The sniff of a line-headed format: 0 when none of the head's non-blank lines is one of its heads, else by `score`. */
export function headShareSniff(isHead: (line: string) => boolean, score: HeadShareScore): LogFormat['sniff'] {
  return (head, fileName) => {
    const lines = head.filter((l) => l.trim() !== '');
    const hits = lines.filter(isHead).length;
    if (hits === 0) return 0;
    const nameHint = score.name?.test(fileName) ? 0.05 : 0;
    return Math.min(score.max, score.base + (score.span * hits) / lines.length + nameHint);
  };
}

/** An entry with no fields but its text (lines outside any structure); its severity by the text rule unless given. */
export function bareEntry(line: number, lineCount: number, text: string, severity: Severity = deriveSeverity(text)): LogEntry {
  return { line, lineCount, wallMs: null, utcOffset: null, offsetUncertain: false, component: null, thread: null, severity, text };
}

/**
 * A LineParser for formats whose entries start with a recognisable head line.
 * `head` returns null for continuation lines.
 */
export function headedLineParser(emit: EntrySink, head: (line: string) => EntryHead | null): LineParser {
  let cur: { start: number; count: number; head: EntryHead; more: string[] } | null = null;

  const flush = (): void => {
    if (!cur) return;
    const h = cur.head;
    const text = cur.more.length ? h.text + '\n' + cur.more.join('\n') : h.text;
    emit({
      line: cur.start,
      lineCount: cur.count,
      wallMs: h.wallMs,
      utcOffset: h.utcOffset,
      offsetUncertain: h.offsetUncertain ?? false,
      component: h.component,
      thread: h.thread,
      severity: h.severity ?? deriveSeverity(text),
      text,
    });
    cur = null;
  };

  return {
    line(text, lineNo) {
      const h = head(text);
      if (h) {
        flush();
        cur = { start: lineNo, count: 1, head: h, more: [] };
      } else if (cur) {
        cur.more.push(text);
        cur.count++;
      } else {
        emit(bareEntry(lineNo, 1, text));
      }
    },
    end: flush,
  };
}

/** "1234", "1234 (0x4D2)", "0x4D2", "" → thread number or null. */
export function parseThread(s: string | undefined): number | null {
  if (s === undefined) return null;
  const t = s.trim();
  let m = /^(\d+)\b/.exec(t);
  if (m) return Number(m[1]);
  m = /^0x([0-9a-f]+)$/i.exec(t);
  return m ? parseInt(m[1], 16) : null;
}
