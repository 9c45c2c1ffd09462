// A set of logs flattened into one time-ordered list of entries with their true instants and step hits.
import { instantMs, type LogEntry } from '../model/log-entry';
import type { DiagnosisInput } from './diagnosis-types';
import { logKind, type LogKind } from './log-kind';
import { tagEntry, type StepHit } from './tag-steps';
import { mostCommon } from '../model/most-common';

export interface SetEntry {
  source: string;
  name: string;
  kind: LogKind | null;
  logIndex: number;
  entryIndex: number;
  entry: LogEntry;
  /** True instant in ms; entries without a time take their log's previous one (0 before any). */
  t: number;
  hit: StepHit | null;
}

export interface SetView {
  entries: SetEntry[];
  kinds: ReadonlySet<LogKind>;
  /** The set has ConfigMgr client scan logs (WUAHandler/ScanAgent), so WindowsUpdate.log searches count only for CcmExec. */
  hasClientLogs: boolean;
}

/**
 * The offset a log without one (WindowsUpdate.log) most likely shares with the rest of the set: the one
 * most entries of the set carry. Same machine, same clock: it lines the logs up without asking the user.
 */
function inferSetOffset(logs: readonly DiagnosisInput[]): number | null {
  function* offsets(): Generator<number | null> {
    for (const l of logs) for (const e of l.entries) yield e.utcOffset;
  }
  return mostCommon(offsets(), (a, b) => a - b);
}

/** WindowsUpdate.log search blocks that belong to the ConfigMgr client, tracked while reading in order. */
function ccmFilter(): (kind: LogKind | null, text: string, hit: StepHit | null) => StepHit | null {
  let open = 0;
  let lastEnd = -1;
  let count = 0;
  return (kind, text, hit) => {
    count++;
    if (kind !== 'windowsupdate' || !hit || hit.step !== '13') return hit;
    const ccm = /CcmExec/i.test(text);
    if (/START/.test(text) && /Finding updates/i.test(text)) {
      if (!ccm) return null;
      open++;
      return hit;
    }
    if (/END/.test(text) && /Finding updates/i.test(text)) {
      if (!ccm) return null;
      open = Math.max(0, open - 1);
      lastEnd = count;
      return hit;
    }
    if (ccm) return hit;
    // "Found N updates", "failed Searching": only inside (or right after) a CcmExec search
    return open > 0 || count - lastEnd <= 3 ? hit : null;
  };
}

export function buildSetView(logs: readonly DiagnosisInput[]): SetView {
  const setOffset = inferSetOffset(logs);
  const kinds = new Set<LogKind>();
  for (const l of logs) {
    const k = logKind(l.name, l.entries);
    if (k) kinds.add(k);
  }
  const hasClientLogs = kinds.has('wuahandler') || kinds.has('scanagent');
  const entries: SetEntry[] = [];
  logs.forEach((log, logIndex) => {
    const kind = logKind(log.name, log.entries);
    // Only the pipeline's logs are read: a code in CcmExec.log or CAS.log does not explain a scan, and a set's
    // verdict must not depend on which other logs came with it (fleet triage reads only these; docs/decisions.md, "The diagnosis reads only the pipeline's logs").
    if (kind === null) return;
    const filter = hasClientLogs ? ccmFilter() : null;
    let last = 0;
    log.entries.forEach((entry, entryIndex) => {
      const override =
        log.utcOffsetOverride !== undefined && log.utcOffsetOverride !== null
          ? log.utcOffsetOverride
          : entry.utcOffset === null
            ? setOffset
            : null;
      const t = instantMs(entry, override);
      if (t !== null) last = t;
      let hit = tagEntry(kind, entry.text);
      if (filter) hit = filter(kind, entry.text, hit);
      entries.push({ source: log.source, name: log.name, kind, logIndex, entryIndex, entry, t: t ?? last, hit });
    });
  });
  entries.sort((a, b) => a.t - b.t || a.logIndex - b.logIndex || a.entryIndex - b.entryIndex);
  return { entries, kinds, hasClientLogs };
}
