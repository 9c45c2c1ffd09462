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

/**
 * The set opened from `path`: the one open logs from there already share (the sets live in their logs, nowhere else),
 * else a new one, named so that no open set has the name.
 */
export function setFor(path: string, open: readonly LogSetRef[], newId: () => string): LogSetRef {
  const known = open.find((s) => s.path === path);
  if (known) return known;
  const base = setName(path);
  const taken = new Set(open.map((s) => s.name));
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
  return { id: newId(), name, machine: machineNameFromPath(path), path };
}

/** The set with the machine its logs name, unless the path already named it (what the technician typed wins). */
export function withMachine(ref: LogSetRef, fromLogs: string | null): LogSetRef {
  return ref.machine || !fromLogs ? ref : { ...ref, machine: fromLogs };
}
