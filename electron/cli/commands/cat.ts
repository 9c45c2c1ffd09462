// cmlens cat PATH… --json → NDJSON, one entry a line, every log under the paths in file order.
// Streams: each log is indexed (files on disk by the index workers, zip entries from their bytes), then its rows are
// decoded one by one from a window of the file, so a log past V8's string limit prints like a small one.
import { closeSync, openSync } from 'node:fs';
import { expandPaths } from '../../backend/sources/expand-paths';
import type { SourceFile } from '../../backend/sources/source-file';
import { indexFile } from '../../backend/index/file-indexer';
import { readFdAt } from '../../backend/index/read-at';
import { problem, problemText } from '../../../shared/api/messages';
import { indexBytes } from '../../../shared/index/index-bytes';
import type { EntryIndex } from '../../../shared/index/entry-index';
import type { LogShape } from '../../../shared/index/log-shape';
import { entryOfRow } from '../../../shared/index/row-text';
import type { LogEntry } from '../../../shared/model/log-entry';
import { formatIso } from '../../../shared/model/time';
import { readOrReport, reportBadInput } from '../cli-error';

/** Bytes read from a file at a time; a longer entry gets a window of its own. */
const WINDOW = 8 << 20;

interface Indexed {
  index: EntryIndex;
  shape: LogShape;
  /** The bytes of row r (a view of a window or of the bytes held in memory). */
  rowBytes(r: number): Uint8Array;
  close(): void;
}

async function indexSource(f: SourceFile): Promise<Indexed> {
  if (!f.diskPath) {
    const bytes = await f.load();
    const { index, shape } = indexBytes(bytes, f.name);
    return { index, shape, rowBytes: (r) => bytes.subarray(index.offset(r), index.offset(r) + index.length(r)), close: () => undefined };
  }
  const { index, shape } = await indexFile(f.diskPath, { fileName: f.name, workers: 2 });
  const fd = openSync(f.diskPath, 'r');
  let at = 0;
  let win: Buffer = Buffer.alloc(0);
  return {
    index,
    shape,
    rowBytes(r) {
      const off = index.offset(r);
      const len = index.length(r);
      if (off < at || off + len > at + win.length) {
        at = off;
        win = readFdAt(fd, off, Math.max(WINDOW, len));
      }
      return win.subarray(off - at, off - at + len);
    },
    close: () => closeSync(fd),
  };
}

function line(source: string, e: LogEntry, json: boolean): string {
  return json
    ? JSON.stringify({ source, line: e.line, time: formatIso(e), component: e.component, thread: e.thread, severity: e.severity, text: e.text }) + '\n'
    : `${formatIso(e) ?? '-'}\t${e.severity}\t${e.component ?? ''}\t${e.thread ?? ''}\t${e.text.replace(/\n/g, ' ⏎ ')}\n`;
}

export async function catCommand(paths: string[], json: boolean): Promise<void> {
  const { files, errors } = await expandPaths(paths);
  for (const err of errors) reportBadInput(err.path, err.reason);
  for (const f of files) {
    const src = await readOrReport(f.source, () => indexSource(f));
    if (!src) continue;
    try {
      if (src.shape.binary) {
        reportBadInput(f.source, problemText(problem('binary')));
        continue;
      }
      let out = '';
      for (let r = 0; r < src.index.count; r++) {
        out += line(f.source, entryOfRow(src.index, r, src.shape.format, src.shape, src.rowBytes(r)), json);
        // Hand stdout a chunk at a time: memory stays flat whatever the log's size.
        if (out.length > 1 << 20) {
          await write(out);
          out = '';
        }
      }
      await write(out);
    } finally {
      src.close();
    }
  }
}

function write(s: string): Promise<void> {
  return new Promise((resolve) => (s && !process.stdout.write(s) ? process.stdout.once('drain', resolve) : resolve()));
}
