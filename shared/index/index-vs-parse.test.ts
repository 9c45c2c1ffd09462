// The index must equal the naive parse (parse.ts: whole text, split, the format's parser) on every corpus file,
// fed whole and fed in small chunks (the file indexer's and the tailer's chunk boundaries).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../formats/parse';
import type { LogEntry } from '../model/log-entry';
import { corpusFiles, hasCorpus } from '../../test/support/corpus';
import { EntryIndex } from './entry-index';
import { indexBytes } from './index-bytes';
import { indexerFor } from './indexer-for';
import { entryOfRow } from './row-text';
import { sniffLog } from './log-shape';
import { feedInChunks } from '../../test/support/index/feed-in-chunks';

function rowsOf(bytes: Buffer, index: EntryIndex, format: Parameters<typeof entryOfRow>[2], shape: Parameters<typeof entryOfRow>[3]): LogEntry[] {
  const out: LogEntry[] = [];
  for (let r = 0; r < index.count; r++) {
    const off = index.offset(r);
    out.push(entryOfRow(index, r, format, shape, bytes.subarray(off, off + index.length(r))));
  }
  return out;
}

describe.skipIf(!hasCorpus)('index equals the naive parse on the corpus', () => {
  for (const f of corpusFiles()) {
    it(f.file, () => {
      const bytes = readFileSync(f.path);
      const naive = parseBytes(bytes, f.file);
      const { shape, index } = indexBytes(bytes, f.file);
      expect(shape.format).toBe(naive.format);
      expect(index.count).toBe(naive.entries.length);
      expect(index.endLine).toBe(naive.lineCount);
      expect(rowsOf(bytes, index, shape.format, shape)).toEqual(naive.entries);
    });

    it(`${f.file} fed in 4 KiB chunks`, () => {
      const bytes = readFileSync(f.path);
      const naive = parseBytes(bytes, f.file);
      const shape = sniffLog(bytes, f.file);
      const index = new EntryIndex();
      feedInChunks(indexerFor(shape.format, index, shape.unitSize), bytes, shape, 4096);
      expect(index.count).toBe(naive.entries.length);
      const rows = rowsOf(bytes, index, shape.format, shape);
      // Field by field on the first difference, for a readable failure.
      for (let i = 0; i < rows.length; i++) if (JSON.stringify(rows[i]) !== JSON.stringify(naive.entries[i])) expect(rows[i]).toEqual(naive.entries[i]);
    });
  }
});
