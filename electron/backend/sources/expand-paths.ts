// Turns what the user opened (files, folders, zips; local or UNC; a file dropped in browser mode) into log files.
// Folders are walked a few levels deep (a customer's bundle nests CCM\Logs); every problem is reported per path and
// the rest goes on. Only regular files are read: a FIFO, device or socket named X.log would block or never end.
import { basename, join, resolve } from 'node:path';
import { DROPPED_PREFIX } from '../../../shared/api/upload';
import { expandZipBuffer, expandZipFile, type ZipReadOptions } from './zip-reader';
import { isLogFileName, isZipFileName, startsWithZipMagic } from './log-file-names';
import { fsProblem, nodeFileAccess, readHead, readWholeFile, type FileAccess } from './file-access';
import { problem } from '../../../shared/api/messages';
import { sourceError, type ExpandResult } from './source-file';

const MAX_FOLDER_DEPTH = 4;
const MAX_FILES = 5_000;

export interface ExpandOptions {
  /** The file-system seam (tests inject failures through it). */
  access?: FileAccess;
  /** Passed to every zip read (fleet triage: only the head of logs it will not parse). */
  headOf?: ZipReadOptions['headOf'];
}

interface Walk {
  out: ExpandResult;
  /** Resolved paths already taken: the same file given twice, or inside a folder also given, opens once. */
  seen: Set<string>;
  access: FileAccess;
  headOf: ZipReadOptions['headOf'];
  /** Logs and zips met, duplicates included (a folder whose logs were all given already is not "empty"). */
  met: number;
}

function firstTime(w: Walk, path: string): boolean {
  const key = process.platform === 'win32' ? resolve(path).toLowerCase() : resolve(path);
  if (w.seen.has(key)) return false;
  w.seen.add(key);
  return true;
}

async function walkFolder(w: Walk, dir: string, depth: number): Promise<void> {
  let names: string[];
  try {
    names = (await w.access.readdir(dir)).sort();
  } catch (e) {
    w.out.errors.push(sourceError(dir, fsProblem(e)));
    return;
  }
  for (const name of names) {
    if (w.out.files.length >= MAX_FILES) {
      w.out.errors.push(sourceError(dir, problem('tooManyLogs', { max: MAX_FILES })));
      return;
    }
    await addPath(w, join(dir, name), depth);
  }
}

/** Never throws: every path that cannot be opened comes back in `errors` with a reason in plain words. */
export async function expandPaths(paths: readonly string[], opts: ExpandOptions = {}): Promise<ExpandResult> {
  const w: Walk = { out: { files: [], errors: [] }, seen: new Set(), met: 0, access: opts.access ?? nodeFileAccess, headOf: opts.headOf };
  for (const p of paths) {
    try {
      await addPath(w, p, null);
    } catch (e) {
      // Belt and braces: whatever slipped through is this path's problem, not the app's.
      w.out.errors.push(sourceError(p, fsProblem(e)));
    }
  }
  return w.out;
}

/**
 * A path the user gave (`depth` null: tried whatever its name, a zip known by its magic too, a folder without logs
 * reported), or one met in a folder at `depth` (only logs, zips and folders count).
 */
async function addPath(w: Walk, path: string, depth: number | null): Promise<void> {
  const given = depth === null;
  const name = basename(path);
  const isZip = isZipFileName(name);
  // Unreadable entries of a folder that are not logs are none of the user's business.
  const matters = given || isZip || isLogFileName(name);
  let st;
  try {
    st = await w.access.stat(path);
  } catch (e) {
    if (matters) w.out.errors.push(sourceError(path, fsProblem(e)));
    return;
  }
  if (st.isDirectory()) {
    if (!given) {
      if (depth < MAX_FOLDER_DEPTH) await walkFolder(w, path, depth + 1);
    } else if (firstTime(w, path)) {
      const metBefore = w.met;
      const errorsBefore = w.out.errors.length;
      await walkFolder(w, path, 0);
      if (w.met === metBefore && w.out.errors.length === errorsBefore) w.out.errors.push(sourceError(path, problem('noLogs')));
    }
  } else if (!st.isFile()) {
    if (matters) w.out.errors.push(sourceError(path, problem('notRegular')));
  } else if (matters) {
    w.met++;
    if (!firstTime(w, path)) return;
    if (isZip || (given && startsWithZipMagic(await readHead(path, 4, w.access).catch(() => Buffer.alloc(0))))) {
      const z = await expandZipFile(path, path, { headOf: w.headOf });
      w.out.files.push(...z.files);
      w.out.errors.push(...z.errors);
    } else w.out.files.push({ source: path, name, size: st.size, diskPath: path, load: () => readWholeFile(path, w.access) });
  }
}

/**
 * A file dropped in browser mode: bytes with a name and no path, shown as `dropped:/<name>`; a zip (by name or by its
 * PK magic, read in memory with the same caps) or one log. Never throws. `name` is already cleaned (cleanUploadName).
 */
export async function expandDropped(name: string, bytes: Buffer): Promise<ExpandResult> {
  const source = `${DROPPED_PREFIX}${name}`;
  if (isZipFileName(name) || startsWithZipMagic(bytes)) return expandZipBuffer(bytes, source);
  // Like a file the user named explicitly: tried whatever its extension; the parser says if it is no text log.
  return { files: [{ source, name, size: bytes.length, load: async () => bytes }], errors: [] };
}
