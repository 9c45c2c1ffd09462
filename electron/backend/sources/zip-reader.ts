// Reads logs out of zips (and zips inside zips) in memory, with yauzl: nothing is ever extracted to disk.
// Hostile entries (path escapes, symlinks, encryption, bombs, too deep) are refused one by one with a reason;
// the rest of the zip still opens.
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { ZIP_LIMITS, type ZipLimits } from './zip-limits';
import { isLogFileName, isZipFileName } from './log-file-names';
import type { ExpandResult, SourceFile } from './source-file';

/** Shared across one opened zip and everything nested in it. */
interface ZipBudget {
  totalBytes: number;
}

export interface ZipReadOptions {
  /** 1 for a zip the user opened; each zip inside adds one. */
  depth?: number;
  limits?: ZipLimits;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const FLAG_ENCRYPTED = 0x1;

/**
 * The entry's name as a path inside the zip. yauzl's own decoding (decodeStrings) rejects the WHOLE zip on
 * the first bad name; we decode with its low-level helper and refuse that one entry instead.
 */
export function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown;
  if (typeof raw === 'string') return raw.replace(/\\/g, '/');
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw as Buffer, entry.extraFields, false);
}

type EntryFacts = Pick<Entry, 'externalFileAttributes' | 'generalPurposeBitFlag' | 'uncompressedSize' | 'compressedSize'> & { name: string };

/** Why an entry must not be read, or null. Pure; `name` already has backslashes turned into slashes. */
export function refuseEntry(entry: EntryFacts, limits: ZipLimits = ZIP_LIMITS): string | null {
  const name = entry.name;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'unsafe entry name (absolute path)';
  if (name.split('/').includes('..')) return 'unsafe entry name (climbs out with "..")';
  if (name.includes('\0')) return 'unsafe entry name (NUL character)';
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return 'symbolic link entry refused';
  if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED) return 'encrypted entry (password-protected zips are not supported)';
  if (entry.uncompressedSize > limits.maxEntryBytes) return `entry larger than ${limits.maxEntryBytes} bytes`;
  if (isBombRatio(entry.uncompressedSize, entry.compressedSize, limits)) return 'compression ratio too high (zip bomb?)';
  return null;
}

function isBombRatio(inflated: number, compressed: number, limits: ZipLimits): boolean {
  return inflated > limits.ratioFloorBytes && inflated / Math.max(1, compressed) > limits.maxRatio;
}

class LimitError extends Error {}

function readEntryBytes(zip: ZipFile, entry: Entry, budget: ZipBudget, limits: ZipLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      let got = 0;
      let failed = false;
      const stop = (reason: string): void => {
        failed = true;
        stream.destroy(new LimitError(reason));
      };
      stream.on('data', (c: Buffer) => {
        if (failed) return;
        got += c.length;
        budget.totalBytes += c.length;
        // Headers lie: count what really comes out of the inflater, and stop as soon as a cap is crossed.
        if (got > limits.maxEntryBytes) return stop(`inflates to more than ${limits.maxEntryBytes} bytes (zip bomb?)`);
        if (budget.totalBytes > limits.maxTotalBytes) return stop(`the zip inflates to more than ${limits.maxTotalBytes} bytes in all (zip bomb?)`);
        if (isBombRatio(got, entry.compressedSize, limits)) return stop('compression ratio too high (zip bomb?)');
        chunks.push(c);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks, got)));
    });
  });
}

/** yauzl's messages, in words a technician can act on. */
export function describeZipError(e: unknown): string {
  if (e instanceof LimitError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  if (/end of central directory/i.test(msg)) return 'not a zip, or its central directory is damaged';
  if (/central directory file header signature/i.test(msg)) return 'the zip\'s central directory is damaged';
  if (/too many bytes in the stream|not enough bytes in the stream|size mismatch/i.test(msg)) return `sizes in the zip's headers are wrong (damaged or hostile zip): ${msg}`;
  if (/crc32/i.test(msg)) return 'the entry is damaged (checksum mismatch)';
  if (/invalid (stored|distance|code|block)|unexpected end|incorrect header|invalid literal/i.test(msg)) return `the entry's compressed data is damaged: ${msg}`;
  if (/overflows file bounds|unexpected EOF|truncated/i.test(msg)) return `the zip is truncated or damaged: ${msg}`;
  return `broken zip: ${msg}`;
}

async function expandOpenZip(zip: ZipFile, prefix: string, depth: number, budget: ZipBudget, limits: ZipLimits): Promise<ExpandResult> {
  const out: ExpandResult = { files: [], errors: [] };
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return { files: [], errors: [{ path: prefix, reason: `too many entries (${zip.entryCount} > ${limits.maxEntries})` }] };
  }
  try {
    for await (const entry of zip.eachEntry()) {
      const fileName = entryName(entry);
      if (fileName.endsWith('/')) continue;
      const source = `${prefix}!/${fileName}`;
      const name = fileName.split('/').pop() ?? fileName;
      const isZip = isZipFileName(name);
      if (!isZip && !isLogFileName(name)) continue;
      const refusal = refuseEntry({ ...entry, name: fileName }, limits);
      if (refusal) {
        out.errors.push({ path: source, reason: refusal });
        continue;
      }
      if (isZip) {
        if (depth + 1 > limits.maxDepth) {
          out.errors.push({ path: source, reason: `zips nested deeper than ${limits.maxDepth} levels are not opened` });
          continue;
        }
        if (entry.uncompressedSize > limits.maxNestedZipBytes) {
          out.errors.push({ path: source, reason: `nested zip larger than ${limits.maxNestedZipBytes} bytes` });
          continue;
        }
      }
      if (budget.totalBytes + entry.uncompressedSize > limits.maxTotalBytes) {
        out.errors.push({ path: source, reason: `not opened: the zip inflates to more than ${limits.maxTotalBytes} bytes in all` });
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readEntryBytes(zip, entry, budget, limits);
      } catch (e) {
        out.errors.push({ path: source, reason: describeZipError(e) });
        if (budget.totalBytes > limits.maxTotalBytes) break;
        continue;
      }
      if (isZip) {
        const inner = await expandZipBuffer(bytes, source, { depth: depth + 1, limits }, budget);
        out.files.push(...inner.files);
        out.errors.push(...inner.errors);
      } else {
        out.files.push({ source, name, size: bytes.length, load: async () => bytes });
      }
    }
  } catch (e) {
    out.errors.push({ path: prefix, reason: describeZipError(e) });
  } finally {
    zip.close();
  }
  return out;
}

// decodeStrings: false (see entryName); validateEntrySizes: yauzl also checks real sizes against the headers.
const OPTIONS = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: false } as const;

/** Reads a zip held in memory (a nested zip, or a test's). Never throws: problems come back in `errors`. */
export async function expandZipBuffer(bytes: Buffer, source: string, opts: ZipReadOptions = {}, budget: ZipBudget = { totalBytes: 0 }): Promise<ExpandResult> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, OPTIONS);
  } catch (e) {
    return { files: [], errors: [{ path: source, reason: describeZipError(e) }] };
  }
  return expandOpenZip(zip, source, opts.depth ?? 1, budget, opts.limits ?? ZIP_LIMITS);
}

/** Opens a zip on disk (read-only) and returns its logs, nested zips included. Never throws. */
export async function expandZipFile(diskPath: string, source: string, opts: ZipReadOptions = {}): Promise<ExpandResult> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(diskPath, OPTIONS);
  } catch (e) {
    return { files: [], errors: [{ path: source, reason: e instanceof Error && 'code' in e ? describeFsCode(e) : describeZipError(e) }] };
  }
  return expandOpenZip(zip, source, opts.depth ?? 1, { totalBytes: 0 }, opts.limits ?? ZIP_LIMITS);
}

function describeFsCode(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or folder';
  return e.message;
}

export type { SourceFile };
