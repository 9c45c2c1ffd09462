// Faults while indexing: a worker that throws at start, exits mid-job or reports an error loses nothing (its part
// is indexed on the main thread: the same index); a file that shrinks or is deleted while indexed fails with a
// message naming it, and through LogService the other logs of the set still open.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBytes } from '../../../shared/formats/parse';
import type { EntryColumns } from '../../../shared/index/entry-index';
import { cmtraceText } from '../../../test/support/index/synthetic-logs';
import { LogService } from '../log-service';
import { IN_THREAD_BYTES, indexFile, type IndexedFile } from './file-indexer';
import { problemText } from '../../../shared/api/messages';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-index-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = new TextEncoder().encode(cmtraceText(70_000, { multiLineEvery: 29 }));
function bigFile(name: string, at = dir): string {
  const p = join(at, name);
  writeFileSync(p, bytes);
  return p;
}

/** Worker scripts that fail in each way a worker can: they run as the real one would, by eval. */
const FAILING = [
  { how: 'throws at start', file: `throw new Error('boom at start')` },
  { how: 'exits mid-job', file: `require('node:worker_threads').parentPort.on('message', () => process.exit(7))` },
  {
    how: 'reports an error',
    file: `const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => parentPort.postMessage({ type: 'error', message: 'EIO' }))`,
  },
];

/** Columns compared as bytes (a deep equal over 70 000-element typed arrays is slow). */
function sameColumns(a: EntryColumns, b: EntryColumns): void {
  const { count, endOffset, endLine, components, zones, highStarts } = a;
  expect({ count, endOffset, endLine, components, zones, highStarts: [...highStarts] }).toEqual({
    count: b.count,
    endOffset: b.endOffset,
    endLine: b.endLine,
    components: b.components,
    zones: b.zones,
    highStarts: [...b.highStarts],
  });
  expect(a.lines).toEqual(b.lines);
  for (const k of ['offLo', 'wall', 'severity', 'zone', 'component', 'thread'] as const) {
    const [x, y] = [a[k], b[k]];
    expect(Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(Buffer.from(y.buffer, y.byteOffset, y.byteLength)), k).toBe(true);
  }
}

describe('indexFile with failing workers', () => {
  const path = join(dir, 'WUAHandler-workers.log');
  let good: IndexedFile;
  beforeAll(async () => {
    writeFileSync(path, bytes);
    good = await indexFile(path, { workers: 2 });
  });

  it('the file is big enough for workers, and the real workers index it all', () => {
    expect(bytes.length).toBeGreaterThan(IN_THREAD_BYTES);
    expect(good.workerFaults).toBeUndefined();
    expect(good.index.count).toBe(parseBytes(bytes, 'WUAHandler.log').entries.length);
  });

  for (const f of FAILING) {
    it(`a worker that ${f.how}: its part is indexed on the main thread, the same index`, async () => {
      const progress: number[] = [];
      const bad = await indexFile(path, { workers: 2, workerScript: { file: f.file, eval: true }, onProgress: (d) => progress.push(d) });
      expect(bad.workerFaults).toHaveLength(2);
      expect(problemText(bad.workerFaults![0])).toMatch(/^index worker failed \(.+\); bytes \d+–\d+ indexed on the main thread$/);
      sameColumns(bad.index.columnsView(), good.index.columnsView());
      expect(progress[progress.length - 1]).toBe(bytes.length - good.shape.dataStart);
    });
  }
});

describe('indexFile on a file that changes under it', () => {
  it('shrinks while indexed: a clear error naming the file', async () => {
    const path = bigFile('WUAHandler.log');
    await expect(indexFile(path, { workers: 2, onFirstRows: () => truncateSync(path, 1 << 20) })).rejects.toThrow(
      `WUAHandler.log: the file shrank while it was indexed (${bytes.length} → ${1 << 20} bytes); open it again`,
    );
  });

  it('deleted while indexed: a clear error naming the file', async () => {
    const path = bigFile('ScanAgent.log');
    await expect(indexFile(path, { workers: 2, onFirstRows: () => unlinkSync(path) })).rejects.toThrow(
      'ScanAgent.log: the file was deleted (or its share dropped) while it was indexed',
    );
  });

  it('through LogService: the shrunk log is a per-file error, the other logs of the set open', async () => {
    const root = join(dir, 'set');
    mkdirSync(root);
    const big = bigFile('WUAHandler.log', root);
    writeFileSync(
      join(root, 'ScanAgent.log'),
      `<![LOG[Scan completed]LOG]!><time="11:00:00.000+300" date="03-10-2026" component="ScanAgent" context="" type="1" thread="1" file="">\r\n`,
    );
    const svc = new LogService({ indexAboveBytes: IN_THREAD_BYTES });
    let cut = false;
    // The first rows are announced (a 'logs' event with the log indexing) before the workers run: cut it then.
    svc.onEvent((e) => {
      if (!cut && e.type === 'logs' && e.logs.some((l) => l.state === 'indexing')) {
        cut = true;
        truncateSync(big, 1 << 20);
      }
    });
    try {
      const { logs, errors } = await svc.openPaths([root]);
      expect(cut).toBe(true);
      expect(logs.map((l) => [l.name, l.entries])).toEqual([['ScanAgent.log', 1]]);
      expect(errors).toMatchObject([{ path: big, code: 'failed', reason: expect.stringMatching(/^WUAHandler\.log: the file shrank while it was indexed/) }]);
      expect(svc.list().map((l) => l.name)).toEqual(['ScanAgent.log']);
    } finally {
      svc.dispose();
    }
  });
});
