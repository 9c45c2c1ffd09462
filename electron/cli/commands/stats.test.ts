// `cmlens stats` as shipped: the built CLI, copied away from node_modules so no TypeScript loader can help it,
// indexes a file big enough for worker threads with the bundled index-worker.js, and counts what a parse counts.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBytes } from '../../../shared/formats/parse';
import { cmtraceText } from '../../../test/support/index/synthetic-logs';
import { IN_THREAD_BYTES } from '../../backend/index/file-indexer';

const DIST = join(__dirname, '..', '..', '..', 'dist', 'cli');
const dir = mkdtempSync(join(tmpdir(), 'cmlens-stats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cmlens stats', () => {
  it('indexes a big log with the bundled worker, no tsx, and agrees with a full parse', () => {
    for (const f of ['cmlens.cjs', 'index-worker.js']) copyFileSync(join(DIST, f), join(dir, f));
    const text = cmtraceText(60_000, { seed: 7, multiLineEvery: 50 });
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.length).toBeGreaterThan(IN_THREAD_BYTES);
    const file = join(dir, 'WUAHandler.log');
    writeFileSync(file, bytes);
    const r = spawnSync(process.execPath, [join(dir, 'cmlens.cjs'), 'stats', file], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    const parsed = parseBytes(bytes, 'WUAHandler.log');
    expect(s).toMatchObject({ format: 'cmtrace', encoding: 'utf-8', bytes: bytes.length, entries: parsed.entries.length });
    expect(s.entries).toBe(60_000);
    expect(s.lines).toBe(60_000 + 2 * Math.floor(60_000 / 50));
    // The columns of every entry are held (21 bytes each, entry-index.ts) and no more than the 24.
    expect(s.indexBytes / 60_000).toBeGreaterThanOrEqual(21);
    expect(s.indexBytes / 60_000).toBeLessThanOrEqual(24);
  });
});
