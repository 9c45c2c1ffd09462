// The bundled samples are what their generator writes: regenerate with `npx tsx scripts/write-samples.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleClientLogs } from '../shared/test-support/sets';

describe('assets/samples', () => {
  it.each(Object.entries(sampleClientLogs()))('%s matches its generator', (rel, text) => {
    expect(readFileSync(join(__dirname, '..', 'assets', 'samples', rel), 'utf8')).toBe(text);
  });
});
