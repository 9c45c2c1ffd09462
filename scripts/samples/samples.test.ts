// The bundled samples are what their generator writes: regenerate with `npx tsx scripts/samples/write-samples.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleClientLogs } from './sample-client-logs';

describe('assets/samples', () => {
  it.each(Object.entries(sampleClientLogs()))('%s matches its generator', (rel, text) => {
    expect(readFileSync(join(__dirname, '..', '..', 'assets', 'samples', rel), 'utf8')).toBe(text);
  });
});
