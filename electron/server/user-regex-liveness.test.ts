// Issue 14 item 1: a user's catastrophic regular expression, sent through every call that takes one (search,
// findNext: the find bar, F3 and "find in all panes" use those two), never freezes browser mode. The shapes the
// fast check knows are refused with a reason (400); the rest run on RE2 in linear time. Meanwhile listLogs answers
// within 1 s (a liveness bound for a hang, not a speed target). Filters take text, never a regex: the same
// patterns there are plain text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, cmtraceLine } from '../../scripts/samples/log-builders';
import { LogService } from '../backend/log-service';
import { startBrowserServer, type BrowserServer } from './browser-server';
import { call } from '../../test/support/server-client';

const work = mkdtempSync(join(tmpdir(), 'cmlens-redos-'));
process.env.CMLENS_LOG_DIR = join(work, 'user-logs');
const c = clock('2026-11-24 09:00:00');
/** A CMTrace log whose messages are long runs of 'a' with no match at their end: the worst case for backtracking. */
function runsOfA(name: string, entries: number): string {
  const lines = Array.from({ length: entries }, (_, i) => cmtraceLine('WUAHandler', 0, { t: c.at(i), text: i === 3 ? 'Async searching completed.' : `${'a'.repeat(20_000)}!` }));
  writeFileSync(join(work, name), lines.join('\r\n') + '\r\n');
  return join(work, name);
}

let service: LogService;
let server: BrowserServer;
let ids: string[];
beforeAll(async () => {
  // Above 200 KB a log is kept as an index (search on raw bytes, searchLog); below, parsed into memory: both paths.
  service = new LogService({ indexAboveBytes: 200_000 });
  server = await startBrowserServer(service, { staticRoot: work });
  const opened = await call(server, 'openPaths', { paths: [runsOfA('WUAHandler.log', 8), runsOfA('ScanAgent.log', 40)] });
  ids = opened.json().result.logs.map((l: { id: string }) => l.id);
});
afterAll(async () => {
  await server.close();
  service.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** Every call that takes a user's regex, for a pattern. */
function regexCalls(pattern: string, logIds: string[]): [string, unknown][] {
  const text = { kind: 'text', query: pattern, regex: true, matchCase: false };
  return [
    ['search', { logIds, query: pattern, regex: true, matchCase: false }],
    ['search', { logIds, query: pattern, regex: true, matchCase: true, filter: { severities: ['info'] } }],
    ['findNext', { logIds, from: -1, direction: 1, wrap: true, target: text }],
    ['findNext', { logIds, from: 100, direction: -1, wrap: false, target: text }],
  ];
}

/** Sends a call and, right behind it, listLogs; resolves with both replies and how long listLogs took. */
async function withListLogs(method: string, args: unknown) {
  const slow = call(server, method, args);
  const t0 = performance.now();
  const list = await call(server, 'listLogs', {});
  const listMs = performance.now() - t0;
  return { reply: await slow, list, listMs };
}

describe('user regexes cannot freeze the backend', () => {
  it('opened both logs, one indexed and one parsed', () => {
    expect(ids).toHaveLength(2);
  });

  const refused: [string, RegExp][] = [
    ['(a+)+$', /nested quantifiers/],
    ['(a|aa)+$', /repeated group of alternatives/],
    ['(a*)*b', /nested quantifiers/],
    ['(a)\\1', /back-references/],
    ['(?=a)(a)*$', /lookahead and lookbehind/],
    ['.*.*.*.*.*.*.*!x', /unbounded repeats/],
    ['a{1,1000}a{1,1000}z', /too large/],
  ];
  for (const [pattern, why] of refused) {
    it(`refuses ${pattern} in every call with a reason, and listLogs answers meanwhile`, async () => {
      for (const [method, args] of regexCalls(pattern, ids)) {
        const { reply, list, listMs } = await withListLogs(method, args);
        expect(reply.status, method).toBe(400);
        expect(reply.json().error).toMatch(new RegExp(`^${method}: `));
        expect(reply.json().error).toMatch(why);
        expect(list.status).toBe(200);
        expect(listMs).toBeLessThan(1000);
      }
    });
  }

  // Patterns the shape check lets through but V8's engine would still take polynomial or worse time on: RE2 answers.
  const allowed = ['a*a*a*a*a*b', '\\s*a*\\s*a*\\s*x', '(?:a|b)?a*a*a*c$', 'a{1,400}a{1,50}z', '[ab]*a[ab]{20}!x'];
  for (const pattern of allowed) {
    it(`runs ${pattern} in linear time in every call, and listLogs answers meanwhile`, async () => {
      for (const [method, args] of regexCalls(pattern, ids)) {
        const { reply, list, listMs } = await withListLogs(method, args);
        expect(reply.status, `${method} ${reply.text}`).toBe(200);
        const result = reply.json().result;
        if (method === 'search') expect(result.total).toBe(0);
        else expect(result).toBeNull();
        expect(list.status).toBe(200);
        expect(listMs).toBeLessThan(1000);
      }
    });
  }

  it('finds real matches with the same engine in every call (the answer is not just "none")', async () => {
    const [search, , forward, backward] = await Promise.all(regexCalls('[Aa]sync\\s+search(ing)?\\s+complete', ids).map(([m, a]) => call(server, m, a)));
    const hits: number[] = search.json().result.hits;
    expect(hits).toHaveLength(2);
    expect(forward.json().result).toBe(hits[0]);
    expect(backward.json().result).toBe(hits[1]);
  });

  it('filters read the same patterns as plain text (no regex runs there)', async () => {
    for (const pattern of ['(a+)+$', 'a*a*a*a*a*b']) {
      const r = await call(server, 'countRows', { logIds: ids, filter: { include: pattern } });
      expect(r.status).toBe(200);
      expect(r.json().result).toBe(0);
      const ex = await call(server, 'countRows', { logIds: ids, filter: { exclude: pattern } });
      expect(ex.json().result).toBe(48);
    }
  });
});
