// cmlens: the command line over the same core the app uses. See ../../../shared/docs/contract.md (outside contract).
import { CliUsageError, exitCode, reportBadInput } from './cli-error';
import { catCommand } from './commands/cat';
import { detectCommand } from './commands/detect';
import { DIAGNOSE_FORMATS, diagnoseCommand, type DiagnoseFormat } from './commands/diagnose';
import { lookupCommand } from './commands/lookup';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { triageCommand, type TriageOutput } from './commands/triage';
import { bulkIndexProblem } from '../../shared/fleet/triage-export';

const HELP = `cmlens: read ConfigMgr / Windows Update logs and diagnose the software-update scan

Usage:
  cmlens detect FILE…                 format and encoding of each file (JSON)
  cmlens cat PATH… [--json]           every entry of every log under the paths (files, folders, zips)
  cmlens stats FILE…                  build the index once and report its cost (JSON)
  cmlens diagnose PATH… [--json | --format text|json|markdown|html] [--lang zh-CN]
                                      what broke in the latest scan cycle, linked to the guide;
                                      markdown/html: the report for a ticket (html: one self-contained page)
  cmlens triage PATH… [--json | --csv | --bulk INDEX] [--jobs N] [--lang zh-CN]
                                      many clients at once: each zip or folder given, and each zip or
                                      sub-folder directly inside a folder given, is one client's set;
                                      a table and counts by cause; --json NDJSON, one record a line;
                                      --bulk INDEX: Elasticsearch/OpenSearch _bulk lines
  cmlens lookup CODE…                 an error code: 0x80244021, 80244021, -2145107935
  cmlens serve [PATH…] [--port N]     browser mode on 127.0.0.1 (prints the URL with its token)

Bad input: one line on stderr naming the path and the reason, exit code 2; other paths still processed.
`;

interface Parsed {
  command: string;
  rest: string[];
  json: boolean;
  port: number;
  lang: 'en' | 'zh-CN';
  samples: boolean;
  csv: boolean;
  bulk: string | null;
  jobs: number | undefined;
  /** diagnose's output; --json is --format json. */
  format: DiagnoseFormat;
}

function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { command: '', rest: [], json: false, port: 0, lang: 'en', samples: false, csv: false, bulk: null, jobs: undefined, format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') {
      p.json = true;
      p.format = 'json';
    } else if (a === '--format') {
      const f = argv[++i];
      if (!DIAGNOSE_FORMATS.includes(f as DiagnoseFormat)) throw new CliUsageError(`--format takes ${DIAGNOSE_FORMATS.join(', ')}`);
      p.format = f as DiagnoseFormat;
    } else if (a === '--samples') p.samples = true;
    else if (a === '--csv') p.csv = true;
    else if (a === '--bulk') {
      const index = argv[++i] ?? '';
      const problem = bulkIndexProblem(index);
      if (problem) throw new CliUsageError(`--bulk takes an index name: ${problem}`);
      p.bulk = index;
    } else if (a === '--jobs') p.jobs = intOption(a, argv[++i], 1, 256);
    else if (a === '--port') p.port = intOption(a, argv[++i], 0, 65535);
    else if (a === '--lang') {
      const l = argv[++i];
      if (l !== 'en' && l !== 'zh-CN') throw new CliUsageError(`--lang takes en or zh-CN`);
      p.lang = l;
    } else if (a === '-h' || a === '--help') p.command = p.command || 'help';
    else if (a.startsWith('--')) throw new CliUsageError(`unknown option ${a}`);
    else if (!p.command) p.command = a;
    else p.rest.push(a);
  }
  return p;
}

function intOption(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliUsageError(`${name} takes a number from ${min} to ${max}`);
  return n;
}

/** The commands that work on their PATH… arguments: what each needs at least one of, and what it runs. */
const COMMANDS: Record<string, { needs: string; run(p: Parsed): void | Promise<void> }> = {
  detect: { needs: 'a FILE', run: (p) => detectCommand(p.rest) },
  cat: { needs: 'a PATH', run: (p) => catCommand(p.rest, p.json) },
  stats: { needs: 'a FILE', run: (p) => statsCommand(p.rest) },
  diagnose: { needs: 'a PATH', run: (p) => diagnoseCommand(p.rest, p.format, p.lang) },
  triage: {
    needs: 'a PATH',
    run: (p) => {
      if ([p.json, p.csv, p.bulk !== null].filter(Boolean).length > 1) throw new CliUsageError('triage takes one of --json, --csv, --bulk');
      const out: TriageOutput = p.json ? { kind: 'json' } : p.csv ? { kind: 'csv' } : p.bulk !== null ? { kind: 'bulk', index: p.bulk } : { kind: 'table', lang: p.lang };
      return triageCommand(p.rest, out, p.jobs);
    },
  },
  lookup: { needs: 'a CODE', run: (p) => lookupCommand(p.rest, p.json) },
};

async function main(argv: string[]): Promise<number> {
  const p = parseArgs(argv);
  if (p.command === '' || p.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (p.command === 'serve') {
    await serveCommand(p.rest, p.port, p.samples || p.rest.length === 0);
    return -1; // keeps running
  }
  const command = Object.hasOwn(COMMANDS, p.command) ? COMMANDS[p.command] : undefined;
  if (!command) throw new CliUsageError(`unknown command ${p.command} (try cmlens --help)`);
  if (p.rest.length === 0) throw new CliUsageError(`${p.command} needs ${command.needs}`);
  await command.run(p);
  return exitCode();
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e) => {
    if (e instanceof CliUsageError) process.stderr.write(`cmlens: ${e.message}\n`);
    else reportBadInput('cmlens', e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  },
);
