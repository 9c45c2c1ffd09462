// Where the real public logs live (../shared/corpus beside the project). Tests use them when the folder
// exists, as CI always has it; elsewhere they say so loudly instead of passing quietly.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(__dirname, '../../../shared/corpus');
export const hasCorpus = existsSync(join(CORPUS_DIR, 'MANIFEST.tsv'));

if (!hasCorpus) {
  // Visible in every test run that imports this module.
  console.warn(`\n*** ../shared/corpus not found at ${CORPUS_DIR}: corpus tests are SKIPPED; fixtures still run ***\n`);
}

export interface CorpusFile {
  file: string;
  path: string;
  /** The MANIFEST's format column (free text). */
  formatNote: string;
  lines: number;
  notes: string;
}

export function corpusFiles(): CorpusFile[] {
  if (!hasCorpus) return [];
  const rows = readFileSync(join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((r) => {
    const c = r.split('\t');
    return { file: c[0], path: join(CORPUS_DIR, c[0]), formatNote: c[5], lines: Number(c[6]), notes: c[7] };
  });
}
