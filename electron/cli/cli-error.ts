// The contract's bad-input rule: a one-line message on stderr naming the path and the reason, exit 2,
// while other inputs of the same call still get processed.
import { describeFsError } from '../backend/sources/file-access';

export class CliUsageError extends Error {}

let failures = 0;

export function reportBadInput(path: string, reason: string): void {
  failures++;
  process.stderr.write(`cmlens: ${path}: ${reason}\n`);
}

/** What `read` gives, or undefined when it fails: the path is then reported as bad input, in plain words. */
export async function readOrReport<T>(path: string, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    reportBadInput(path, describeFsError(e));
    return undefined;
  }
}

export function exitCode(): number {
  return failures > 0 ? 2 : 0;
}
