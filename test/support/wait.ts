// Waiting in tests that watch something asynchronous (a tailer, a writer): poll a condition with a deadline,
// and say what was awaited when it times out.
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function until(cond: () => boolean, what: string, ms = 10_000, pollMs = 10): Promise<void> {
  const t = Date.now();
  while (!cond()) {
    if (Date.now() - t > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(pollMs);
  }
}
