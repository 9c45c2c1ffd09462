// Windows Installer logs (msiexec /l*v verbose and the default /l log), usually UTF-16LE:
//   === Verbose logging started: 11/24/2026  10:21:03  Build type: SHIP UNICODE 5.00.10011.00  Calling process: … ===
//   MSI (s) (A4:B8) [10:21:03:123]: text                    (s)erver/(c)lient engine, (process:thread) in hex
//   Action start 10:21:03: InstallFiles.                    also `Action ended …: X. Return value 3.`, `Action 10:21:03: X.`
//   InstallShield 9:12:55: Running InstallScript function   (custom actions that log `Name H:MM:SS: text`)
//   Property(S): ProductCode = {…}                          (property dumps, no time)
// Only the header carries a date (US or dd/mm/yyyy locale: inferred from the numbers); lines carry the time of day,
// and a time running backwards by more than 12 hours means midnight passed. Lines starting with whitespace, and
// empty lines, continue the entry before them (`******* Product: …` under RunEngine); every other line is an
// entry of its own (time null where it carries none). No offset. Severity: MSI_SEVERITY_RULES below.
import type { LogEntry } from '../model/log-entry';
import { wallClockMs } from '../model/time';
import { bareEntry } from './entry-builder';
import type { EntrySink, LineParser, LogFormat } from './log-format';
import type { SeverityRule } from './severity';

const HEADER = /^=== (?:Verbose )?[Ll]ogging (?:started|stopped): (\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})/;
const ENGINE = /^MSI \(([a-zA-Z])\) \(([0-9A-Fa-f]+):([0-9A-Fa-f]+)\) \[(\d{1,2}):(\d{2}):(\d{2}):(\d{3})\]: ?(.*)$/;
const TIMED = /^([A-Za-z][\w. ]{0,40}?) (\d{1,2}):(\d{2}):(\d{2}): ?(.*)$/;

/** Failure messages of the Windows Installer (msi.h error table 17xx; `Return value 3` = ERROR_INSTALL_FAILURE). */
const MSI_SEVERITY_RULES: readonly SeverityRule[] = [
  { id: 'return-value-3', severity: 'error', pattern: /\bReturn value 3\b/, why: 'an action failed and ended the install' },
  { id: 'installation-failed', severity: 'error', pattern: /\b(?:Installation|Removal|Configuration|Advertisement)(?: operation)? failed\b/i, why: 'messages 1708/1725/1727/1729 ("Product: X -- Installation failed.")' },
  { id: 'error-message', severity: 'error', pattern: /\bError \d{4}\.\s/, why: 'a numbered installer error shown to the user ("Error 1722. …")' },
  { id: 'error-hresult', severity: 'error', pattern: /\b(?:error|hr|hresult)\s*[=:]?\s*0x[89a-fA-F][0-9a-fA-F]{7}\b/i, why: 'custom actions (WiX) logging a failure HRESULT: "Error 0x80070057: …"' },
  { id: 'note-failure', severity: 'warning', pattern: /\bNote: 1: (?:1708|1711|1712|1720|1721|1722|1723|1725|1727|1729|1730)\b/, why: 'internal note about a failure message (1708 Installation operation failed, 1722 custom action …); other notes (2203, 2205, 1402 …) are routine' },
];

const HALF_DAY = 12 * 3600_000;
const DAY = 24 * 3600_000;

function msiParser(emit: EntrySink): LineParser {
  let dayMs: number | null = null; // midnight of the current date, as wall-clock ms
  let lastTimeOfDay = -1;
  let cur: LogEntry | null = null;

  const flush = (): void => {
    if (!cur) return;
    cur.severity = MSI_SEVERITY_RULES.find((r) => r.pattern.test(cur!.text))?.severity ?? 'info';
    emit(cur);
    cur = null;
  };

  const stamp = (h: number, mi: number, s: number, ms: number): number | null => {
    if (dayMs === null || h > 23 || mi > 59 || s > 59) return null;
    const tod = ((h * 60 + mi) * 60 + s) * 1000 + ms;
    if (lastTimeOfDay >= 0 && tod < lastTimeOfDay - HALF_DAY) dayMs += DAY;
    lastTimeOfDay = tod;
    return dayMs + tod;
  };

  const start = (lineNo: number, text: string, wallMs: number | null, component: string | null, thread: number | null): void => {
    flush();
    cur = { ...bareEntry(lineNo, 1, text, 'info'), wallMs, component, thread };
  };

  return {
    line(text, lineNo) {
      if (cur && (text === '' || /^\s/.test(text))) {
        cur.text += '\n' + text;
        cur.lineCount++;
        return;
      }
      const h = HEADER.exec(text);
      if (h) {
        const [a, b, y] = [Number(h[1]), Number(h[2]), Number(h[3])];
        // A first number > 12 means dd/mm, a second > 12 mm/dd; both ≤ 12 is ambiguous: msiexec's default en-US mm/dd.
        const [month, day] = a > 12 && b <= 12 ? [b, a] : [a, b];
        const midnight = wallClockMs(y, month, day);
        if (midnight !== null) {
          dayMs = midnight;
          lastTimeOfDay = -1;
        }
        start(lineNo, text, stamp(+h[4], +h[5], +h[6], 0), null, null);
        return;
      }
      const e = ENGINE.exec(text);
      if (e) {
        start(lineNo, e[8], stamp(+e[4], +e[5], +e[6], +e[7]), `MSI (${e[1]})`, parseInt(e[3], 16));
        return;
      }
      const t = TIMED.exec(text);
      if (t) {
        const isAction = /^Action\b/.test(t[1]);
        start(lineNo, text, stamp(+t[2], +t[3], +t[4], 0), isAction ? null : t[1], null);
        return;
      }
      start(lineNo, text, null, null, null);
    },
    end: flush,
  };
}

export const msiFormat: LogFormat = {
  name: 'msi',
  sniff(head) {
    if (head.some((l) => HEADER.test(l))) return 0.97;
    const hits = head.filter((l) => ENGINE.test(l) || /^Action (?:start|ended) \d{1,2}:\d{2}:\d{2}: /.test(l)).length;
    return hits === 0 ? 0 : Math.min(0.9, 0.5 + hits / 20);
  },
  parser: msiParser,
  samples: [
    {
      lines: [
        '=== Verbose logging started: 11/24/2026  23:59:58  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\Windows\\system32\\msiexec.exe ===',
        'MSI (c) (C0:94) [23:59:58:767]: Resetting cached policy values',
        'MSI (c) (C0:94) [23:59:58:768]: ******* RunEngine:',
        '           ******* Product: C:\\Windows\\ccmcache\\1\\client.msi',
        '           ******* Action: ',
        'Action start 23:59:59: InstallFiles.',
        'MSI (s) (A4:B8) [00:00:01:002]: Note: 1: 1708 ',
        'MSI (s) (A4:B8) [00:00:01:003]: Product: Configuration Manager Client -- Installation failed.',
        'Action ended 0:00:01: INSTALL. Return value 3.',
        'Property(S): ProductCode = {8864FB91-94EE-4F16-A144-0D82A232049D}',
        'MSI (s) (A4:B8) [00:00:01:004]: Note: 1: 2205 2:  3: Error ',
      ],
      expect: [
        { line: 1, wallMs: Date.UTC(2026, 10, 24, 23, 59, 58), utcOffset: null, component: null, thread: null, severity: 'info' },
        { line: 2, wallMs: Date.UTC(2026, 10, 24, 23, 59, 58, 767), component: 'MSI (c)', thread: 0x94, text: 'Resetting cached policy values' },
        { line: 3, lineCount: 3, text: '******* RunEngine:\n           ******* Product: C:\\Windows\\ccmcache\\1\\client.msi\n           ******* Action: ' },
        { line: 6, wallMs: Date.UTC(2026, 10, 24, 23, 59, 59), component: null, severity: 'info' },
        { line: 7, wallMs: Date.UTC(2026, 10, 25, 0, 0, 1, 2), thread: 0xb8, severity: 'warning' },
        { line: 8, severity: 'error' },
        { line: 9, wallMs: Date.UTC(2026, 10, 25, 0, 0, 1), severity: 'error' },
        { line: 10, wallMs: null, severity: 'info', text: 'Property(S): ProductCode = {8864FB91-94EE-4F16-A144-0D82A232049D}' },
        { line: 11, severity: 'info' },
      ],
    },
    {
      lines: ['=== Verbose logging started: 31/10/2023  9:12:53  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\Windows\\SYSTEM32\\msiexec.exe ==='],
      expect: [{ line: 1, wallMs: Date.UTC(2023, 9, 31, 9, 12, 53) }],
    },
  ],
};
