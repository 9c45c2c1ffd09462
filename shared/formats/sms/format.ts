// ConfigMgr SERVER logs (WCM.log, WSUSCtrl.log, WSyncMgr.log, SUPSetup.log, MP_Location.log):
//   text  $$<Component><MM-DD-YYYY HH:MM:SS.mmm+BIAS><thread=1234 (0x4D2)>
// The trailer closes a line that starts an entry; lines without it continue the entry before them (or stand
// alone at file start). No level column: severity by the shared text rule (../severity.ts).
import { biasStamp } from '../bias-time';
import { headedLineParser, headShareSniff, parseThread, type EntryHead } from '../entry-builder';
import type { LogFormat } from '../log-format';
import { SERVER_LOG_NAME, TRAILER, TRAILER_OPEN } from './shape';

function smsHead(line: string): EntryHead | null {
  const at = line.lastIndexOf(TRAILER_OPEN);
  if (at === -1) return null;
  const m = TRAILER.exec(line.slice(at));
  if (!m) return null;
  const [, component, stamp, thread] = m;
  const [date = '', time = ''] = stamp.trim().split(/\s+/);
  const { wallMs, utcOffset, offsetUncertain } = biasStamp(date, time);
  return {
    wallMs,
    utcOffset,
    offsetUncertain,
    component: component.trim() || null,
    thread: parseThread(thread),
    // The writer pads text and trailer with two spaces.
    text: line.slice(0, at).replace(/\s+$/, ''),
  };
}

export const smsFormat: LogFormat = {
  name: 'sms',
  sniff: headShareSniff((l) => l.includes(TRAILER_OPEN) && TRAILER.test(l), { base: 0.6, span: 0.35, max: 1, name: SERVER_LOG_NAME }),
  parser: (emit) => headedLineParser(emit, smsHead),
  samples: [
    {
      lines: [
        'Attempting connection to WSUS server: WSUS01.contoso.com, port: 8530, useSSL: False  $$<SMS_WSUS_CONFIGURATION_MANAGER><11-24-2026 10:21:03.123+300><thread=4660 (0x1234)>',
        'Successfully connected to server: WSUS01.contoso.com, port: 8530, useSSL: False  $$<SMS_WSUS_CONFIGURATION_MANAGER><11-24-2026 10:21:03.456+300><thread=4660 (0x1234)>',
        'Sync failed: WSUS update source not found on site PS1. Source: getSiteUpdateSource  $$<SMS_WSUS_SYNC_MANAGER><11-24-2026 10:22:00.000+300><thread=5000 (0x1388)>',
        'STATMSG: ID=6703 SEV=E LEV=M SOURCE="SMS Server" COMP="SMS_WSUS_SYNC_MANAGER"',
        '    additional detail line',
        'Wakeup for a polling cycle  $$<SMS_WSUS_SYNC_MANAGER><11-24-2026 10:23:00.000-60><thread=5000 (0x1388)>',
      ],
      expect: [
        { line: 1, lineCount: 1, wallMs: Date.UTC(2026, 10, 24, 10, 21, 3, 123), utcOffset: -300, offsetUncertain: false, component: 'SMS_WSUS_CONFIGURATION_MANAGER', thread: 4660, severity: 'info', text: 'Attempting connection to WSUS server: WSUS01.contoso.com, port: 8530, useSSL: False' },
        { line: 2, severity: 'info' },
        { line: 3, lineCount: 3, severity: 'error', component: 'SMS_WSUS_SYNC_MANAGER', thread: 5000, text: 'Sync failed: WSUS update source not found on site PS1. Source: getSiteUpdateSource\nSTATMSG: ID=6703 SEV=E LEV=M SOURCE="SMS Server" COMP="SMS_WSUS_SYNC_MANAGER"\n    additional detail line' },
        { line: 6, utcOffset: 60, severity: 'info' },
      ],
    },
  ],
};
