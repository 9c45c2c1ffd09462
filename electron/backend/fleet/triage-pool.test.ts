// The pool keeps one record per set whatever happens to a worker: a worker that dies takes only its set with it.
import { describe, expect, it } from 'vitest';
import { triageFleet } from './triage-pool';

const sets = [1, 2, 3, 4].map((n) => ({ name: `PC${n}.zip`, path: `/nowhere/PC${n}.zip` }));

describe('triageFleet', () => {
  it('gives a set whose worker died an unreadable record, and goes on with fresh workers', async () => {
    // A worker that dies on its first job (as one whose heap a set overflows does).
    const dying = { file: `require('node:worker_threads').parentPort.on('message', () => process.exit(7));`, eval: true };
    const done: number[] = [];
    const out = await triageFleet(sets, { jobs: 2, script: dying, onDone: (i) => done.push(i) });
    expect(out.map((t) => t.record.set)).toEqual(sets.map((s) => s.name));
    for (const t of out) expect(t.record).toMatchObject({ verdict: 'unreadable', error: 'triage worker stopped (exit code 7)' });
    expect([...done].sort()).toEqual([0, 1, 2, 3]);
  });

  it('triages in real workers and says why a missing set is unreadable', async () => {
    const out = await triageFleet(sets.slice(0, 2), { jobs: 2 });
    expect(out.map((t) => [t.record.set, t.record.verdict])).toEqual([['PC1.zip', 'unreadable'], ['PC2.zip', 'unreadable']]);
    expect(out[0].record.error).toMatch(/no such file/);
  });

  it('answers at once for no sets', async () => {
    expect(await triageFleet([])).toEqual([]);
  });
});
