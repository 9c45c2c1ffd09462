// "Force a scan", run for the user on Windows (after they confirmed in the UI): powershell.exe with a fixed
// argument vector from the shared builder, no shell in between. Elsewhere it says so and the UI offers the copy.
import { execFile } from 'node:child_process';
import type { ApiArgs, ApiResults } from '../../shared/api/contract';
import { forceScanArgs, isValidComputerName } from '../../shared/commands/force-scan';

type Result = ApiResults['runScanCycle'];

/** What running needs from the platform; tests give their own. */
export interface ScanRunner {
  platform: NodeJS.Platform;
  run(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
}

const RUN_TIMEOUT_MS = 60_000;

const systemRunner: ScanRunner = {
  platform: process.platform,
  run: (file, args) =>
    new Promise((resolve) => {
      execFile(file, args, { windowsHide: true, timeout: RUN_TIMEOUT_MS, shell: false }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr || (err && !stdout ? err.message : '')) });
      });
    }),
};

export async function runScanCycle(a: ApiArgs<'runScanCycle'>, runner: ScanRunner = systemRunner): Promise<Result> {
  const computer = a.computer?.trim() || undefined;
  if (computer !== undefined && !isValidComputerName(computer)) return { ok: false, message: `not a computer name: ${computer.slice(0, 80)}` };
  if (runner.platform !== 'win32') return { ok: false, message: 'Running the scan is possible only on Windows: copy the command and run it there.' };
  const r = await runner.run('powershell.exe', forceScanArgs(computer));
  const out = (r.code === 0 ? r.stdout : r.stderr || r.stdout).trim().split(/\r?\n/).filter(Boolean).slice(-3).join(' ');
  return r.code === 0
    ? { ok: true, message: `Scan cycle triggered on ${computer ?? 'this computer'}.${out ? ' ' + out : ''}` }
    : { ok: false, message: `powershell.exe failed (exit ${r.code})${out ? ': ' + out : ''}` };
}
