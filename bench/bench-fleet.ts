// Fleet triage rows of `npm run bench`: 100 client zips of about 5 MB (the target: ≤ 30 s on 2 cores) with
// one worker and with one per core, and 1,000 smaller zips with the process's memory sampled along the way (flat:
// bounded by the workers' sets in flight, not by the fleet). The fleets are generated once into bench/out (seeded,
// so the same bytes every run) from the fixture sets' mix of verdicts and causes (test/support/fleet.ts).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { writeFleet, type FleetOptions } from '../test/support/fleet';
import { findFleetSets } from '../electron/backend/fleet/fleet-sets';
import { defaultJobs, triageFleet } from '../electron/backend/fleet/triage-pool';
import { summarizeTriage } from '../shared/fleet/triage-summary';

export interface FleetRow {
  file: string;
  metric: string;
  ours: string;
  reference: string;
  target: string;
}

const MB = 1e6;

/** The fleet in `dir`, written unless a previous run left the same one there. */
function fleetDir(dir: string, o: FleetOptions): { dir: string; bytes: number } {
  const stamp = join(dir, 'fleet.json');
  const want = JSON.stringify(o);
  if (existsSync(stamp)) {
    const had = JSON.parse(readFileSync(stamp, 'utf8')) as { options: string; bytes: number };
    if (had.options === want) return { dir, bytes: had.bytes };
  }
  rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const clients = writeFleet(join(dir, 'zips'), o);
  const bytes = clients.reduce((n, c) => n + c.bytes, 0);
  writeFileSync(stamp, JSON.stringify({ options: want, bytes }));
  console.log(`generated ${o.clients} client zips (${(bytes / MB).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return { dir, bytes };
}

async function timeTriage(dir: string, jobs: number, onSample?: (done: number) => void): Promise<{ ms: number; verdicts: string }> {
  const t0 = performance.now();
  const { sets } = await findFleetSets([join(dir, 'zips')]);
  let done = 0;
  const out = await triageFleet(sets, { jobs, onDone: () => onSample?.(++done) });
  const s = summarizeTriage(out.map((t) => t.record));
  return { ms: performance.now() - t0, verdicts: s.verdicts.map((v) => `${v.count} ${v.verdict}`).join(', ') };
}

export async function benchFleet(out: string, quick: boolean): Promise<{ rows: FleetRow[]; results: Record<string, unknown> }> {
  const rows: FleetRow[] = [];
  const results: Record<string, unknown> = {};
  const jobs = defaultJobs();

  // 100 clients, ~30 MB of logs each (about 5 MB zipped, as a CCM Logs folder compresses).
  const big = fleetDir(join(out, 'fleet-100'), { clients: 100, noiseBytes: 30 * MB, brokenEvery: 50 });
  const one = quick ? null : await timeTriage(big.dir, 1);
  const all = await timeTriage(big.dir, jobs);
  results.fleet100 = { zips: 100, zipBytes: big.bytes, jobs, ms: Math.round(all.ms), oneWorkerMs: one && Math.round(one.ms), verdicts: all.verdicts };
  rows.push({
    file: `fleet: 100 zips × ${(big.bytes / 100 / MB).toFixed(1)} MB`,
    metric: `triage, ${jobs} workers (${all.verdicts})`,
    ours: `${(all.ms / 1000).toFixed(1)} s (${((big.bytes / MB) / (all.ms / 1000)).toFixed(0)} MB/s of zips)`,
    reference: one ? `1 worker ${(one.ms / 1000).toFixed(1)} s` : '',
    target: '≤ 30 s',
  });

  // 1,000 clients, smaller zips: memory sampled every 100 ms; RSS holds the workers too (threads of this process).
  const many = fleetDir(join(out, 'fleet-1000'), { clients: quick ? 300 : 1000, noiseBytes: 3 * MB, brokenEvery: 100 });
  const total = quick ? 300 : 1000;
  const rssAt: Record<string, number> = {};
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const marks = new Set([Math.round(total * 0.1), Math.round(total * 0.5), total]);
  const r = await timeTriage(many.dir, jobs, (done) => {
    if (marks.has(done)) rssAt[`${Math.round((done / total) * 100)}%`] = process.memoryUsage().rss;
  });
  clearInterval(timer);
  const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
  results.fleet1000 = { zips: total, zipBytes: many.bytes, jobs, ms: Math.round(r.ms), peakRss: peak, rssAt, verdicts: r.verdicts };
  rows.push({
    file: `fleet: ${total} zips × ${(many.bytes / total / MB).toFixed(1)} MB`,
    metric: `triage, ${jobs} workers; RSS at 10 % / 50 % / 100 % of the clients`,
    ours: `${(r.ms / 1000).toFixed(1)} s; ${Object.values(rssAt).map(mib).join(' / ')} (peak ${mib(peak)})`,
    reference: `${cpus().length} cores`,
    target: 'memory flat',
  });
  return { rows, results };
}
