import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildZip, centralDirectoryOffset, type FixtureEntry } from '../../../test/support/zip-writer';
import { expandZipBuffer, ZIP_LIMITS, type ZipLimits } from './zip-reader';
import type { ExpandResult } from './source-file';

const LOG = '<![LOG[Scan completed.]LOG]!><time="10:00:00.000+000" date="01-02-2026" component="ScanAgent" context="" type="1" thread="1" file="">\n';
const good: FixtureEntry = { name: 'CCM/Logs/WUAHandler.log', data: LOG };

async function loadAll(r: ExpandResult): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of r.files) out[f.source] = (await f.load()).toString('utf8');
  return out;
}

function reasonFor(r: ExpandResult, path: string): string | undefined {
  return r.errors.find((e) => e.path === path)?.reason;
}

// Nothing may be extracted: look for the names our entries carry where an extractor would write them
// (other test files run in parallel and may create their own temp files, hence the name filter).
const OUR_NAMES = /WUAHandler|evil|bomb|passwd|secret|deepest|level\d|nested\d|part\d|huge|second|smsts/i;
let tmpBefore: string[];
let cwdBefore: string[];
beforeAll(() => {
  tmpBefore = readdirSync(tmpdir());
  cwdBefore = readdirSync(process.cwd());
});
afterAll(() => {
  const created = (dir: string, before: string[]) => readdirSync(dir).filter((n) => !before.includes(n) && OUR_NAMES.test(n));
  expect(created(tmpdir(), tmpBefore)).toEqual([]);
  expect(created(process.cwd(), cwdBefore)).toEqual([]);
});

describe('expandZipBuffer: what a zip holds', () => {
  it('opens the logs of a zip and of a zip inside it, naming each with !/', async () => {
    const inner = buildZip([{ name: 'smsts.log', data: 'inner line\n' }]);
    const r = await expandZipBuffer(buildZip([good, { name: 'Bundle/Logs.zip', data: inner }, { name: 'readme.pdf', data: 'x' }]), 'Case.zip');
    expect(r.errors).toEqual([]);
    expect(await loadAll(r)).toEqual({
      'Case.zip!/CCM/Logs/WUAHandler.log': LOG,
      'Case.zip!/Bundle/Logs.zip!/smsts.log': 'inner line\n',
    });
  });
});

describe('expandZipBuffer: hostile entries are refused one by one, the rest still opens', () => {
  const names: [string, RegExp][] = [
    ['../evil.log', /climbs out/],
    ['CCM/../../evil.log', /climbs out/],
    ['..\\evil.log', /climbs out/],
    ['/etc/evil.log', /absolute/],
    ['C:\\Windows\\evil.log', /absolute/],
    ['C:evil.log', /absolute/],
    ['\\\\server\\share\\evil.log', /absolute/],
  ];
  for (const [name, why] of names) {
    it(`refuses the entry ${JSON.stringify(name)}`, async () => {
      const r = await expandZipBuffer(buildZip([{ name, data: 'x\n' }, good]), 'Case.zip');
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0].reason).toMatch(why);
      expect(Object.keys(await loadAll(r))).toEqual(['Case.zip!/CCM/Logs/WUAHandler.log']);
    });
  }

  it('refuses a symbolic link entry', async () => {
    const link: FixtureEntry = { name: 'passwd.log', data: '/etc/passwd', method: 'store', madeByUnix: true, externalAttributes: (0o120777 << 16) >>> 0 };
    const r = await expandZipBuffer(buildZip([link, good]), 'Case.zip');
    expect(reasonFor(r, 'Case.zip!/passwd.log')).toMatch(/symbolic link/);
    expect(r.files.map((f) => f.name)).toEqual(['WUAHandler.log']);
  });

  it('refuses an encrypted entry with a reason the user understands', async () => {
    const r = await expandZipBuffer(buildZip([{ name: 'secret.log', data: 'x', flags: 0x1 }, good]), 'Case.zip');
    expect(reasonFor(r, 'Case.zip!/secret.log')).toMatch(/password-protected/);
    expect(r.files).toHaveLength(1);
  });

  it('stops at the nesting cap and still opens the shallower logs', async () => {
    let z = buildZip([{ name: 'deepest.log', data: 'deep\n' }]);
    for (let level = ZIP_LIMITS.maxDepth; level >= 1; level--) z = buildZip([{ name: `level${level}.log`, data: `${level}\n` }, { name: `nested${level}.zip`, data: z }]);
    const r = await expandZipBuffer(z, 'Case.zip');
    // Levels 1..maxDepth open; the zip that would be level maxDepth+1 is refused.
    expect(r.files.map((f) => f.name)).toEqual(Array.from({ length: ZIP_LIMITS.maxDepth }, (_, i) => `level${i + 1}.log`));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].reason).toMatch(/nested deeper than 3 levels/);
    expect(r.errors[0].path).toBe('Case.zip!/nested1.zip!/nested2.zip!/nested3.zip');
  });
});

describe('expandZipBuffer: zip bombs', () => {
  const small: ZipLimits = { ...ZIP_LIMITS, maxEntryBytes: 8 << 20, maxTotalBytes: 12 << 20, maxRatio: 100, ratioFloorBytes: 1 << 20, maxNestedZipBytes: 4 << 20 };
  const zeros = (n: number) => Buffer.alloc(n, 0x41);

  it('refuses an entry whose header shows a bomb ratio', async () => {
    const r = await expandZipBuffer(buildZip([{ name: 'bomb.log', data: zeros(4 << 20) }, good]), 'Case.zip', { limits: small });
    expect(reasonFor(r, 'Case.zip!/bomb.log')).toMatch(/ratio too high/);
    expect(r.files.map((f) => f.name)).toEqual(['WUAHandler.log']);
  });

  it('stops inflating an entry whose header lies about its size (counted while streaming)', async () => {
    const r = await expandZipBuffer(buildZip([{ name: 'bomb.log', data: zeros(4 << 20), declaredSize: 1000 }, good]), 'Case.zip', { limits: small });
    expect(reasonFor(r, 'Case.zip!/bomb.log')).toMatch(/zip bomb|headers are wrong/);
    expect(r.files.map((f) => f.name)).toEqual(['WUAHandler.log']);
  });

  it('stops at the per-entry cap even for an entry that compresses poorly', async () => {
    const noise = Buffer.from(Array.from({ length: 9 << 20 }, (_, i) => (i * 2654435761) >>> 24));
    const r = await expandZipBuffer(buildZip([{ name: 'huge.log', data: noise, declaredSize: 1000, method: 'store' }]), 'Case.zip', { limits: small });
    expect(r.files).toEqual([]);
    expect(r.errors.length).toBeGreaterThan(0);
  });

  it('enforces the total cap across entries and nested zips', async () => {
    const part = (i: number): FixtureEntry => ({ name: `part${i}.log`, data: Buffer.alloc(5 << 20, 0x30 + i), method: 'store' });
    const r = await expandZipBuffer(buildZip([part(1), part(2), part(3), part(4)]), 'Case.zip', { limits: { ...small, maxRatio: 1e9 } });
    expect(r.files.map((f) => f.name)).toEqual(['part1.log', 'part2.log']);
    expect(reasonFor(r, 'Case.zip!/part3.log')).toMatch(/more than 12582912 bytes in all/);
  });

  it('refuses a nested zip too big to inflate into memory, and opens its siblings', async () => {
    const inner = buildZip([{ name: 'in.log', data: Buffer.alloc(5 << 20, 0x41), method: 'store' }]);
    const r = await expandZipBuffer(buildZip([{ name: 'big.zip', data: inner, method: 'store' }, good]), 'Case.zip', { limits: small });
    expect(reasonFor(r, 'Case.zip!/big.zip')).toBe(`nested zip larger than ${4 << 20} bytes`);
    expect(r.files.map((f) => f.name)).toEqual(['WUAHandler.log']);
  });
});

describe('expandZipBuffer: damaged zips give a message, never an exception', () => {
  const zip = buildZip([good, { name: 'second.log', data: 'b\n' }]);

  it('reports a damaged central directory', async () => {
    const bad = Buffer.from(zip);
    bad.writeUInt32LE(0xdeadbeef, centralDirectoryOffset(bad));
    const r = await expandZipBuffer(bad, 'Case.zip');
    expect(r.errors[0].reason).toMatch(/central directory is damaged/);
  });

  it('reports a truncated zip', async () => {
    const r = await expandZipBuffer(zip.subarray(0, zip.length - 30), 'Case.zip');
    expect(r.files).toEqual([]);
    expect(r.errors[0].reason).toMatch(/not a zip, or its central directory is damaged/);
  });

  it('reports damaged compressed data for one entry and opens the other', async () => {
    const bad = Buffer.from(zip);
    // The first entry's deflate stream starts after the 30-byte header and its name.
    bad.fill(0xff, 30 + good.name.length, 30 + good.name.length + 8);
    const r = await expandZipBuffer(bad, 'Case.zip');
    expect(reasonFor(r, 'Case.zip!/CCM/Logs/WUAHandler.log')).toMatch(/damaged/);
    expect(r.files.map((f) => f.name)).toEqual(['second.log']);
  });

  it('survives random damage anywhere in the zip (fuzz)', async () => {
    const inner = buildZip([{ name: 'in.log', data: 'inner\n' }]);
    const base = buildZip([good, { name: 'n.zip', data: inner, method: 'store' }, { name: 'c.log', data: 'c\n'.repeat(50) }]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(base.length), async (edits, cut) => {
        const b = Buffer.from(base.subarray(0, Math.max(cut, base.length - 64)));
        for (const [at, v] of edits) if (at < b.length) b[at] = v;
        const r = await expandZipBuffer(b, 'F.zip');
        for (const f of r.files) await f.load();
        for (const e of r.errors) expect(e.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading only the head of some entries (fleet triage)', () => {
  it('inflates the head of the entries headOf names, marks them partial, and the rest whole, nested zips included', async () => {
    const big = 'x'.repeat(200_000) + '\n';
    const inner = buildZip([{ name: 'Inner.log', data: big }]);
    const z = buildZip([{ name: 'Keep.log', data: big }, { name: 'Other.log', data: big }, { name: 'nested.zip', data: inner }]);
    const r = await expandZipBuffer(z, 'H.zip', { headOf: (n) => (n === 'Keep.log' ? undefined : 4096) });
    const by = Object.fromEntries(await Promise.all(r.files.map(async (f) => [f.name, { size: f.size, got: (await f.load()).length, partial: f.partial ?? false }])));
    expect(by['Keep.log']).toEqual({ size: big.length, got: big.length, partial: false });
    expect(by['Other.log']).toEqual({ size: big.length, got: 4096, partial: true });
    expect(by['Inner.log']).toEqual({ size: big.length, got: 4096, partial: true });
    expect(r.errors).toEqual([]);
  });
});
