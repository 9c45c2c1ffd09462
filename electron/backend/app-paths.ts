// Where the app's own files are, whether running from source (tsx, vitest) or from the dist/ bundles.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/** The folder holding CMLens's package.json. */
function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'cmlens') return (root = dir);
      } catch {
        /* keep walking */
      }
    }
    dir = dirname(dir);
  }
  return (root = process.cwd());
}

export const samplesDir = (): string => join(packageRoot(), 'assets', 'samples');
export const rendererDir = (): string => join(packageRoot(), 'dist', 'renderer');
