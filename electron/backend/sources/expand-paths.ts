// Turns what the user opened (files, folders, zips; local or UNC) into log files. Folders are walked a few
// levels deep (a customer's bundle nests CCM\Logs); every problem is reported per path and the rest goes on.
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expandZipFile } from './zip-reader';
import { isLogFileName, isZipFileName } from './log-file-names';
import type { ExpandResult, SourceFile } from './source-file';

const MAX_FOLDER_DEPTH = 4;
const MAX_FILES = 5_000;

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EBUSY':
      return 'the file is locked by another program';
    case 'EISDIR':
      return 'is a folder';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** Reads a whole file read-only. Node opens with shared read/write/delete access on Windows, so the writer keeps going. */
async function readWhole(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

function diskFile(path: string, size: number): SourceFile {
  return { source: path, name: basename(path), size, diskPath: path, load: () => readWhole(path) };
}

async function walkFolder(dir: string, depth: number, out: ExpandResult): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (e) {
    out.errors.push({ path: dir, reason: describeFsError(e) });
    return;
  }
  for (const name of names) {
    if (out.files.length >= MAX_FILES) {
      out.errors.push({ path: dir, reason: `more than ${MAX_FILES} logs: the rest were not opened` });
      return;
    }
    const full = join(dir, name);
    let st;
    try {
      st = await stat(full);
    } catch (e) {
      out.errors.push({ path: full, reason: describeFsError(e) });
      continue;
    }
    if (st.isDirectory()) {
      if (depth < MAX_FOLDER_DEPTH) await walkFolder(full, depth + 1, out);
    } else if (isZipFileName(name)) {
      const z = await expandZipFile(full, full);
      out.files.push(...z.files);
      out.errors.push(...z.errors);
    } else if (isLogFileName(name)) {
      out.files.push(diskFile(full, st.size));
    }
  }
}

export async function expandPaths(paths: readonly string[]): Promise<ExpandResult> {
  const out: ExpandResult = { files: [], errors: [] };
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      out.errors.push({ path: p, reason: describeFsError(e) });
      continue;
    }
    if (st.isDirectory()) {
      const before = out.files.length;
      await walkFolder(p, 0, out);
      if (out.files.length === before && !out.errors.some((x) => x.path.startsWith(p))) {
        out.errors.push({ path: p, reason: 'no logs (.log, .lo_, .txt or .zip) in this folder' });
      }
    } else if (isZipFileName(p) || (await startsWithZipMagic(p))) {
      const z = await expandZipFile(p, p);
      out.files.push(...z.files);
      out.errors.push(...z.errors);
    } else {
      // A file the user named explicitly is tried whatever its extension.
      out.files.push(diskFile(p, st.size));
    }
  }
  return out;
}

async function startsWithZipMagic(path: string): Promise<boolean> {
  try {
    const fh = await open(path, 'r');
    try {
      const b = Buffer.alloc(4);
      await fh.read(b, 0, 4, 0);
      return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
    } finally {
      await fh.close();
    }
  } catch {
    return false;
  }
}
