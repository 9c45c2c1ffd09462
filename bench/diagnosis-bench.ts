// One row of the diagnosis benchmark, in a process of its own so its peak memory is its own. Prints one JSON line.
//   node diagnosis-bench.js folder N  a client folder of N noisy 2.5 MB logs beside a failing set (noisy-folder.ts),
//                                     opened through LogService as the app opens it (tailing on), until the
//                                     diagnosis of the whole folder is pushed
//   node diagnosis-bench.js dense N   diagnose() alone on N noisy logs under pipeline names (WUAHandler.log…): the
//                                     worst case, where nearly every line is a step and thousands of cycles follow
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../shared/formats/parse';
import { diagnose } from '../shared/pipeline/diagnose';
import type { DiagnosisInput, DiagnosisResult } from '../shared/pipeline/diagnosis-types';
import { LogService } from '../electron/backend/log-service';
import { noisyLogText, writeNoisyFolder } from './noisy-folder';

const peakRssMiB = (): number => process.resourceUsage().maxRSS / 1024;
const firstOf = (d: DiagnosisResult): string | null => (d.diagnoses[0] ? `${d.diagnoses[0].id} ${d.diagnoses[0].errorCode ?? ''}`.trim() : null);

async function folder(n: number): Promise<object> {
  const dir = join('bench', 'out', `noisy-folder-${n}`);
  // Written once and kept: the same seed writes the same bytes.
  const logsDir = join(dir, 'CCM', 'Logs');
  if (!existsSync(logsDir) || readdirSync(logsDir).length < n) writeNoisyFolder(dir, { logs: n });
  const service = new LogService({ tail: true });
  const t0 = performance.now();
  // The first diagnosis pushed once the whole folder is open (ones pushed while it opened were of part of it).
  let opened = false;
  const pushed = new Promise<DiagnosisResult>((resolve) => service.onEvent((e) => opened && e.type === 'diagnosis' && resolve(e.result)));
  const { logs } = await service.openPaths([dir]);
  opened = true;
  const openMs = performance.now() - t0;
  const keepAlive = setInterval(() => {}, 1000); // the service's own timers and idle workers do not hold the process
  const d = await pushed;
  clearInterval(keepAlive);
  const totalMs = performance.now() - t0;
  service.dispose();
  return {
    logs: logs.length, bytes: logs.reduce((s, l) => s + l.bytes, 0), entries: logs.reduce((s, l) => s + l.entries, 0),
    openMs, totalMs, peakRssMiB: peakRssMiB(), verdict: d.verdict, cycles: d.cycles.length, first: firstOf(d),
  };
}

function dense(n: number): object {
  const names = ['WUAHandler.log', 'ScanAgent.log', 'UpdatesDeployment.log', 'LocationServices.log'];
  const inputs: DiagnosisInput[] = Array.from({ length: n }, (_, k) => ({
    source: `noise${k}/${names[k % names.length]}`,
    name: names[k % names.length],
    entries: parseBytes(Buffer.from(noisyLogText(2_500_000, 1000 + k)), names[k % names.length]).entries,
  }));
  const t0 = performance.now();
  const d = diagnose(inputs);
  return { logs: n, entries: inputs.reduce((s, i) => s + i.entries.length, 0), diagnoseMs: performance.now() - t0, peakRssMiB: peakRssMiB(), cycles: d.cycles.length, first: firstOf(d) };
}

async function main(): Promise<void> {
  const [mode, count] = process.argv.slice(2);
  const n = Number(count);
  console.log(JSON.stringify(mode === 'dense' ? dense(n) : await folder(n)));
  process.exit(0);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
