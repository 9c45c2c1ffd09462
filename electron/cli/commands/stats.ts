// cmlens stats FILE → {"format","encoding","bytes","entries","lines","indexMs","indexBytes"}
// Builds the index once, as the app does, and reports what it cost.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseBytes } from '../../../shared/formats/parse';
import { reportBadInput } from '../cli-error';
import { describeReadError } from '../read-error';

export async function statsCommand(files: string[]): Promise<void> {
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      reportBadInput(file, describeReadError(e));
      continue;
    }
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const parsed = parseBytes(bytes, basename(file));
    const indexMs = performance.now() - t0;
    if (parsed.entries.length === 0 && parsed.problems.length) {
      reportBadInput(file, parsed.problems[0]);
      continue;
    }
    const indexBytes = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
    process.stdout.write(
      JSON.stringify({
        format: parsed.format,
        encoding: parsed.encoding,
        bytes: bytes.length,
        entries: parsed.entries.length,
        lines: parsed.lineCount,
        indexMs: Math.round(indexMs * 10) / 10,
        indexBytes,
      }) + '\n',
    );
  }
}
