// cmlens triage PATH… [--json | --csv | --bulk INDEX] [--jobs N]: one record per client's set, diagnosed in
// worker threads. Machine-readable output streams in the sets' order as they finish (a fleet of thousands never
// sits in memory as text); the table for people needs every row for its widths, so it prints at the end.
import { findFleetSets } from '../../backend/fleet/fleet-sets';
import { triageFleet } from '../../backend/fleet/triage-pool';
import type { SetTriage } from '../../backend/fleet/set-triage';
import { unreadableRecord, type TriageRecord } from '../../../shared/fleet/triage-record';
import { csvRows, recordJson, toBulk, toCsv } from '../../../shared/fleet/triage-export';
import { formatTriageTable } from '../../../shared/fleet/triage-table';
import type { Lang } from '../../../shared/knowledge/localized';
import { reportBadInput } from '../cli-error';

export type TriageOutput = { kind: 'table'; lang: Lang } | { kind: 'json' } | { kind: 'csv' } | { kind: 'bulk'; index: string };

function line(out: TriageOutput, r: TriageRecord): string {
  if (out.kind === 'json') return recordJson(r) + '\n';
  if (out.kind === 'bulk') return toBulk([r], out.index);
  return csvRows([r]);
}

export async function triageCommand(paths: string[], out: TriageOutput, jobs: number | undefined): Promise<void> {
  const { sets, errors } = await findFleetSets(paths);
  const early = errors.map((e): SetTriage => ({ record: unreadableRecord(e.set, e.reason), problems: [] }));
  const all: (SetTriage | undefined)[] = new Array(sets.length);
  let printed = 0;
  const progress = out.kind === 'table' && process.stderr.isTTY;
  if (out.kind === 'csv') process.stdout.write(toCsv([]));
  const emit = (t: SetTriage): void => {
    for (const p of t.problems) reportBadInput(t.record.path, p);
    if (t.record.error !== undefined) reportBadInput(t.record.path, t.record.error);
    if (out.kind !== 'table') process.stdout.write(line(out, t.record));
  };
  early.forEach(emit);
  await triageFleet(sets, {
    jobs,
    onDone: (i, t) => {
      all[i] = t;
      // In input order: hold a finished set until every set before it is out.
      while (printed < sets.length && all[printed]) {
        emit(all[printed]!);
        if (out.kind !== 'table') all[printed] = undefined;
        printed++;
      }
      if (progress) process.stderr.write(`\rtriaged ${printed} of ${sets.length} clients`);
    },
  });
  if (progress) process.stderr.write('\n');
  if (out.kind === 'table') {
    const records = [...early, ...(all as SetTriage[])].map((t) => t.record);
    process.stdout.write(formatTriageTable(records, out.lang));
  }
}
