// The contract's bad-input rule: a one-line message on stderr naming the path and the reason, exit 2,
// while other inputs of the same call still get processed.
export class CliUsageError extends Error {}

let failures = 0;

export function reportBadInput(path: string, reason: string): void {
  failures++;
  process.stderr.write(`cmlens: ${path}: ${reason}\n`);
}

export function exitCode(): number {
  return failures > 0 ? 2 : 0;
}
