// cmlens detect FILE → {"format","encoding"}. Reads only the head of the file and judges it as the app does
// (shared/formats/parse.ts detectBytes): detection needs no more.
import { basename } from 'node:path';
import { problem, problemText } from '../../../shared/api/messages';
import { detectBytes } from '../../../shared/formats/parse';
import { HEAD_BYTES } from '../../../shared/index/log-shape';
import { readOrReport, reportBadInput } from '../cli-error';
import { readHead } from '../../backend/sources/file-access';

export async function detectCommand(files: string[]): Promise<void> {
  for (const file of files) {
    const head = await readOrReport(file, () => readHead(file, HEAD_BYTES));
    if (!head) continue;
    if (head.length === 0) {
      reportBadInput(file, 'empty file');
      continue;
    }
    const { format, encoding, binary } = detectBytes(head, basename(file));
    if (binary) reportBadInput(file, problemText(problem('binary')));
    else process.stdout.write(JSON.stringify({ format, encoding }) + '\n');
  }
}
