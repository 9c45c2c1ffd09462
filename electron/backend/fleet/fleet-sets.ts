// Which client sets a triage covers. Each zip or folder given is one client's set, and a folder that holds clients
// (zips, or sub-folders each with a client's logs) gives one set per zip or sub-folder directly inside it. A
// folder with logs of its own, or a client's usual tree (CCM\Logs, Windows), is one client, not a fleet.
import { basename, join } from 'node:path';
import { describeFsError, nodeFileAccess as access } from '../sources/file-access';
import { isLogFileName, isZipFileName } from '../sources/log-file-names';
import type { SetRef } from '../../../shared/fleet/triage-record';

/** Sub-folders that make a folder one client's tree (a collected C:\Windows\CCM\Logs beside C:\Windows). */
const CLIENT_TREE = /^(ccm|logs|windows|softwaredistribution|panther)$/i;

export interface FleetSets {
  sets: SetRef[];
  /** Paths that are no set at all (missing, unreadable): each gets its own unreadable record. */
  errors: { set: SetRef; reason: string }[];
}

async function folderChildren(dir: string): Promise<{ logs: number; clientTree: boolean; members: SetRef[] }> {
  const names = (await access.readdir(dir)).sort((a, b) => a.localeCompare(b));
  let logs = 0;
  let clientTree = false;
  const members: SetRef[] = [];
  for (const name of names) {
    const full = join(dir, name);
    let st;
    try {
      st = await access.stat(full);
    } catch {
      // Unreadable entries become sets only when they look like one; the set then says why it is unreadable.
      if (isZipFileName(name)) members.push({ name, path: full });
      continue;
    }
    if (st.isDirectory()) {
      if (CLIENT_TREE.test(name)) clientTree = true;
      members.push({ name, path: full });
    } else if (st.isFile() && isZipFileName(name)) members.push({ name, path: full });
    else if (st.isFile() && isLogFileName(name)) logs++;
  }
  return { logs, clientTree, members };
}

/** Never throws: a path that cannot be read is returned in `errors`. */
export async function findFleetSets(paths: readonly string[]): Promise<FleetSets> {
  const sets = new Map<string, SetRef>();
  const errors: FleetSets['errors'] = [];
  // The same set given twice, or as a folder and one of its clients, is triaged once.
  const add = (s: SetRef): void => {
    if (!sets.has(s.path)) sets.set(s.path, s);
  };
  for (const p of paths) {
    const self: SetRef = { name: basename(p) || p, path: p };
    try {
      const st = await access.stat(p);
      if (st.isFile()) {
        add(self);
        continue;
      }
      if (!st.isDirectory()) {
        errors.push({ set: self, reason: 'not a regular file (device, pipe or socket)' });
        continue;
      }
      const c = await folderChildren(p);
      if (c.logs > 0 || c.clientTree || c.members.length === 0) add(self);
      else c.members.forEach(add);
    } catch (e) {
      errors.push({ set: self, reason: describeFsError(e) });
    }
  }
  return { sets: [...sets.values()], errors };
}
