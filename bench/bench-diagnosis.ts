// The diagnosis of a client folder as the field sends them (issue 11: 131 logs, 306 MB, still diagnosing after 10
// minutes): N noisy 2.5 MB logs beside a failing set, opened through LogService until the diagnosis is pushed, each
// row in a process of its own (diagnosis-bench.ts) so its peak memory is its own; then diagnose() alone on noisy logs
// under pipeline names, the worst case, where thousands of cycles follow.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface DiagnosisRow {
  file: string;
  metric: string;
  ours: string;
  reference: string;
  target: string;
}

type Measured = Record<string, number | string>;

function measure(...args: string[]): Measured {
  const r = spawnSync(process.execPath, [join(__dirname, 'diagnosis-bench.js'), ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (r.status !== 0) throw new Error(`diagnosis-bench ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

const s1 = (ms: number | string): string => (Number(ms) / 1000).toFixed(1);
const mib = (n: number | string): string => Number(n).toFixed(0);

export function benchDiagnosis(quick: boolean): { rows: DiagnosisRow[]; results: Record<string, unknown> } {
  const rows: DiagnosisRow[] = [];
  const folders: Measured[] = [];
  for (const n of quick ? [20, 120] : [20, 40, 120]) {
    const r = measure('folder', String(n));
    folders.push(r);
    rows.push({
      file: `client folder: ${n} noisy 2.5 MB logs + failing set (${mib(Number(r.bytes) / 2 ** 20)} MiB, ${r.entries} entries)`,
      metric: 'open + diagnosis pushed (LogService), peak RSS',
      ours: `${s1(r.totalMs)} s (open ${s1(r.openMs)} s), ${mib(r.peakRssMiB)} MiB`,
      reference: `${r.verdict}: ${r.first}, ${r.cycles} cycles`,
      target: n === 120 ? '≤ 10 s, ≤ 1 GB' : 'linear in logs',
    });
  }
  const dense: Measured[] = [];
  for (const n of quick ? [4] : [4, 8]) {
    const r = measure('dense', String(n));
    dense.push(r);
    rows.push({
      file: `${n} noisy 2.5 MB logs named as pipeline logs (${r.entries} entries)`,
      metric: `diagnose() alone: ${r.cycles} cycles`,
      ours: `${s1(r.diagnoseMs)} s, ${mib(r.peakRssMiB)} MiB`,
      reference: String(r.first),
      target: 'linear in entries + cycles',
    });
  }
  return { rows, results: { folders, dense } };
}
