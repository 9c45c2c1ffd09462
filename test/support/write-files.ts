// A fixture set written to disk as a client's folder: `files` maps relative paths to their text.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the files under `root` (created as needed); returns root. */
export function writeFiles(root: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

/** The files under a fresh temp folder named `name` (a set is named after its folder). */
export function writeFolder(name: string, files: Record<string, string>): string {
  return writeFiles(join(mkdtempSync(join(tmpdir(), 'cmlens-set-')), name), files);
}
