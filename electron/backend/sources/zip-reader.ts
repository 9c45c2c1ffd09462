// Reads logs out of zips (and zips inside zips) in memory, with yauzl: nothing is ever extracted to disk.
// Hostile entries (path escapes, symlinks, encryption, bombs, too deep) are refused one by one with a reason;
// the rest of the zip still opens.
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { isLogFileName, isZipFileName } from './log-file-names';
import { problem, type Problem } from '../../../shared/api/messages';
import { FileError, fsProblem } from './file-access';
import { sourceError, type ExpandResult } from './source-file';

// Caps that keep a hostile or broken zip from exhausting memory: logs arrive by email from customers.
// Checked while streaming (bytes really inflated are counted), not just from headers, which lie.
export const ZIP_LIMITS = Object.freeze({
  /** Zips inside zips, e.g. a Support Center bundle holding a CCM Logs zip (the opened zip is level 1). */
  maxDepth: 3,
  maxEntries: 20_000,
  /** One entry's inflated size. */
  maxEntryBytes: 2 * 1024 ** 3,
  /** All entries of one opened zip, nested ones included. */
  maxTotalBytes: 8 * 1024 ** 3,
  /** Inflated/compressed ratio above which an entry larger than `ratioFloorBytes` is a bomb. Logs compress ~10-30x. */
  maxRatio: 1000,
  ratioFloorBytes: 16 * 1024 ** 2,
  /** A nested zip is inflated into memory before it is read: keep that bounded. */
  maxNestedZipBytes: 1024 ** 3,
});

/** The caps as options (tests use smaller ones). */
export type ZipLimits = Record<keyof typeof ZIP_LIMITS, number>;

/** Shared across one opened zip and everything nested in it. */
interface ZipBudget {
  totalBytes: number;
}

export interface ZipReadOptions {
  /** 1 for a zip the user opened; each zip inside adds one. */
  depth?: number;
  limits?: ZipLimits;
  /**
   * How many bytes of a log entry to inflate, by its name (undefined: all of it). Fleet triage reads only the head of
   * the logs it will not parse, so a client's zip costs its pipeline logs, not its hundred others.
   */
  headOf?: (name: string) => number | undefined;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const FLAG_ENCRYPTED = 0x1;

/**
 * The entry's name as a path inside the zip. yauzl's own decoding (decodeStrings) rejects the WHOLE zip on
 * the first bad name; we decode with its low-level helper and refuse that one entry instead.
 */
function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown;
  if (typeof raw === 'string') return raw.replace(/\\/g, '/');
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw as Buffer, entry.extraFields, false);
}

type EntryFacts = Pick<Entry, 'externalFileAttributes' | 'generalPurposeBitFlag' | 'uncompressedSize' | 'compressedSize'> & { name: string };

/**
 * Why an entry must not be read, or null. Pure; `name` already has backslashes turned into slashes. `depth`: the
 * zip's own; `spent`: what this zip and its nesting have inflated so far.
 */
function refuseEntry(entry: EntryFacts, isZip: boolean, depth: number, spent: number, limits: ZipLimits): Problem | null {
  const name = entry.name;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return problem('zipAbsoluteName');
  if (name.split('/').includes('..')) return problem('zipClimbingName');
  if (name.includes('\0')) return problem('zipNulName');
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return problem('zipSymlink');
  if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED) return problem('zipEncrypted');
  if (entry.uncompressedSize > limits.maxEntryBytes) return problem('zipEntryTooBig', { max: limits.maxEntryBytes });
  if (isBombRatio(entry.uncompressedSize, entry.compressedSize, limits)) return problem('zipRatio');
  if (isZip && depth + 1 > limits.maxDepth) return problem('zipTooDeep', { max: limits.maxDepth });
  if (isZip && entry.uncompressedSize > limits.maxNestedZipBytes) return problem('zipNestedTooBig', { max: limits.maxNestedZipBytes });
  if (spent + entry.uncompressedSize > limits.maxTotalBytes) return problem('zipTotalTooBig', { max: limits.maxTotalBytes });
  return null;
}

function isBombRatio(inflated: number, compressed: number, limits: ZipLimits): boolean {
  return inflated > limits.ratioFloorBytes && inflated / Math.max(1, compressed) > limits.maxRatio;
}

async function readEntryBytes(zip: ZipFile, entry: Entry, budget: ZipBudget, limits: ZipLimits, maxBytes = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let got = 0;
  // Leaving the loop (a cap crossed, or enough of the head) destroys the stream: nothing more is inflated.
  for await (const c of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) {
    got += c.length;
    budget.totalBytes += c.length;
    // Headers lie: count what really comes out of the inflater, and stop as soon as a cap is crossed.
    if (got > limits.maxEntryBytes) throw new FileError(problem('zipEntryInflatesTooMuch', { max: limits.maxEntryBytes }));
    if (budget.totalBytes > limits.maxTotalBytes) throw new FileError(problem('zipTotalTooBig', { max: limits.maxTotalBytes }));
    if (isBombRatio(got, entry.compressedSize, limits)) throw new FileError(problem('zipRatio'));
    chunks.push(c);
    if (got >= maxBytes) break;
  }
  return Buffer.concat(chunks, got).subarray(0, maxBytes);
}

/** yauzl's messages, in words a technician can act on. */
function describeZipError(e: unknown): Problem {
  if (e instanceof FileError) return e.problem;
  const why = e instanceof Error ? e.message : String(e);
  if (/end of central directory/i.test(why)) return problem('zipNotZip');
  if (/central directory file header signature/i.test(why)) return problem('zipDirectoryDamaged');
  if (/too many bytes in the stream|not enough bytes in the stream|size mismatch/i.test(why)) return problem('zipSizesWrong', { why });
  if (/crc32/i.test(why)) return problem('zipChecksum');
  if (/invalid (stored|distance|code|block)|unexpected end|incorrect header|invalid literal/i.test(why)) return problem('zipDataDamaged', { why });
  if (/overflows file bounds|unexpected EOF|truncated/i.test(why)) return problem('zipTruncated', { why });
  return problem('zipBroken', { why });
}

// decodeStrings: false (see entryName); validateEntrySizes: yauzl also checks real sizes against the headers.
const OPTIONS = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: false } as const;

/** Reads a zip held in memory (a nested zip, or a test's). Never throws: problems come back in `errors`. */
export function expandZipBuffer(bytes: Buffer, source: string, opts: ZipReadOptions = {}, budget: ZipBudget = { totalBytes: 0 }): Promise<ExpandResult> {
  return expandZip(() => yauzl.fromBufferPromise(bytes, OPTIONS), describeZipError, source, opts, budget);
}

/** Opens a zip on disk (read-only) and returns its logs, nested zips included. Never throws. */
export function expandZipFile(diskPath: string, source: string, opts: ZipReadOptions = {}): Promise<ExpandResult> {
  // A file that cannot be opened says why as any file does; one that opens is judged as a zip.
  const whyNot = (e: unknown) => (e instanceof Error && 'code' in e ? fsProblem(e) : describeZipError(e));
  return expandZip(() => yauzl.openPromise(diskPath, OPTIONS), whyNot, source, opts, { totalBytes: 0 });
}

async function expandZip(openZip: () => Promise<ZipFile>, whyNot: (e: unknown) => Problem, prefix: string, opts: ZipReadOptions, budget: ZipBudget): Promise<ExpandResult> {
  let zip: ZipFile;
  try {
    zip = await openZip();
  } catch (e) {
    return { files: [], errors: [sourceError(prefix, whyNot(e))] };
  }
  const { depth = 1, limits = ZIP_LIMITS, headOf } = opts;
  const out: ExpandResult = { files: [], errors: [] };
  try {
    if (zip.entryCount > limits.maxEntries) return { files: [], errors: [sourceError(prefix, problem('zipTooManyEntries', { count: zip.entryCount, max: limits.maxEntries }))] };
    for await (const entry of zip.eachEntry()) {
      const fileName = entryName(entry);
      if (fileName.endsWith('/')) continue;
      const source = `${prefix}!/${fileName}`;
      const name = fileName.split('/').pop() ?? fileName;
      const isZip = isZipFileName(name);
      if (!isZip && !isLogFileName(name)) continue;
      const refusal = refuseEntry({ ...entry, name: fileName }, isZip, depth, budget.totalBytes, limits);
      if (refusal) {
        out.errors.push(sourceError(source, refusal));
        continue;
      }
      let bytes: Buffer;
      const head = isZip ? undefined : headOf?.(name);
      try {
        bytes = await readEntryBytes(zip, entry, budget, limits, head);
      } catch (e) {
        out.errors.push(sourceError(source, describeZipError(e)));
        if (budget.totalBytes > limits.maxTotalBytes) break;
        continue;
      }
      if (isZip) {
        const inner = await expandZipBuffer(bytes, source, { ...opts, depth: depth + 1 }, budget);
        out.files.push(...inner.files);
        out.errors.push(...inner.errors);
      } else {
        const partial = head !== undefined && bytes.length < entry.uncompressedSize;
        out.files.push({ source, name, size: partial ? entry.uncompressedSize : bytes.length, load: async () => bytes, ...(partial ? { partial } : {}) });
      }
    }
  } catch (e) {
    out.errors.push(sourceError(prefix, describeZipError(e)));
  } finally {
    zip.close();
  }
  return out;
}

