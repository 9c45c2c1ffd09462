// `cmlens triage` as users run it (the built bundle, its worker threads) on a generated fleet of client zips:
// one record per client in the contract's shape, the table and its counts, CSV, _bulk, and the NDJSON loaded into
// DuckDB with the column types README documents, counted by cause.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLEET_MIX, writeFleet, type FleetClient } from '../../../test/support/fleet';
import { summarizeTriage } from '../../../shared/fleet/triage-summary';
import { TRIAGE_FIELDS, type TriageRecord } from '../../../shared/fleet/triage-record';
import { guideSection } from '../../../shared/knowledge/guide-sections';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'cmlens.cjs');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

let dir: string;
let fleetDir: string;
let fleet: FleetClient[];
let records: TriageRecord[];
let jsonOut: ReturnType<typeof run>;

beforeAll(() => {
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--no-renderer'], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error(b.stderr);
  dir = mkdtempSync(join(tmpdir(), 'cmlens-triage-'));
  fleetDir = join(dir, 'fleet');
  fleet = writeFleet(fleetDir, { clients: FLEET_MIX.length, noiseBytes: 40_000, brokenEvery: 20 });
  jsonOut = run('triage', fleetDir, '--json', '--jobs', '2');
  records = jsonOut.stdout.trim().split('\n').map((l) => JSON.parse(l));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cmlens triage --json', () => {
  it('writes one record per client zip, in the contract\'s fields, with the client\'s known verdict and cause', () => {
    expect(records.map((r) => r.set)).toEqual(fleet.map((c) => c.name));
    for (const [i, r] of records.entries()) {
      const c = fleet[i];
      expect(Object.keys(r)).toEqual(TRIAGE_FIELDS.filter((f) => f !== 'error' || c.broken));
      if (c.broken) continue;
      expect(r.verdict, c.set.name).toBe(c.set.expect.verdict);
      if (c.set.expect.primarySection) expect(r.section, c.set.name).toBe(c.set.expect.primarySection);
      expect(r.machine, c.set.name).toBe(c.machine);
      expect(r.path).toBe(c.path);
    }
  });

  it('gives an unreadable zip its record and one line on stderr, and exits 2', () => {
    const broken = fleet.filter((c) => c.broken);
    expect(broken.length).toBeGreaterThan(0);
    for (const c of broken) {
      expect(records.find((r) => r.set === c.name)).toMatchObject({ verdict: 'unreadable', machine: c.machine + '-logs', cycles: 0 });
      expect(jsonOut.stderr.split('\n').filter((l) => l.includes(c.path))).toHaveLength(1);
    }
    expect(jsonOut.status).toBe(2);
  });

  it('gives the same records with one worker as with two', () => {
    expect(run('triage', fleetDir, '--json', '--jobs', '1').stdout).toBe(jsonOut.stdout);
  });

  it('has the diagnose verdict, section, code and failed step for the same zip', () => {
    for (const c of fleet.filter((x) => !x.broken).slice(0, 6)) {
      const d = JSON.parse(run('diagnose', c.path, '--json').stdout);
      const r = records.find((x) => x.set === c.name)!;
      expect([r.verdict, r.section, r.errorCode, r.failedStep]).toEqual([
        d.verdict, d.diagnoses[0]?.section ?? null, d.diagnoses[0]?.errorCode ?? null, d.pipeline.find((p: { status: string }) => p.status === 'failed')?.step ?? null,
      ]);
    }
  });
});

describe('cmlens triage for people', () => {
  it('prints a row per client and the counts by verdict and by cause, most common first, with their guide section', () => {
    const r = run('triage', fleetDir);
    const s = summarizeTriage(records);
    for (const c of fleet) expect(r.stdout).toContain(c.name);
    expect(r.stdout).toContain(`${records.length} clients: ${s.verdicts.map((v) => `${v.count} ${v.verdict}`).join(', ')}`);
    const causeLines = r.stdout.split('Causes, most common first:\n')[1].trim().split('\n');
    expect(causeLines).toHaveLength(s.causes.length);
    const counts = causeLines.map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(causeLines[0]).toContain(guideSection(s.causes[0].section, 'en')!.title);
    expect(run('triage', fleetDir, '--lang', 'zh-CN').stdout).toContain(guideSection(s.causes[0].section, 'zh-CN')!.title);
  });

  it('takes several zips and client folders given one by one', () => {
    const client = join(dir, 'PC5000');
    mkdirSync(join(client, 'CCM', 'Logs'), { recursive: true });
    const failing = FLEET_MIX.find((x) => x.expect.verdict === 'failed' && x.expect.primarySection)!;
    for (const [name, text] of Object.entries(failing.files)) writeFileSync(join(client, 'CCM', 'Logs', name), text);
    const r = run('triage', fleet[0].path, fleet[4].path, client, '--json');
    const got = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(got.map((x) => x.set)).toEqual([fleet[0].name, fleet[4].name, 'PC5000']);
    expect(got[2]).toMatchObject({ verdict: 'failed', section: failing.expect.primarySection, machine: 'PC5000' });
  });
});

describe('cmlens triage --csv and --bulk', () => {
  it('writes the same fields as CSV, a header and one row per client', () => {
    const lines = run('triage', fleetDir, '--csv').stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(TRIAGE_FIELDS.join(','));
    expect(lines).toHaveLength(fleet.length + 1);
    const first = lines[1].split(',');
    expect(first.slice(0, 4)).toEqual([records[0].set, records[0].path, records[0].machine, records[0].verdict]);
  });

  it('writes _bulk action and source lines for Elasticsearch and OpenSearch', () => {
    const lines = run('triage', fleetDir, '--bulk', 'cmlens-triage').stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2 * fleet.length);
    for (let i = 0; i < lines.length; i += 2) {
      expect(JSON.parse(lines[i])).toEqual({ index: { _index: 'cmlens-triage' } });
      expect(JSON.parse(lines[i + 1])).toEqual(records[i / 2]);
    }
    const bad = run('triage', fleetDir, '--bulk', 'Bad Index');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--bulk takes an index name/);
  });
});

describe('the NDJSON in an analytical engine', () => {
  it('loads into DuckDB with the documented column types and counts clients by cause', async () => {
    const file = join(dir, 'triage.ndjson');
    writeFileSync(file, jsonOut.stdout);
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      // The column types README's "Fleet triage at scale" documents for Kusto and DuckDB.
      const columns = `{set: 'VARCHAR', path: 'VARCHAR', machine: 'VARCHAR', verdict: 'VARCHAR', section: 'VARCHAR', errorCode: 'VARCHAR',
        failedStep: 'VARCHAR', wsusUrl: 'VARCHAR', lastScan: 'TIMESTAMPTZ', cycles: 'INTEGER', failedCycles: 'INTEGER', error: 'VARCHAR'}`;
      await con.run(`CREATE TABLE triage AS SELECT * FROM read_json('${file}', format = 'newline_delimited', columns = ${columns})`);
      const n = await con.runAndReadAll('SELECT count(*)::INTEGER AS n FROM triage');
      expect(n.getRowObjectsJson()[0].n).toBe(fleet.length);
      const byCause = await con.runAndReadAll(`
        SELECT section, errorCode, count(*)::INTEGER AS clients FROM triage
        WHERE verdict IN ('failed', 'incomplete', 'no-data') AND section IS NOT NULL
        GROUP BY section, errorCode ORDER BY clients DESC, section, errorCode`);
      const got = byCause.getRowObjectsJson().map((r) => `${r.clients} ${r.section} ${r.errorCode ?? ''}`.trim());
      const want = summarizeTriage(records).causes.map((c) => `${c.count} ${c.section} ${c.errorCode ?? ''}`.trim());
      expect([...got].sort()).toEqual([...want].sort());
      expect(got.length).toBeGreaterThan(10);
      // lastScan is a real instant: the offset the client wrote is honoured.
      const t = await con.runAndReadAll(`SELECT epoch_ms(lastScan)::BIGINT AS ms FROM triage WHERE set = '${fleet[4].name}'`);
      expect(Number(t.getRowObjectsJson()[0].ms)).toBe(Date.parse(records[4].lastScan!));
    } finally {
      con.closeSync();
      db.closeSync();
    }
  });
});
