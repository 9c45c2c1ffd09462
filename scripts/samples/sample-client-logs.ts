// The bundled sample client folder (assets/samples/), written by write-samples.ts: a proxy failure after a healthy scan.
// Tests diagnose the same generator, so the samples the app opens and the fixture the tests check are one thing.
import { clientScanFiles } from './client-scan';

/**
 * A realistic client CCM Logs folder whose latest software update scan fails on a proxy (HTTP 502,
 * 0x80244021), after a healthy scan the day before; New York time (bias +300, UTC-05:00). Paths are relative
 * to the folder that holds `CCM/Logs` and `Windows`.
 */
export function sampleClientLogs(): Record<string, string> {
  const files = clientScanFiles({
    start: '2026-03-09 14:02:11.250',
    bias: 300,
    server: 'http://CM01.corp.contoso.com:8530',
    wuStyle: 'win10',
    cycles: [
      { at: 0, outcome: 'healthy' },
      { at: 86_400 + 3_605, outcome: 'proxy-502' },
    ],
    mp: 'CM01.corp.contoso.com',
  });
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) out[name === 'WindowsUpdate.log' ? `Windows/${name}` : `CCM/Logs/${name}`] = text;
  return out;
}
