// npm test: typecheck, build, unit/integration tests (vitest), end-to-end tests (Playwright in Chromium
// against browser mode) and the outside contract check; ends with one line `N passed, N failed, N skipped` over all
// (the contract's `N passed, N failed`, with the skipped tests counted after it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianPackages } from './debian-packages.mjs';
import { playwrightCounts, summaryLine, vitestCounts } from './test-summary.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const total = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const text = r.stdout?.toString() ?? '';
  process.stdout.write(text);
  return { status: r.status, text };
}

function count(label, p, f, s = 0) {
  total.passed += p;
  total.failed += f;
  total.skipped += s;
  summary.push(`${label}: ${summaryLine({ passed: p, failed: f, skipped: s })}`);
}

/** A step that passes or fails as a whole: one count. */
function runStep(label, script, ...args) {
  const ok = run(label, process.execPath, [join(root, script), ...args]).status === 0;
  count(label, ok ? 1 : 0, ok ? 0 : 1);
}

// 1. Typecheck: the whole project, then shared/ alone without Node or DOM types (the pure layer).
runStep('typecheck', 'node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit');
runStep('typecheck shared/ (pure)', 'node_modules/typescript/bin/tsc', '-p', 'shared/tsconfig.json', '--noEmit');
// 1b. Lint: typescript-eslint's recommended rules, the React hooks rules, shared/ kept pure (eslint.config.mjs).
runStep('lint', 'node_modules/eslint/bin/eslint.js', '.');
// 2. Build (the CLI, browser mode and e2e run the built bundles).
runStep('build', 'scripts/build.mjs');

/** A runner's JSON report, counted; no report, or a failed run whose report shows no failure, is one failure more. */
function countReport(label, status, json, counts) {
  if (!existsSync(json)) return count(label, 0, 1);
  const c = counts(JSON.parse(readFileSync(json, 'utf8')));
  count(label, c.passed, c.failed + (status !== 0 && !c.failed ? 1 : 0), c.skipped);
}

// 3. Unit and integration tests (a file that fails to load has no tests in it: vitestCounts counts it a failure).
const vitestJson = join(out, 'vitest.json');
const v = run('unit', process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
countReport('unit', v.status, vitestJson, vitestCounts);

// 4. End-to-end tests in Chromium against browser mode. On a fresh Debian machine where we are root and no Chromium
// is found, install Debian's (the README's test command must work there as it is); elsewhere find-chromium.ts
// fails loudly with what to install.
if (!process.env.CHROMIUM_PATH) ensureDebianPackages(['chromium', 'chromium-browser', 'google-chrome'], ['chromium', 'fonts-wqy-microhei'], 'no Chromium found');
const e2eJson = join(out, 'e2e.json');
const e = run('e2e', process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
countReport('e2e', e.status, e2eJson, (r) => playwrightCounts(r.stats ?? {}));

// 5. The outside contract (../shared/tools/check-contract), where ../shared exists.
const checker = join(root, '..', 'shared', 'tools', 'check-contract');
if (existsSync(checker)) {
  const c = run('contract', process.execPath, [checker]);
  const ok = (c.text.match(/^ok /gm) ?? []).length;
  const bad = (c.text.match(/^FAIL/gm) ?? []).length;
  count('contract', ok, bad + (c.status !== 0 && bad === 0 ? 1 : 0));
} else {
  console.log('\n*** ../shared/tools/check-contract not found: the outside contract was NOT checked ***');
}

console.log('\n' + summary.join('\n'));
console.log(summaryLine(total));
process.exit(total.failed ? 1 : 0);
