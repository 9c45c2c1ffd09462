// Writes the bundled sample client logs (assets/samples/) from their generator, so the samples and the
// fixture the tests diagnose are one thing. Run: npx tsx scripts/samples/write-samples.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sampleClientLogs } from './sample-client-logs';

const root = join(__dirname, '..', '..', 'assets', 'samples');
rmSync(root, { recursive: true, force: true });
for (const [rel, text] of Object.entries(sampleClientLogs())) {
  const full = join(root, rel);
  mkdirSync(dirname(full), { recursive: true });
  // The builders already write what ConfigMgr writes (UTF-8 with a BOM for CMTrace logs).
  writeFileSync(full, text);
}
console.log(`wrote ${Object.keys(sampleClientLogs()).length} sample logs under ${root}`);
