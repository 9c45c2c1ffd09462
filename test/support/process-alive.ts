// Whether a process still runs: signal 0 checks without touching it (tests of processes that must end).
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
