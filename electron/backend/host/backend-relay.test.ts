// The backend in its own process, as browser mode runs it (child_process.fork of backend-entry.ts) and as
// Electron runs it (utilityProcess: the same entry, the same messages). Calls and events cross the boundary
// unchanged; a backend killed mid-session comes back with the open set as it was.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEvent, BackendNotice, LogInfo } from '../../../shared/api/contract';
import { writeCcmSet } from '../../../e2e/support/ccm-set';
import { dispatchCall } from '../dispatch-call';
import { LogService } from '../log-service';
import { BackendRelay } from './backend-relay';
import { forkBackend } from './fork-backend';
import { processAlive } from '../../../test/support/process-alive';

let relay: BackendRelay | null = null;
afterEach(() => {
  relay?.stop();
  relay = null;
});

async function started(): Promise<{ relay: BackendRelay; events: ApiEvent[] }> {
  const events: ApiEvent[] = [];
  relay = new BackendRelay(forkBackend({ tail: true, tailPollMs: 50 }));
  relay.onEvent((e) => events.push(e));
  await relay.start();
  return { relay, events };
}

/** Resolves with the first event that passes `test` (already seen or still to come). */
function nextEvent<E extends ApiEvent>(r: BackendRelay, seen: ApiEvent[], test: (e: ApiEvent) => e is E): Promise<E> {
  const found = seen.find(test);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const off = r.onEvent((e) => {
      if (test(e)) {
        off();
        resolve(e);
      }
    });
  });
}

const notice = (state: BackendNotice['state']) => (e: ApiEvent): e is BackendNotice => e.type === 'backend' && e.state === state;
const sources = (logs: LogInfo[]) => logs.map((l) => l.source).sort();

describe('the backend process behind the relay', () => {
  it('answers every call as the in-process backend does: results, refusals and events', async () => {
    const { relay: r, events } = await started();
    expect(r.pid).toBeGreaterThan(0);
    expect(r.pid).not.toBe(process.pid);
    const set = writeCcmSet();
    const local = new LogService({ tail: true, tailPollMs: 50 });
    const [remote, inProcess] = await Promise.all([r.api.openPaths({ paths: [set] }), local.api.openPaths({ paths: [set] })]);
    expect(remote.logs.map((l) => l.name).sort()).toEqual(['LocationServices.log', 'ScanAgent.log', 'WUAHandler.log']);
    expect(remote).toEqual(inProcess);
    const ids = remote.logs.map((l) => l.id);
    expect(await r.api.getRows({ logIds: ids, start: 0, count: 50 })).toEqual(await local.api.getRows({ logIds: ids, start: 0, count: 50 }));
    expect((await r.api.diagnose({})).verdict).toBe('failed');
    // The event the open raised crossed over, and list() follows it without a call.
    await nextEvent(r, events, (e): e is ApiEvent => e.type === 'logs' && e.logs.length === 3);
    expect(sources(r.list())).toEqual(sources(remote.logs));
    // A call the backend refuses reads the same through the relay (dispatchCall keeps its status and message).
    const bad = { logIds: ['nope'], start: -1, count: 1 };
    expect(await dispatchCall(r.api, 'getRows', bad)).toEqual(await dispatchCall(local.api, 'getRows', bad));
    expect(await r.call('noSuchMethod', {})).toEqual({ status: 400, error: 'unknown method "noSuchMethod"' });
    const failed = await dispatchCall(r.api, 'getRows', { logIds: ['log999'], start: 0, count: 1 });
    expect(failed).toEqual(await dispatchCall(local.api, 'getRows', { logIds: ['log999'], start: 0, count: 1 }));
    expect(failed.status).not.toBe(200); // an unknown log: refused the same way on both sides
    local.dispose();
  });

  it('carries a dropped file as bytes and opens it in the backend', async () => {
    const { relay: r } = await started();
    const text = '<![LOG[dropped line]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="" type="3" thread="1" file="x.cpp:1">\r\n';
    const big = Buffer.alloc(64 << 10, 'pad'); // a pooled Buffer's view: only its own bytes must cross
    const bytes = Buffer.concat([Buffer.from(text), big]).subarray(0, text.length);
    const { logs } = await r.openBytes('Dropped.log', bytes);
    expect(logs.map((l) => l.name)).toEqual(['Dropped.log']);
    const rows = await r.api.getRows({ logIds: [logs[0].id], start: 0, count: 5 });
    expect(rows.map((x) => [x.text, x.severity])).toEqual([['dropped line', 'error']]);
  });

  it('streams an export from the backend chunk by chunk, as the in-process service makes it, and drops one left early', async () => {
    const { relay: r } = await started();
    const dir = writeCcmSet();
    const local = new LogService();
    const [remote, here] = [(await r.api.openPaths({ paths: [dir] })).logs, (await local.openPaths([dir])).logs];
    const spec = { kind: 'rows' as const, format: 'csv' as const, logIds: [remote[0].id] };
    const file = await r.exportFile(spec);
    const expected = local.exportFile({ ...spec, logIds: [here[0].id] });
    expect([file.fileName, file.mime]).toEqual([expected.fileName, expected.mime]);
    const collect = async (f: { chunks(): AsyncIterable<string> }) => {
      let out = '';
      for await (const c of f.chunks()) out += c;
      return out;
    };
    expect(await collect(file)).toBe(await collect(expected));
    // a consumer that stops after the header (a cancelled download): the relay drops the backend's stream
    const early = await r.exportFile(spec);
    for await (const c of early.chunks()) {
      expect(c).toContain('Line,Time');
      break;
    }
    await expect(r.exportFile({ kind: 'rows', format: 'xlsx', logIds: ['x'] } as never)).rejects.toThrow(/export: invalid format/);
  });

  it('a killed backend is reported, restarted, and the open set comes back as it was (closed logs stay closed, zones kept)', async () => {
    const { relay: r, events } = await started();
    const set = writeCcmSet();
    const other = mkdtempSync(join(tmpdir(), 'cmlens-relay-'));
    writeFileSync(join(other, 'Loose.log'), '<![LOG[loose]LOG]!><time="09:00:00.000+300" date="11-24-2026" component="L" context="" type="1" thread="1" file="l.cpp:1">\r\n');
    const first = await r.api.openPaths({ paths: [set] });
    await r.api.openPaths({ paths: [join(other, 'Loose.log')] });
    await r.openBytes('Dropped.log', Buffer.from('<![LOG[d]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="" type="1" thread="1" file="x.cpp:1">\r\n'));
    const scan = first.logs.find((l) => l.name === 'ScanAgent.log')!;
    const loc = first.logs.find((l) => l.name === 'LocationServices.log')!;
    await r.api.closeLogs({ logIds: [loc.id] });
    await r.api.setLogOffset({ logId: scan.id, utcOffset: 60 });
    const before = await r.api.listLogs({});
    await nextEvent(r, events, (e): e is ApiEvent => e.type === 'logs' && e.logs.length === before.length && e.logs.some((l) => l.offsetSource === 'user'));
    const rowsBefore = await r.api.getRows({ logIds: [scan.id], start: 0, count: 20 });
    const oldPid = r.pid!;

    const killedAt = performance.now();
    process.kill(oldPid, 'SIGKILL');
    const crashed = await nextEvent(r, events, notice('crashed'));
    expect(crashed.reason).toBe('signal SIGKILL');
    // A call made while it restarts waits for the restored backend instead of failing.
    const during = r.api.listLogs({});
    const restarted = await nextEvent(r, events, notice('restarted'));
    console.log(`backend killed → restarted with ${restarted.reopened.length} paths reopened in ${(performance.now() - killedAt).toFixed(0)} ms`);
    expect(r.pid).not.toBe(oldPid);
    expect(restarted.reopened.sort()).toEqual([set, join(other, 'Loose.log')].sort());
    expect(restarted.lost).toEqual(['Dropped.log']); // its bytes went with the process
    const after = await during;
    // The same logs as before the crash, minus the dropped file: the closed one is not back, the user's zone is.
    expect(sources(after)).toEqual(sources(before.filter((l) => l.name !== 'Dropped.log')));
    const scanAfter = after.find((l) => l.source === scan.source)!;
    expect([scanAfter.utcOffset, scanAfter.offsetSource]).toEqual([60, 'user']);
    expect(restarted.renamed[scan.id]).toBe(scanAfter.id);
    const rowsAfter = await r.api.getRows({ logIds: [scanAfter.id], start: 0, count: 20 });
    expect(rowsAfter.map((x) => [x.line, x.text, x.instantMs])).toEqual(rowsBefore.map((x) => [x.line, x.text, x.instantMs]));
    // The renderer's list follows without a call.
    await nextEvent(r, events, (e): e is ApiEvent => e.type === 'logs' && sources(e.logs).join() === sources(after).join());
    // Opens after the restart are remembered too: a second crash brings back the same set.
    process.kill(r.pid!, 'SIGKILL');
    const again = await nextEvent(r, events.slice(events.indexOf(restarted) + 1), notice('restarted'));
    expect(again.reopened.sort()).toEqual(restarted.reopened);
    expect(sources(await r.api.listLogs({}))).toEqual(sources(after));
  });

  it('a backend whose parent is killed outright does not outlive it', async () => {
    const parent = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', '..', 'test', 'support', 'relay-parent.ts'), writeCcmSet()], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout.on('data', (d) => {
        out += d;
        const m = /backend (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      parent.on('exit', (code) => reject(new Error(`parent exited ${code}`)));
    });
    expect(processAlive(pid)).toBe(true);
    parent.kill('SIGKILL');
    await expect.poll(() => processAlive(pid), { timeout: 10_000 }).toBe(false);
  });

  it('a backend that cannot start is restarted a few times, then reported as given up; calls answer instead of hanging', async () => {
    const events: ApiEvent[] = [];
    const dead = forkBackend({}, { file: join(tmpdir(), 'cmlens-no-such-backend.cjs'), execArgv: [] });
    relay = new BackendRelay(dead, 2);
    relay.onEvent((e) => events.push(e));
    await relay.start();
    const gaveUp = await nextEvent(relay, events, notice('gave-up'));
    expect(gaveUp.reason).toBe('exit code 1');
    expect(events.filter(notice('crashed'))).toHaveLength(3);
    expect(await relay.call('listLogs', {})).toEqual({ status: 500, error: 'the backend stopped too often and was not restarted; restart CMLens' });
  });
});
