// A file dropped in browser mode arrives as bytes with a name and no path: it becomes source files exactly as
// an opened path would (a zip by name or by its PK magic, read in memory with the same caps; else one log).
import { DROPPED_PREFIX } from '../../../shared/api/upload';
import { expandZipBuffer } from './zip-reader';
import { isZipFileName, startsWithZipMagic } from './log-file-names';
import type { ExpandResult } from './source-file';

/** Never throws: zip problems come back per entry in `errors`. `name` is already cleaned (cleanUploadName). */
export async function expandDropped(name: string, bytes: Buffer): Promise<ExpandResult> {
  const source = `${DROPPED_PREFIX}${name}`;
  if (isZipFileName(name) || startsWithZipMagic(bytes)) return expandZipBuffer(bytes, source);
  // Like a file the user named explicitly: tried whatever its extension; the parser says if it is no text log.
  return { files: [{ source, name, size: bytes.length, load: async () => bytes }], errors: [] };
}
