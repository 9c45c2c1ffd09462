// Saving an export where the user chose (desktop: main shows the save dialog): the chunks written as they come,
// so a big view never sits whole in memory. An open log is never the target: logs are read-only to CMLens.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { resolve } from 'node:path';
import type { LogInfo } from '../../../shared/api/contract';
import type { ExportFile } from './export-file';
import { RequestError } from '../request-error';

/** Asks where to save (suggested name); null when the user cancels. */
export type PickSavePath = (suggestedName: string) => Promise<string | null>;

export async function saveExport(file: ExportFile, pick: PickSavePath, open: readonly LogInfo[]): Promise<{ saved: boolean; path: string | null }> {
  const path = await pick(file.fileName);
  if (!path) return { saved: false, path: null };
  const target = resolve(path).toLowerCase();
  if (open.some((l) => l.parts.some((p) => resolve(p).toLowerCase() === target))) {
    throw new RequestError(`${path} is an open log; logs are never written: choose another file`);
  }
  // Backpressure, a write error (disk full, no permission) and the close are pipeline's: an error stops the export.
  await pipeline(Readable.from(file.chunks()), createWriteStream(path));
  return { saved: true, path };
}
