// Reads logs out of zips (and zips inside zips) in memory, with yauzl: nothing is ever extracted to disk.
// Hostile entries (path escapes, symlinks, encryption, bombs, too deep) are refused one by one with a reason;
// the rest of the zip still opens.
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { ZIP_LIMITS } from './zip-limits';
import { isLogFileName, isZipFileName } from './log-file-names';
import type { ExpandResult, SourceFile } from './source-file';

/** Shared across one opened zip and everything nested in it. */
interface ZipBudget {
  totalBytes: number;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Why an entry must not be read, or null. Pure; exported for tests. */
export function refuseEntry(entry: Pick<Entry, 'fileName' | 'externalFileAttributes' | 'generalPurposeBitFlag' | 'uncompressedSize' | 'compressedSize'>): string | null {
  const nameError = yauzl.validateFileName(entry.fileName);
  if (nameError) return `unsafe entry name (${nameError})`;
  if (/^[a-zA-Z]:/.test(entry.fileName)) return 'unsafe entry name (absolute path)';
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return 'symbolic link entry refused';
  if (entry.generalPurposeBitFlag & 0x1) return 'encrypted entry (password-protected zips are not supported)';
  if (entry.uncompressedSize > ZIP_LIMITS.maxEntryBytes) return `entry larger than ${ZIP_LIMITS.maxEntryBytes} bytes`;
  if (entry.uncompressedSize > ZIP_LIMITS.ratioFloorBytes && entry.uncompressedSize / Math.max(1, entry.compressedSize) > ZIP_LIMITS.maxRatio) {
    return 'compression ratio too high (zip bomb?)';
  }
  return null;
}

function readEntryBytes(zip: ZipFile, entry: Entry, budget: ZipBudget): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      let got = 0;
      stream.on('data', (c: Buffer) => {
        got += c.length;
        budget.totalBytes += c.length;
        // The header may lie about sizes: count what really comes out.
        if (got > ZIP_LIMITS.maxEntryBytes || budget.totalBytes > ZIP_LIMITS.maxTotalBytes) {
          stream.destroy(new Error('inflated size over the limit (zip bomb?)'));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks, got)));
    });
  });
}

function describeZipError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/end of central directory/i.test(msg)) return 'not a zip, or its central directory is damaged';
  return `broken zip: ${msg}`;
}

async function expandOpenZip(zip: ZipFile, prefix: string, depth: number, budget: ZipBudget): Promise<ExpandResult> {
  const out: ExpandResult = { files: [], errors: [] };
  if (zip.entryCount > ZIP_LIMITS.maxEntries) {
    zip.close();
    return { files: [], errors: [{ path: prefix, reason: `too many entries (${zip.entryCount} > ${ZIP_LIMITS.maxEntries})` }] };
  }
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      const source = `${prefix}!/${entry.fileName}`;
      const name = entry.fileName.split('/').pop() ?? entry.fileName;
      const isZip = isZipFileName(name);
      if (!isZip && !isLogFileName(name)) continue;
      const refusal = refuseEntry(entry);
      if (refusal) {
        out.errors.push({ path: source, reason: refusal });
        continue;
      }
      if (isZip) {
        if (depth + 1 > ZIP_LIMITS.maxDepth) {
          out.errors.push({ path: source, reason: `zips nested deeper than ${ZIP_LIMITS.maxDepth} levels are not opened` });
          continue;
        }
        if (entry.uncompressedSize > ZIP_LIMITS.maxNestedZipBytes) {
          out.errors.push({ path: source, reason: `nested zip larger than ${ZIP_LIMITS.maxNestedZipBytes} bytes` });
          continue;
        }
      }
      let bytes: Buffer;
      try {
        bytes = await readEntryBytes(zip, entry, budget);
      } catch (e) {
        out.errors.push({ path: source, reason: e instanceof Error ? e.message : String(e) });
        if (budget.totalBytes > ZIP_LIMITS.maxTotalBytes) break;
        continue;
      }
      if (isZip) {
        const inner = await expandZipBuffer(bytes, source, depth + 1, budget);
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

const OPTIONS = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false } as const;

export async function expandZipBuffer(bytes: Buffer, source: string, depth: number, budget: ZipBudget = { totalBytes: 0 }): Promise<ExpandResult> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, OPTIONS);
  } catch (e) {
    return { files: [], errors: [{ path: source, reason: describeZipError(e) }] };
  }
  return expandOpenZip(zip, source, depth, budget);
}

/** Opens a zip on disk (read-only) and returns its logs, nested zips included. */
export async function expandZipFile(diskPath: string, source: string): Promise<ExpandResult> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(diskPath, OPTIONS);
  } catch (e) {
    return { files: [], errors: [{ path: source, reason: describeZipError(e) }] };
  }
  return expandOpenZip(zip, source, 1, { totalBytes: 0 });
}

export type { SourceFile };
