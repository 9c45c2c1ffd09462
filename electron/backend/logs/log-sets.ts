// Each opened folder, zip or drop of loose files is one client's set: its logs share a machine, a clock and a
// diagnosis. Two clients' CcmMessaging.log side by side must say which client each is.
import { dirname } from 'node:path';
import type { LogSetRef } from '../../../shared/api/contract';
import { DROPPED_PREFIX } from '../../../shared/api/upload';
import { baseName } from '../../../shared/model/rotation';
import { machineNameFromPath } from '../../../shared/pipeline/machine-name';

/**
 * The path a log's set is known by: the folder or zip that was opened; for a log opened as a loose file, its
 * folder (loose files from one folder are one machine's), and all loose dropped files share one set.
 */
export function setPathOf(openedFrom: string, parts: readonly string[]): string {
  if (!parts.includes(openedFrom)) return openedFrom;
  if (openedFrom.startsWith(DROPPED_PREFIX) && !openedFrom.includes('!/')) return DROPPED_PREFIX;
  return dirname(openedFrom);
}

function setName(path: string): string {
  if (path === DROPPED_PREFIX) return 'Dropped files';
  // a zip inside a zip (`a.zip!/b.zip`) is named by the inner zip; a folder by its last segment, trailing slash or not
  return baseName(path.replace(/[\\/]+$/, '')) || path;
}

export class LogSets {
  private readonly byPath = new Map<string, LogSetRef>();
  private nextId = 1;

  /** The set opened from `path`, created on first use with a name no other open set has. */
  refFor(path: string): LogSetRef {
    let ref = this.byPath.get(path);
    if (!ref) {
      const base = setName(path);
      const taken = new Set([...this.byPath.values()].map((r) => r.name));
      let name = base;
      for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
      ref = { id: `set${this.nextId++}`, name, machine: machineNameFromPath(path), path };
      this.byPath.set(path, ref);
    }
    return ref;
  }

  /** The machine the logs name, unless the path already named it (what the technician typed wins). */
  nameMachine(ref: LogSetRef, fromLogs: string | null): LogSetRef {
    if (ref.machine || !fromLogs) return ref;
    const named = { ...ref, machine: fromLogs };
    this.byPath.set(ref.path, named);
    return named;
  }

  /** Forget sets none of whose logs are open any more (a later open of the same folder starts afresh). */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const [path, ref] of this.byPath) if (!ids.has(ref.id)) this.byPath.delete(path);
  }
}
