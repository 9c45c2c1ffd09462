// CBS.log, DISM.log and Panther setupact.log (the same Windows servicing logger):
//   2020-02-03 23:50:28, Info                  CBS    TI: --- Initializing Trusted Installer ---
//   2019-04-17 10:07:38, Info                  DISM   PID=1884 TID=1248 Scratch directory set to ...
//   2023-05-23 00:33:06, Info                         Initializing diagnostics helper   (setupact: empty component)
//   2023-05-23 00:33:06, Info       [0x064149] IBSLIB RollbackExecuteSequence in progress...
// The level is padded to 22 characters; a component stands right after that padding. When the padding is
// wider (empty component column) or narrower (setupact's message ids), there is no component.
// DISM's `PID=… TID=…` gives the thread. Lines without the head continue the entry before them. No offset.
import { wallClockMs } from '../model/time';
import { headedLineParser, headShareSniff, type EntryHead } from './entry-builder';
import type { LogFormat } from './log-format';
import { levelSeverity } from './severity';

const HEAD = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d+)?, ([A-Za-z]+)( +)(.*)$/;
const LEVEL_WIDTH = 22;
const COMPONENT = /^([A-Za-z][A-Za-z0-9_]{0,15})(?: +(.*))?$/;
const DISM_IDS = /^PID=\d+ TID=(\d+)\b/;

function cbsHead(line: string): EntryHead | null {
  const m = HEAD.exec(line);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, level, pad, rest] = m;
  let component: string | null = null;
  let text = rest;
  if (level.length + pad.length === LEVEL_WIDTH) {
    const c = COMPONENT.exec(rest);
    if (c) {
      component = c[1];
      text = c[2] ?? '';
    }
  }
  const ids = DISM_IDS.exec(text);
  return {
    wallMs: wallClockMs(+y, +mo, +d, +h, +mi, +s, 0),
    utcOffset: null,
    component,
    thread: ids ? Number(ids[1]) : null,
    severity: levelSeverity(level),
    text,
  };
}

export const cbsFormat: LogFormat = {
  name: 'cbs',
  sniff: headShareSniff((l) => HEAD.test(l), { base: 0.5, span: 0.45, max: 1, name: /^(?:cbs|dism|setupact|setuperr|cbspersist)/i }),
  parser: (emit) => headedLineParser(emit, cbsHead),
  samples: [
    {
      lines: [
        '2020-02-03 23:50:28, Info                  CBS    TI: --- Initializing Trusted Installer ---',
        '2020-02-04 00:10:12, Error                 CBS    Failed to repair store. [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]',
        '=================================',
        'Checking System Update Readiness.',
        '2019-04-17 10:07:38, Warning               DISM   PID=1884 TID=1248 Failed to get the TargetPath. - CDISMManager::GetTargetPath(hr:0x80070002)',
        '2023-05-23 00:33:06, Info                         Initializing diagnostics helper; data file = D:\\$WINDOWS.~BT\\Sources\\Diagnostics\\diagnostics.dat',
        '2023-05-23 00:33:06, Info       [0x064149] IBSLIB RollbackExecuteSequence in progress...',
      ],
      expect: [
        { line: 1, lineCount: 1, wallMs: Date.UTC(2020, 1, 3, 23, 50, 28), utcOffset: null, component: 'CBS', thread: null, severity: 'info', text: 'TI: --- Initializing Trusted Installer ---' },
        { line: 2, lineCount: 3, severity: 'error', text: 'Failed to repair store. [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]\n=================================\nChecking System Update Readiness.' },
        { line: 5, component: 'DISM', thread: 1248, severity: 'warning' },
        { line: 6, component: null, severity: 'info', text: 'Initializing diagnostics helper; data file = D:\\$WINDOWS.~BT\\Sources\\Diagnostics\\diagnostics.dat' },
        { line: 7, component: null, text: '[0x064149] IBSLIB RollbackExecuteSequence in progress...' },
      ],
    },
  ],
};
