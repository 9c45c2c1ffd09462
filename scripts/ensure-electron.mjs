// Runs after npm install. Electron's own postinstall is turned off in package.json (allowScripts) because,
// where its binary cannot be downloaded (closed networks, CI here), it fails the whole install. We run the
// same download ourselves and, on failure, say so in one line and carry on: `npm start` then uses browser mode.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const installer = join(root, 'node_modules', 'electron', 'install.js');
if (!existsSync(installer) || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0);
const r = spawnSync(process.execPath, [installer], { cwd: join(root, 'node_modules', 'electron'), stdio: 'pipe', timeout: 180_000 });
if (r.status !== 0) {
  console.log('CMLens: the Electron binary could not be downloaded here; `npm start` will fall back to browser mode.');
}
