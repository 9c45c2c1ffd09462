// The diagnosis runs in a worker thread: while a slow one runs (a big noisy set whose logs are named as pipeline
// logs, so it makes thousands of cycles), the backend's thread keeps answering calls; a newer request supersedes a
// run in flight, whose result is never pushed; and LogService pushes the diagnosis to its listeners without being
// asked. Ordering and completion are asserted, never durations.
import { afterAll, describe, expect, it } from 'vitest';
import { noisyLogText } from '../../../bench/noisy-folder';
import { parseBytes } from '../../../shared/formats/parse';
import type { ApiEvent } from '../../../shared/api/contract';
import type { DiagnosisInput, DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import { samplesDir } from '../app-paths';
import { LogService } from '../log-service';
import { DiagnosisScheduler } from './diagnosis-scheduler';

/** Noise under pipeline names: every "Scan failed" closes a cycle, so the diagnosis has thousands to summarise. */
function slowSet(): DiagnosisInput[] {
  return ['WUAHandler.log', 'ScanAgent.log', 'UpdatesDeployment.log'].map((name, k) => ({
    source: `noise/${name}`,
    name,
    entries: parseBytes(Buffer.from(noisyLogText(2_500_000, 40 + k)), name).entries,
  }));
}

const service = new LogService();
afterAll(() => service.dispose());

function until<T>(register: (done: (v: T) => void) => void): Promise<T> {
  return new Promise((resolve) => register(resolve));
}

describe('the diagnosis off the API thread', () => {
  it('getRows and listLogs answer while a slow diagnosis runs, before its result arrives', async () => {
    const { logs } = await service.openPaths([samplesDir()]);
    const order: string[] = [];
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const big = slowSet();
    let finish!: (r: DiagnosisResult) => void;
    const finished = new Promise<DiagnosisResult>((r) => (finish = r));
    const scheduler = new DiagnosisScheduler({
      inputs: () => (started(), big),
      onResult: (r) => (order.push('diagnosis'), finish(r)),
      onError: (m) => order.push(`error: ${m}`),
      debounceMs: 0,
    });
    try {
      scheduler.request();
      await running; // the worker has the set now
      const rows = await service.api.getRows({ logIds: [logs[0].id], start: 0, count: 50 });
      order.push('rows');
      const list = await service.api.listLogs({});
      order.push('list');
      const result = await finished;
      expect(rows.length).toBeGreaterThan(0);
      expect(list.length).toBe(logs.length);
      expect(order).toEqual(['rows', 'list', 'diagnosis']);
      expect(result.cycles.length).toBeGreaterThan(1000);
    } finally {
      scheduler.dispose();
    }
  });

  it('a newer request supersedes a run in flight: only the newer result is pushed', async () => {
    const small: DiagnosisInput[] = [{ source: 'WUAHandler.log', name: 'WUAHandler.log', entries: parseBytes(Buffer.from(noisyLogText(20_000, 3)), 'WUAHandler.log').entries }];
    const big = slowSet();
    const asked: string[] = [];
    const results: DiagnosisResult[] = [];
    const errors: string[] = [];
    let firstStarted!: () => void;
    const firstRunning = new Promise<void>((r) => (firstStarted = r));
    let next!: (r: DiagnosisResult) => void;
    const scheduler = new DiagnosisScheduler({
      inputs: () => {
        asked.push(asked.length ? 'small' : 'big');
        if (asked.length === 1) firstStarted();
        return asked.length === 1 ? big : small;
      },
      onResult: (r) => (results.push(r), next(r)),
      onError: (m) => errors.push(m),
      debounceMs: 0,
    });
    try {
      let pushed = until<DiagnosisResult>((d) => (next = d));
      scheduler.request();
      await firstRunning;
      scheduler.request(); // the set changed while the big one ran
      const got = await pushed;
      expect(asked).toEqual(['big', 'small']);
      // A third run proves the first worker's reply never came late: the pushes are the small set's, in order.
      pushed = until<DiagnosisResult>((d) => (next = d));
      scheduler.request();
      await pushed;
      expect(errors).toEqual([]);
      expect(results).toHaveLength(2);
      expect(results[0]).toEqual(got);
      expect(results[1]).toEqual(got);
      expect(got.cycles.length).toBeLessThan(1000);
      expect(scheduler.latest()).toEqual(got);
    } finally {
      scheduler.dispose();
    }
  });

  it.each([
    ['parsed', {}],
    ['kept as indexes, decoded by the worker from the files', { indexAboveBytes: 1 }],
  ])('LogService pushes the diagnosis of what it opens to its listeners, unasked (logs %s)', async (_how, opts) => {
    const svc = new LogService(opts);
    try {
      const events: ApiEvent[] = [];
      const pushed = until<DiagnosisResult>((done) => svc.onEvent((e) => (events.push(e), e.type === 'diagnosis' && done(e.result))));
      await svc.openPaths([samplesDir()]);
      const d = await pushed;
      expect(d.verdict).toBe('failed');
      expect(d.diagnoses[0]).toMatchObject({ section: 'scan.wua.proxy', errorCode: '0x80244021' });
      expect(d).toEqual(svc.diagnose());
      expect(d).toEqual(service.diagnose());
      expect(svc.latestDiagnoses().map((e) => e.result)).toEqual([d]);
      // Asked after the push, with nothing changed since, the API answers with it.
      expect(await svc.api.diagnose({})).toEqual(d);
      // The event follows the open set's own event.
      expect(events.findIndex((e) => e.type === 'logs')).toBeLessThan(events.findIndex((e) => e.type === 'diagnosis'));
    } finally {
      svc.dispose();
    }
  });
});
