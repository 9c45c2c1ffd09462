// A client folder as big ones come from the field: a failing scan set (the bundled sample client logs) beside many
// noisy CMTrace logs whose lines are scan-pipeline messages drawn at random under mixed components and threads.
// Their file names are not pipeline logs. Seeded: the same arguments write the same bytes. Used by the benchmark
// (diagnosis rows) and by the tests that check the failing set's diagnosis still wins and the API keeps answering.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { samplesDir } from '../electron/backend/app-paths';
import { rng } from '../test/support/index/synthetic-logs';

export interface NoisyFolderOptions {
  /** How many noisy logs to write beside the failing set. */
  logs: number;
  /** Size of each noisy log (the field case: 2.5 MB). */
  bytesPerLog?: number;
  seed?: number;
}

const GUID = '{A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}';
/** Lines of the scan pipeline as WUAHandler, ScanAgent and UpdatesDeployment write them (see steps.ts for their sources). */
const MESSAGES: readonly { text: (r: () => number) => string; type: 1 | 2 | 3 }[] = [
  { text: () => 'Scan failed with error = 0x80244021.', type: 3 },
  { text: () => 'Successfully completed scan.', type: 1 },
  { text: () => `Its a WSUS Update Source type (${GUID}), adding it.`, type: 1 },
  { text: (r) => `Update (Missing): 2026-0${1 + Math.floor(r() * 3)} Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB50${String(Math.floor(r() * 1e5)).padStart(5, '0')}) (${hexGuid(r)}, 200)`, type: 1 },
  { text: () => 'OnSearchComplete - Failed to end search job. Error = 0x80072EE2.', type: 3 },
  { text: () => 'Async searching of updates using WUAgent started.', type: 1 },
  { text: () => 'Async searching completed.', type: 1 },
  { text: (r) => `Successfully raised state message for update ${hexGuid(r)}.`, type: 1 },
];
const COMPONENTS = ['WUAHandler', 'ScanAgent', 'UpdatesDeployment', 'UpdatesHandler', 'CcmExec', 'UpdatesStore'] as const;

function hexGuid(r: () => number): string {
  const h = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
  return `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** One CMTrace line at `ms` (the writer's wall clock, bias +300 as the samples carry). */
function cmtraceLine(text: string, ms: number, component: string, type: number, thread: number): string {
  const d = new Date(ms);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+300`;
  const date = `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()}`;
  return `<![LOG[${text}]LOG]!><time="${time}" date="${date}" component="${component}" context="" type="${type}" thread="${thread}" file="noise.cpp:${100 + (thread % 900)}">\r\n`;
}

/** One noisy log's text: lines in time order over three days around the failing set's scans. */
export function noisyLogText(bytes: number, seed: number): string {
  const r = rng(seed);
  const from = Date.UTC(2026, 2, 8, 0, 0, 0);
  const span = 3 * 86_400_000;
  const lines: string[] = [];
  let size = 3;
  const estimate = Math.max(1, Math.round(bytes / 230));
  for (let i = 0; size < bytes; i++) {
    const m = MESSAGES[Math.floor(r() * MESSAGES.length)];
    const line = cmtraceLine(m.text(r), from + Math.floor(((i + r()) * span) / estimate), COMPONENTS[Math.floor(r() * COMPONENTS.length)], m.type, 1000 + Math.floor(r() * 8000));
    lines.push(line);
    size += line.length;
  }
  return '\ufeff' + lines.join('');
}

/**
 * Writes the failing set (the bundled samples: a scan that fails on 0x80244021 through a proxy on 03-10-2026, UTC-5,
 * in CCM/Logs and Windows) and `logs` noisy logs into `dir`/CCM/Logs; returns `dir`.
 */
export function writeNoisyFolder(dir: string, o: NoisyFolderOptions): string {
  mkdirSync(dir, { recursive: true });
  cpSync(samplesDir(), dir, { recursive: true });
  const logsDir = join(dir, 'CCM', 'Logs');
  for (let k = 0; k < o.logs; k++) {
    writeFileSync(join(logsDir, `ClientNoise${pad(k + 1, 3)}.log`), noisyLogText(o.bytesPerLog ?? 2_500_000, (o.seed ?? 1) * 1000 + k));
  }
  return dir;
}
