// cmlens cat PATH… --json → NDJSON, one entry a line, every log under the paths in file order.
import { expandPaths } from '../../backend/sources/expand-paths';
import { parseBytes } from '../../../shared/formats/parse';
import { formatIso } from '../../../shared/model/time';
import { reportBadInput } from '../cli-error';
import { describeFsError } from '../../backend/sources/file-access';
import { problemText } from '../../../shared/api/messages';

export async function catCommand(paths: string[], json: boolean): Promise<void> {
  const { files, errors } = await expandPaths(paths);
  for (const err of errors) reportBadInput(err.path, err.reason);
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = await f.load();
    } catch (e) {
      reportBadInput(f.source, describeFsError(e));
      continue;
    }
    const parsed = parseBytes(bytes, f.name);
    if (parsed.entries.length === 0 && parsed.problems.length) {
      reportBadInput(f.source, problemText(parsed.problems[0]));
      continue;
    }
    let out = '';
    for (const e of parsed.entries) {
      out += json
        ? JSON.stringify({ source: f.source, line: e.line, time: formatIso(e), component: e.component, thread: e.thread, severity: e.severity, text: e.text }) + '\n'
        : `${formatIso(e) ?? '-'}\t${e.severity}\t${e.component ?? ''}\t${e.thread ?? ''}\t${e.text.replace(/\n/g, ' ⏎ ')}\n`;
      // Large logs: hand the chunk to stdout before it grows without bound.
      if (out.length > 1 << 20) {
        await write(out);
        out = '';
      }
    }
    await write(out);
  }
}

function write(s: string): Promise<void> {
  return new Promise((resolve) => (s && !process.stdout.write(s) ? process.stdout.once('drain', resolve) : resolve()));
}
