// cmlens detect FILE → {"format","encoding"}. Reads only the head of the file: detection needs no more.
import { basename } from 'node:path';
import { detectFormat, HEAD_LINES } from '../../../shared/formats/detect';
import { decodeBytes, detectEncoding, looksBinary } from '../../../shared/formats/encoding';
import { splitLines } from '../../../shared/formats/lines';
import { reportBadInput } from '../cli-error';
import { describeFsError, readHead } from '../../backend/sources/file-access';

const HEAD_BYTES = 256 * 1024;

export async function detectCommand(files: string[]): Promise<void> {
  for (const file of files) {
    let head: Buffer;
    try {
      head = await readHead(file, HEAD_BYTES);
    } catch (e) {
      reportBadInput(file, describeFsError(e));
      continue;
    }
    const encoding = detectEncoding(head);
    if (head.length === 0) {
      reportBadInput(file, 'empty file');
      continue;
    }
    if (looksBinary(head, encoding)) {
      reportBadInput(file, 'not a text log (binary content)');
      continue;
    }
    const lines = splitLines(decodeBytes(head, encoding)).slice(0, HEAD_LINES);
    process.stdout.write(JSON.stringify({ format: detectFormat(lines, basename(file)), encoding }) + '\n');
  }
}
