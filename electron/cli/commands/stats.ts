// cmlens stats FILE → {"format","encoding","bytes","entries","lines","indexMs","indexBytes"}
// Builds the columnar index once, with the same indexFile (and its workers) the app uses for big logs, and
// reports what it cost: indexBytes is what the index keeps resident.
import { basename } from 'node:path';
import { indexFile } from '../../backend/index/file-indexer';
import { readOrReport, reportBadInput } from '../cli-error';

export async function statsCommand(files: string[]): Promise<void> {
  for (const file of files) {
    const t0 = performance.now();
    const indexed = await readOrReport(file, () => indexFile(file, { fileName: basename(file), workers: 2 }));
    if (!indexed) continue;
    const indexMs = performance.now() - t0;
    const { shape, index } = indexed;
    if (shape.binary) {
      reportBadInput(file, `${basename(file)}: not a text log (binary content)`);
      continue;
    }
    process.stdout.write(
      JSON.stringify({
        format: shape.format,
        encoding: shape.encoding,
        bytes: indexed.bytes,
        entries: index.count,
        lines: index.endLine,
        indexMs: Math.round(indexMs * 10) / 10,
        indexBytes: index.residentBytes(),
      }) + '\n',
    );
  }
}
