// The logs the timeline (and what else follows "the active set") covers. Until sets and their switcher exist
// in the renderer, the active set is every open log: this selector is the one place that changes when they do.
import type { LogInfo } from '../../../shared/api/contract';

export function activeSetLogIds(logs: readonly LogInfo[]): string[] {
  return logs.filter((l) => l.state !== 'error').map((l) => l.id);
}
