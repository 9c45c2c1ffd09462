// Reading what a user typed or pasted into the Open dialog.

/** One path per line; quotes that Explorer's "Copy as path" adds are dropped. */
export function splitPaths(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim().replace(/^"(.*)"$/, '$1').trim())
    .filter(Boolean);
}
