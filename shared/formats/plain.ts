// Anything else: every physical line is an entry. A leading timestamp, when one of LEADING_TIMESTAMPS matches,
// gives the time (with its offset only when the stamp carries one: `Z` or `±HH:MM`). Severity by the text rule.
//   2026-11-24 10:21:03.123 Something happened
//   11/24/2026 10:21:03 AM Something happened
import { fractionToMs, wallClockMs } from '../model/time';
import { bareEntry } from './entry-builder';
import type { EntrySink, LineParser, LogFormat } from './log-format';
import type { LogEntry } from '../model/log-entry';

type Stamp = Pick<LogEntry, 'wallMs' | 'utcOffset'>;

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = /^p/i.test(ampm);
  return (h % 12) + (pm ? 12 : 0);
}

function offsetOf(z: string | undefined): number | null {
  if (z === undefined) return null;
  if (z === 'Z' || z === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

/** Tried in order; the first that matches the start of the line wins. */
const LEADING_TIMESTAMPS: readonly { pattern: RegExp; read(m: RegExpExecArray): Stamp }[] = [
  // ISO 8601, the only one that may carry its offset
  {
    pattern: /^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}:?\d{2})?\b/,
    read: (m) => {
      const wallMs = wallClockMs(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], fractionToMs(m[7]));
      return { wallMs, utcOffset: wallMs === null ? null : offsetOf(m[8]) };
    },
  },
  // year/month/day
  {
    pattern: /^\[?(\d{4})\/(\d{1,2})\/(\d{1,2})[ T](\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d+))?/,
    read: (m) => ({ wallMs: wallClockMs(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], fractionToMs(m[7])), utcOffset: null }),
  },
  // US month/day/year, 12 or 24 hours
  {
    pattern: /^\[?(\d{1,2})\/(\d{1,2})\/(\d{4})[ ,]+(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?: ?([AP]M))?/i,
    read: (m) => ({ wallMs: wallClockMs(+m[3], +m[1], +m[2], hour12(+m[4], m[8]), +m[5], +m[6], fractionToMs(m[7])), utcOffset: null }),
  },
];

const NO_STAMP: Stamp = { wallMs: null, utcOffset: null };

function leadingTimestamp(line: string): Stamp {
  for (const t of LEADING_TIMESTAMPS) {
    const m = t.pattern.exec(line);
    if (m) return t.read(m);
  }
  return NO_STAMP;
}

function plainParser(emit: EntrySink): LineParser {
  return {
    line(text, lineNo) {
      emit({ ...bareEntry(lineNo, 1, text), ...leadingTimestamp(text) });
    },
    end() {},
  };
}

export const plainFormat: LogFormat = {
  name: 'plain',
  // The fallback: any other format that recognises the head outscores this.
  sniff: () => 0.05,
  parser: plainParser,
  samples: [
    {
      lines: [
        '2026-11-24 10:21:03.123 Starting remediation script',
        '2026-11-24T10:21:04.5Z Error: could not reach http://wsus01:8530',
        '11/24/2026 01:21:05 PM Done',
        'no time on this line',
        '2026/11/24 10:21:06 WARNING: low disk space',
      ],
      expect: [
        { line: 1, lineCount: 1, wallMs: Date.UTC(2026, 10, 24, 10, 21, 3, 123), utcOffset: null, component: null, thread: null, severity: 'info', text: '2026-11-24 10:21:03.123 Starting remediation script' },
        { line: 2, wallMs: Date.UTC(2026, 10, 24, 10, 21, 4, 500), utcOffset: 0, severity: 'error' },
        { line: 3, wallMs: Date.UTC(2026, 10, 24, 13, 21, 5) },
        { line: 4, wallMs: null, utcOffset: null },
        { line: 5, wallMs: Date.UTC(2026, 10, 24, 10, 21, 6), severity: 'warning' },
      ],
    },
  ],
};
