// Issue 14 item 1: which engine runs users' regular expressions. The two safe designs are (a) V8's own RegExp in a
// worker thread that is terminated when it overruns a time budget, (b) a linear-time engine on the backend's
// thread: re2js (pure JS) or re2-wasm (RE2 in WebAssembly). On the rows of the big CMTrace log, decoded once (the
// decode is the same for every engine), each engine tests every row: V8 inline (the unsafe ceiling), V8 in a
// worker (texts posted, count returned: the cost a budgeted worker adds), re2js and re2-wasm. Then the whole
// regex search as shipped (searchLog with the policy's engine) on the file.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RE2JS } from 're2js';
import { searchLog, type LogSource } from '../shared/index/search';
import { textOfRow } from '../shared/index/row-text';

export interface BenchRow {
  file: string;
  metric: string;
  ours: string;
  reference: string;
  target: string;
}

/** Regexes a technician types; none is refused by the policy. */
export const REGEX_QUERIES = ['0x8024[0-9A-F]{4}', 'scan.*(failed|error)', 'KB\\d{6,7}'];

type Engine = { name: string; count: (texts: string[], pattern: string) => Promise<number> };

// A worker that tests posted texts with V8's RegExp: what the budgeted-worker design runs for every batch.
const WORKER = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ texts, pattern }) => { const re = new RegExp(pattern, 'iu'); let n = 0; for (const t of texts) if (re.test(t)) n++; parentPort.postMessage(n); });`;

function engines(): { list: Engine[]; close: () => void } {
  // re2-wasm finds its .wasm beside its own file: loaded from node_modules at run time, not bundled.
  const { RE2 } = createRequire(join(process.cwd(), 'package.json'))('re2-wasm') as { RE2: new (p: string, f: string) => { test(s: string): boolean } };
  const worker = new Worker(WORKER, { eval: true });
  const BATCH = 16_384; // rows per message: big enough that posting is the cost, not the round trips
  const list: Engine[] = [
    { name: 'V8 RegExp inline (unsafe ceiling)', count: async (texts, p) => { const re = new RegExp(p, 'iu'); return texts.filter((t) => re.test(t)).length; } },
    {
      name: 'V8 RegExp in a worker (budgeted design)',
      count: async (texts, pattern) => {
        let n = 0;
        for (let i = 0; i < texts.length; i += BATCH) {
          n += await new Promise<number>((resolve) => {
            worker.once('message', resolve);
            worker.postMessage({ texts: texts.slice(i, i + BATCH), pattern });
          });
        }
        return n;
      },
    },
    { name: 're2js (linear, pure JS)', count: async (texts, p) => { const re = RE2JS.compile(p, RE2JS.CASE_INSENSITIVE); return texts.filter((t) => re.test(t)).length; } },
    { name: 're2-wasm (linear, WebAssembly)', count: async (texts, p) => { const re = new RE2(p, 'iu'); return texts.filter((t) => re.test(t)).length; } },
  ];
  return { list, close: () => void worker.terminate() };
}

export async function benchRegexEngines(name: string, src: LogSource, sampleBytes: number, push: (r: BenchRow) => void, results: Record<string, unknown>): Promise<void> {
  const { index, shape } = src;
  const texts: string[] = [];
  let bytes = 0;
  for (let r = 0; r < index.count && bytes < sampleBytes; r++) {
    texts.push(textOfRow(shape.format, shape, src.readAt(index.offset(r), index.length(r)), index.line(r)));
    bytes += index.length(r);
  }
  const textMiB = texts.reduce((n, t) => n + t.length, 0) / (1 << 20);
  const out: unknown[] = [];
  const all = engines();
  for (const pattern of REGEX_QUERIES) {
    const counts = new Set<number>();
    for (const e of all.list) {
      await e.count(texts.slice(0, 1000), pattern); // warm
      let best = Infinity;
      let n = 0;
      for (let run = 0; run < 2; run++) {
        const t0 = performance.now();
        n = await e.count(texts, pattern);
        best = Math.min(best, performance.now() - t0);
      }
      counts.add(n);
      const perGiB = (best / bytes) * (1 << 30);
      out.push({ pattern, engine: e.name, rows: texts.length, hits: n, ms: best, projectedGiBms: perGiB });
      push({ file: name, metric: `regex /${pattern}/i over ${texts.length} decoded rows (${textMiB.toFixed(0)} MiB text): ${e.name}`, ours: `${best.toFixed(0)} ms`, reference: `${n} hits`, target: `${(perGiB / 1000).toFixed(1)} s per GiB of log` });
    }
    if (counts.size !== 1) throw new Error(`engines disagree on /${pattern}/i: ${[...counts].join(' vs ')}`);
  }
  all.close();
  results.regexEngines = out;
}

/** The regex search as shipped: searchLog (decode every row, test with the policy's engine) over the whole file. */
export function benchRegexSearch(name: string, src: LogSource, patterns: readonly string[], push: (r: BenchRow) => void, results: Record<string, unknown>): void {
  const out: unknown[] = [];
  for (const pattern of patterns) {
    const t0 = performance.now();
    const hits = searchLog(src, { query: pattern, regex: true, matchCase: false }).length;
    const t = performance.now() - t0;
    out.push({ pattern, ms: t, hits });
    push({ file: name, metric: `search /${pattern}/i (user-regex policy: re2js): ${hits} entries`, ours: `${(t / 1000).toFixed(1)} s`, reference: '', target: 'no pattern can hang it' });
  }
  results.regexSearch = out;
}
