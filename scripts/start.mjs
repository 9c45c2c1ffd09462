// npm start: build, then launch Electron; where its binary is missing or cannot start (as on machines
// without a display or without the downloaded binary), say so in one line and fall back to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);

const b = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (b.status !== 0) process.exit(b.status ?? 1);

/** The Electron binary's path, without require('electron') (which would try to download it). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  try {
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const bin = join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function browserMode(reason) {
  console.log(`CMLens: Electron ${reason}; starting browser mode instead.`);
  const child = spawn(process.execPath, [join(root, 'dist/cli/cmlens.cjs'), 'serve', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

const bin = electronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (!bin) browserMode('binary is not installed (node_modules/electron/dist is missing)');
else if (noDisplay) browserMode('cannot start without a display (no DISPLAY or WAYLAND_DISPLAY)');
else {
  const started = Date.now();
  const child = spawn(bin, [join(root, 'dist/electron/main.cjs'), ...args], { stdio: 'inherit' });
  child.on('error', (e) => browserMode(`could not start (${e.message})`));
  child.on('exit', (code) => {
    // A crash within a few seconds of launch is a start failure, not the user quitting.
    if (code !== 0 && Date.now() - started < 5000) browserMode(`exited at start with code ${code}`);
    else process.exit(code ?? 0);
  });
}
