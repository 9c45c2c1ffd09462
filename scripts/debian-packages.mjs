// Tools the tests and the benchmark drive from outside Node (Chromium, lnav): on a fresh Debian machine, as root,
// they are installed with apt-get, so `npm test` and `npm run bench` work as the README gives them; elsewhere the
// caller says what is missing.
import { spawnSync } from 'node:child_process';

export const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Install `packages` when none of `commands` is on the PATH and apt-get can (root on Debian); true if present after. */
export function ensureDebianPackages(commands, packages, why) {
  if (commands.some(onPath)) return true;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) return false;
  console.log(`\n=== ${why}: installing Debian's ${packages.join(', ')} (apt-get install -y)`);
  spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`], { stdio: 'inherit' });
  return commands.some(onPath);
}
