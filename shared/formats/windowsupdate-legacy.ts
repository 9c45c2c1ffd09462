// WindowsUpdate.log written directly by the agent up to Windows 8.1 / Server 2012 R2:
//   2021-08-28<TAB>03:07:48:216<TAB> 648<TAB>13bc<TAB>Report<TAB>text
// date, time with ':' before the milliseconds, PID (decimal, space-padded), TID (hex, space-padded),
// component, text. Local time with no offset. No level column: severity by the text rule
// (`WARNING:` lines, `FATAL:`, `Exit code = 0x8…`). Lines without the head continue the entry before them.
import { wallClockMs } from '../model/time';
import { headedLineParser, headShareSniff, type EntryHead } from './entry-builder';
import type { LogFormat } from './log-format';

const HEAD = /^(\d{4})-(\d{2})-(\d{2})\t(\d{2}):(\d{2}):(\d{2}):(\d{3})\t *\d+\t *([0-9a-fA-F]+)\t([^\t]*)(?:\t(.*))?$/;

function legacyHead(line: string): EntryHead | null {
  const m = HEAD.exec(line);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, tid, component, text] = m;
  return {
    wallMs: wallClockMs(+y, +mo, +d, +h, +mi, +s, +ms),
    utcOffset: null,
    component: component.trim() || null,
    thread: parseInt(tid, 16),
    text: text ?? '',
  };
}

export const windowsUpdateLegacyFormat: LogFormat = {
  name: 'windowsupdate-legacy',
  sniff: headShareSniff((l) => HEAD.test(l), { base: 0.5, span: 0.45, max: 0.95 }),
  parser: (emit) => headedLineParser(emit, legacyHead),
  samples: [
    {
      lines: [
        '2018-09-26\t13:58:56:413\t 704\tba8\tAU\tAU initiates service shutdown',
        '2018-10-08\t08:31:56:427\t4228\t ec\tCOMAPI\t-- START --  COMAPI: Search [ClientId = ]',
        '2018-10-08\t08:32:17:501\t 704\t1a8c\tPT\tWARNING: SyncServerUpdatesInternal failed: 0x80072ee2',
        '2018-10-08\t08:32:17:501\t 704\t1a8c\tAgent\t  * WARNING: Exit code = 0x80072EE2',
        '2018-10-08\t08:32:17:502\t 704\t1a8c\tAgent\t  * WARNING: Skipping scan, self-update check returned 0x0',
        '2021-08-28\t03:07:48:216\t 648\t13bc\tService\t**  END  **  Service: Service exit [Exit code = 0x240001]',
      ],
      expect: [
        { line: 1, lineCount: 1, wallMs: Date.UTC(2018, 8, 26, 13, 58, 56, 413), utcOffset: null, component: 'AU', thread: 0xba8, severity: 'info', text: 'AU initiates service shutdown' },
        { line: 2, thread: 0xec, component: 'COMAPI' },
        { line: 3, severity: 'error' },
        { line: 4, severity: 'error', text: '  * WARNING: Exit code = 0x80072EE2' },
        { line: 5, severity: 'warning' },
        { line: 6, severity: 'info', thread: 0x13bc },
      ],
    },
  ],
};
