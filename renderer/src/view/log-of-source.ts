// Which open log an evidence line or a pipeline step names (by its source path or one of its rotated parts).
import type { LogInfo } from '../../../shared/api/contract';

export function logOfSource(logs: readonly LogInfo[], source: string): LogInfo | undefined {
  const norm = (s: string) => s.replace(/\\/g, '/').toLowerCase();
  const src = norm(source);
  return (
    logs.find((l) => norm(l.source) === src || l.parts.some((p) => norm(p) === src)) ??
    // evidence may name the file only
    logs.find((l) => l.parts.some((p) => norm(p).endsWith('/' + src) || norm(p).endsWith('!/' + src)))
  );
}
