// WSUS server SoftwareDistribution.log (%ProgramFiles%\Update Services\LogFiles):
//   2026-11-24 10:21:03.123 UTC<TAB>Info<TAB>WsusService.12<TAB>Class.Method<TAB>message
// Times are UTC (utcOffset 0); level Info/Warning/Error; the process column ends in the managed thread id;
// component = Class.Method. .NET stack traces follow an entry as lines without the head: continuations.
import { fractionToMs, wallClockMs } from '../model/time';
import { headedLineParser, headShareSniff, type EntryHead } from './entry-builder';
import type { LogFormat } from './log-format';
import { levelSeverity } from './severity';

const HEAD = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? UTC\t(\w+)\t([^\t]*)\t([^\t]*)(?:\t(.*))?$/;

function sdHead(line: string): EntryHead | null {
  const m = HEAD.exec(line);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, level, proc, method, text] = m;
  const thread = /\.(\d+)\s*$/.exec(proc);
  return {
    wallMs: wallClockMs(+y, +mo, +d, +h, +mi, +s, fractionToMs(frac)),
    utcOffset: 0,
    component: method.trim() || proc.trim() || null,
    thread: thread ? Number(thread[1]) : null,
    severity: levelSeverity(level),
    text: text ?? '',
  };
}

export const softwareDistributionFormat: LogFormat = {
  name: 'softwaredistribution',
  sniff: headShareSniff((l) => HEAD.test(l), { base: 0.55, span: 0.4, max: 1, name: /^softwaredistribution/i }),
  parser: (emit) => headedLineParser(emit, sdHead),
  samples: [
    {
      lines: [
        '2026-11-24 10:21:03.123 UTC\tInfo\tWsusService.12\tCatalogSyncAgentCore.ExecuteSyncProtocol\tServer ID is 6E7E3F5A-1C2B-4B6A-9A43-0F1E2D3C4B5A',
        '2026-11-24 10:21:04.500 UTC\tError\tWsusService.12\tCatalogSyncAgentCore.ExecuteSyncProtocol\tWebException: The request failed with HTTP status 502: Bad Gateway.',
        '   at System.Web.Services.Protocols.SoapHttpClientProtocol.ReadResponse(SoapClientMessage message, WebResponse response, Stream responseStream, Boolean asyncCall)',
        '   at Microsoft.UpdateServices.ServerSync.ServerSyncWebServiceProxy.GetAuthConfig()',
        '2026-11-24 10:21:05.000 UTC\tWarning\tWsusService.12\tEventLogEventReporter.ReportEvent\tEventId=381,Type=Warning,Category=Synchronization,Message=Synchronization failed.',
      ],
      expect: [
        { line: 1, lineCount: 1, wallMs: Date.UTC(2026, 10, 24, 10, 21, 3, 123), utcOffset: 0, component: 'CatalogSyncAgentCore.ExecuteSyncProtocol', thread: 12, severity: 'info', text: 'Server ID is 6E7E3F5A-1C2B-4B6A-9A43-0F1E2D3C4B5A' },
        { line: 2, lineCount: 3, severity: 'error' },
        { line: 5, severity: 'warning', component: 'EventLogEventReporter.ReportEvent' },
      ],
    },
  ],
};
