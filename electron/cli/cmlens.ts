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
    }
    else if (a === '--format') {
      const f = argv[++i];
      if (!DIAGNOSE_FORMATS.includes(f as DiagnoseFormat)) throw new CliUsageError(`--format takes ${DIAGNOSE_FORMATS.join(', ')}`);
      p.format = f as DiagnoseFormat;
    }
    else if (a === '--samples') p.samples = true;
    else if (a === '--csv') p.csv = true;
    else if (a === '--bulk') {
      const index = argv[++i] ?? '';
      const problem = bulkIndexProblem(index);
      if (problem) throw new CliUsageError(`--bulk takes an index name: ${problem}`);
      p.bulk = index;
    } else if (a === '--jobs') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 256) throw new CliUsageError(`--jobs takes a number from 1 to 256`);
      p.jobs = n;
    }
    else if (a === '--port') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliUsageError(`--port takes a number from 0 to 65535`);
      p.port = n;
    } else if (a === '--lang') {
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

function need(p: Parsed, what: string): void {
  if (p.rest.length === 0) throw new CliUsageError(`${p.command} needs ${what}`);
}

async function main(argv: string[]): Promise<number> {
  const p = parseArgs(argv);
  switch (p.command) {
    case '':
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'detect':
      need(p, 'a FILE');
      await detectCommand(p.rest);
      break;
    case 'cat':
      need(p, 'a PATH');
      await catCommand(p.rest, p.json);
      break;
    case 'stats':
      need(p, 'a FILE');
      await statsCommand(p.rest);
      break;
    case 'diagnose':
      need(p, 'a PATH');
      await diagnoseCommand(p.rest, p.format, p.lang);
      break;
    case 'triage': {
      need(p, 'a PATH');
      if ([p.json, p.csv, p.bulk !== null].filter(Boolean).length > 1) throw new CliUsageError('triage takes one of --json, --csv, --bulk');
      const out: TriageOutput = p.json ? { kind: 'json' } : p.csv ? { kind: 'csv' } : p.bulk !== null ? { kind: 'bulk', index: p.bulk } : { kind: 'table', lang: p.lang };
      await triageCommand(p.rest, out, p.jobs);
      break;
    }
    case 'lookup':
      need(p, 'a CODE');
      lookupCommand(p.rest, p.json);
      break;
    case 'serve':
      await serveCommand(p.rest, p.port, p.samples || p.rest.length === 0);
      return -1; // keeps running
    default:
      throw new CliUsageError(`unknown command ${p.command} (try cmlens --help)`);
  }
  return exitCode();
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e) => {
    if (e instanceof CliUsageError) {
      process.stderr.write(`cmlens: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      reportBadInput('cmlens', e instanceof Error ? e.message : String(e));
      process.exitCode = 2;
    }
  },
);
