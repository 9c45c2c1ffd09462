// Which UTC offset a log's rows are placed with on the one clock: its own, one the user set, or one borrowed from
// the ConfigMgr logs of the same machine (docs/decisions.md, Time zones of a set).
import { logMessage, problem, sameMessage } from '../../../shared/api/messages';
import { mostCommon } from '../../../shared/model/most-common';
import { offsetLabel } from '../../../shared/model/utc-offset';
import type { OpenLog } from './open-log';

/** The offset that replaces the entries' own: the user's or one borrowed from the set; undefined: their own. */
export function offsetOverride(log: OpenLog): number | undefined {
  const src = log.info.offsetSource;
  return (src === 'user' || src === 'borrowed') && log.info.utcOffset !== null ? log.info.utcOffset : undefined;
}

/**
 * A WindowsUpdate.log carries no offset: take it from the ConfigMgr logs of the same machine (opened from the
 * same folder or zip, e.g. C:\Windows beside C:\Windows\CCM\Logs in a customer's bundle), and say so (docs/decisions.md, Time zones of a set).
 */
export function borrowOffsets(open: Iterable<OpenLog>): string[] {
  const changed: string[] = [];
  const byDir = new Map<string, OpenLog[]>();
  for (const l of open) byDir.set(l.openedFrom, [...(byDir.get(l.openedFrom) ?? []), l]);
  for (const logs of byDir.values()) {
    const donor = mostCommon(logs.filter((l) => l.info.offsetSource === 'log' && !l.info.offsetUncertain).map((l) => l.ownOffset));
    for (const l of logs) {
      if (l.info.offsetSource === 'user' || l.ownOffset !== null || l.info.entries === 0) continue;
      if (donor === null) continue;
      if (l.info.utcOffset !== donor || l.info.offsetSource !== 'borrowed') changed.push(l.info.id);
      l.info = { ...l.info, utcOffset: donor, offsetSource: 'borrowed' };
      const note = logMessage(problem('zoneBorrowed', { zone: offsetLabel(donor) }));
      if (!l.info.messages.some((m) => sameMessage(m, note))) l.info.messages = [...l.info.messages, note];
    }
  }
  return changed;
}

/** The user sets a log's offset by hand (null: back to its own, or a borrowed one). Returns the logs whose offset moved. */
export function setUserOffset(log: OpenLog, utcOffset: number | null, open: Iterable<OpenLog>): string[] {
  if (utcOffset === null) {
    log.info = { ...log.info, utcOffset: log.ownOffset, offsetSource: log.ownOffset === null ? 'none' : 'log' };
    return [log.info.id, ...borrowOffsets(open)];
  }
  log.info = { ...log.info, utcOffset, offsetSource: 'user' };
  return [log.info.id];
}
