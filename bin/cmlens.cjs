#!/usr/bin/env node
// The `cmlens` command: runs the bundled CLI (built by `npm install`/`npm run build` into dist/).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', 'dist', 'cli', 'cmlens.cjs');
if (!existsSync(cli)) {
  process.stderr.write('cmlens: not built yet: run `npm run build` in ' + join(__dirname, '..') + '\n');
  process.exit(2);
}
require(cli);
