// IIS / WSUS web logs in W3C extended format (u_ex*.log):
//   #Software: Microsoft Internet Information Services 10.0
//   #Version: 1.0
//   #Date: 2026-11-24 10:21:03
//   #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken
//   2026-11-24 10:21:03 10.0.0.5 POST /ClientWebService/client.asmx - 8530 - 10.0.0.20 Windows-Update-Agent 502 0 0 15
// Fields are space-separated in the order of the last `#Fields:`. Times are UTC (IIS writes W3C logs in UTC).
// The date comes from the `date` field, or from the last `#Date:` directive when the field list has none.
// sc-status ≥ 500 is an error, ≥ 400 a warning. component = cs-uri-stem; text = the whole line.
// Directive lines (`#…`) are entries of their own (the `#Date:` one carries its time).
import type { Severity } from '../model/log-entry';
import { fractionToMs, wallClockMs } from '../model/time';
import { bareEntry } from './entry-builder';
import type { EntrySink, LineParser, LogFormat } from './log-format';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

function statusSeverity(status: string | undefined): Severity {
  const n = status === undefined ? NaN : Number(status);
  if (n >= 500) return 'error';
  if (n >= 400) return 'warning';
  return 'info';
}

function stampOf(date: string | undefined, time: string | undefined): number | null {
  const d = date ? DATE.exec(date) : null;
  const t = time ? TIME.exec(time) : null;
  if (!d || !t) return null;
  return wallClockMs(+d[1], +d[2], +d[3], +t[1], +t[2], +t[3], fractionToMs(t[4]));
}

function iisParser(emit: EntrySink): LineParser {
  let fields: string[] = [];
  let directiveDate: string | undefined;
  return {
    line(text, lineNo) {
      const e = bareEntry(lineNo, 1, text, 'info');
      if (text.startsWith('#')) {
        const f = /^#Fields:\s*(.*)$/.exec(text);
        if (f) fields = f[1].trim().split(/\s+/);
        const d = /^#Date:\s*(\S+)\s+(\S+)/.exec(text);
        if (d) {
          directiveDate = d[1];
          e.wallMs = stampOf(d[1], d[2]);
        }
      } else {
        const values = text.trim().split(/ +/);
        const get = (name: string): string | undefined => {
          const i = fields.indexOf(name);
          return i === -1 ? undefined : values[i];
        };
        e.wallMs = stampOf(get('date') ?? directiveDate, get('time'));
        const stem = get('cs-uri-stem');
        e.component = stem && stem !== '-' ? stem : null;
        e.severity = statusSeverity(get('sc-status'));
      }
      if (e.wallMs !== null) e.utcOffset = 0;
      emit(e);
    },
    end() {},
  };
}

export const iisW3cFormat: LogFormat = {
  name: 'iis-w3c',
  sniff(head, fileName) {
    if (head.some((l) => /^#Fields:\s/.test(l))) return 0.97;
    if (head.some((l) => /^#Software: Microsoft Internet Information Services/.test(l))) return 0.95;
    return /^u_ex\d+\.log$/i.test(fileName) ? 0.3 : 0;
  },
  parser: iisParser,
  samples: [
    {
      lines: [
        '#Software: Microsoft Internet Information Services 10.0',
        '#Version: 1.0',
        '#Date: 2026-11-24 10:21:03',
        '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken',
        '2026-11-24 10:21:03 10.0.0.5 POST /ClientWebService/client.asmx - 8530 - 10.0.0.20 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.50 200 0 0 46',
        '2026-11-24 10:21:04 10.0.0.5 POST /ClientWebService/client.asmx - 8530 - 10.0.0.21 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.50 503 2 0 15',
        '2026-11-24 10:21:05 10.0.0.5 GET /Selfupdate/wuident.cab 1611241021 8530 - 10.0.0.22 Windows-Update-Agent 404 0 2 0',
      ],
      expect: [
        { line: 1, wallMs: null, severity: 'info' },
        { line: 3, wallMs: Date.UTC(2026, 10, 24, 10, 21, 3), utcOffset: 0 },
        { line: 5, lineCount: 1, wallMs: Date.UTC(2026, 10, 24, 10, 21, 3), utcOffset: 0, component: '/ClientWebService/client.asmx', thread: null, severity: 'info' },
        { line: 6, severity: 'error' },
        { line: 7, severity: 'warning', component: '/Selfupdate/wuident.cab', text: '2026-11-24 10:21:05 10.0.0.5 GET /Selfupdate/wuident.cab 1611241021 8530 - 10.0.0.22 Windows-Update-Agent 404 0 2 0' },
      ],
    },
    {
      // No date field: the date comes from #Date.
      lines: ['#Date: 2013-07-30 00:00:00', '#Fields: time cs-method cs-uri-stem sc-status', '00:00:07 GET /a.jpg 200'],
      expect: [{ line: 1 }, { line: 2 }, { line: 3, wallMs: Date.UTC(2013, 6, 30, 0, 0, 7), utcOffset: 0, component: '/a.jpg' }],
    },
  ],
};
