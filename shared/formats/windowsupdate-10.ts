// WindowsUpdate.log from Get-WindowsUpdateLog (Windows 10/11, decoded from ETL):
//   2024/03/01 10:00:00.1234567 1234  5678  ComApi          text
//   2024-04-11 12:48:04.6269606 1980  8444  DownloadManager text       (dash-date variant)
// date, time with 7-digit fraction (truncated to ms, never rounded), PID, TID (decimal), component padded to
// 16, text. Local time with no offset. Severity by the text rule (`*FAILED* [8024402C]`, `Exit code = 0x8…`).
import { fractionToMs, wallClockMs } from '../model/time';
import { headedLineParser, headShareSniff, type EntryHead } from './entry-builder';
import type { LogFormat } from './log-format';

const HEAD = /^(\d{4})([/-])(\d{2})\2(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d+) +\d+ +(\d+) +(\S+)(?: +(.*))?$/;

function wu10Head(line: string): EntryHead | null {
  const m = HEAD.exec(line);
  if (!m) return null;
  const [, y, , mo, d, h, mi, s, frac, tid, component, text] = m;
  return {
    wallMs: wallClockMs(+y, +mo, +d, +h, +mi, +s, fractionToMs(frac)),
    utcOffset: null,
    component,
    thread: Number(tid),
    text: text ?? '',
  };
}

export const windowsUpdate10Format: LogFormat = {
  name: 'windowsupdate-10',
  sniff: headShareSniff((l) => HEAD.test(l), { base: 0.5, span: 0.45, max: 0.95 }),
  parser: (emit) => headedLineParser(emit, wu10Head),
  samples: [
    {
      lines: [
        '2024/03/01 10:00:00.1234567 1234  5678  ComApi          * START *   Search ClientId = CcmExec, ServiceId = 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7',
        '2024/03/01 10:00:02.9999999 1234  5678  WebServices     WS error: The server name or address could not be resolved',
        '2024/03/01 10:00:03.0000001 1234  5678  ProtocolTalker  *FAILED* [8024402C] Method failed [CAgentProtocolTalker::GetSyncInfo:1234]',
        '2024-04-11 12:48:04.6269606 1980  8444  Agent           * END * Finding updates CallerId = CcmExec, Id = 5, Exit code = 0x8024402F (cV = qEYuRodYLk)',
        '2024-04-11 12:48:05.0000000 1980  8444  Agent           * END * Finding updates CallerId = CcmExec, Id = 6, Exit code = 0x00000000',
      ],
      expect: [
        { line: 1, lineCount: 1, wallMs: Date.UTC(2024, 2, 1, 10, 0, 0, 123), utcOffset: null, component: 'ComApi', thread: 5678, severity: 'info', text: '* START *   Search ClientId = CcmExec, ServiceId = 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7' },
        { line: 2, wallMs: Date.UTC(2024, 2, 1, 10, 0, 2, 999), severity: 'error' },
        { line: 3, severity: 'error', component: 'ProtocolTalker' },
        { line: 4, wallMs: Date.UTC(2024, 3, 11, 12, 48, 4, 626), thread: 8444, severity: 'error' },
        { line: 5, severity: 'info' },
      ],
    },
  ],
};
