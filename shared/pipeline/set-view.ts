// A set of logs flattened into one time-ordered list of entries with their true instants and step hits.
import { instantMs, type LogEntry } from '../model/log-entry';
import type { DiagnosisInput } from './diagnosis-types';
import { logKind, type LogKind } from './log-kind';
import { ccmSearchReader } from './ccm-searches';
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
  /** A WindowsUpdate.log line of a search by another caller than ConfigMgr: context only (no step, no code). */
  otherCaller?: true;
}

/**
 * Whose scans the cycles are: Configuration Manager's (client logs, or a CcmExec search in WindowsUpdate.log), or,
 * for a WindowsUpdate.log without any CcmExec search opened alone, Windows Update's own.
 */
export type ScanOwner = 'configmgr' | 'windows-update';

export interface SetView {
  entries: SetEntry[];
  kinds: ReadonlySet<LogKind>;
  /** The set has ConfigMgr client scan logs (WUAHandler/ScanAgent). */
  hasClientLogs: boolean;
  scanOwner: ScanOwner;
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

export function buildSetView(logs: readonly DiagnosisInput[]): SetView {
  const setOffset = inferSetOffset(logs);
  const kinds = new Set<LogKind>();
  const kindOf = logs.map((l) => logKind(l.name, l.entries, l.format));
  for (const k of kindOf) if (k) kinds.add(k);
  const hasClientLogs = kinds.has('wuahandler') || kinds.has('scanagent');
  const entries: SetEntry[] = [];
  /** WindowsUpdate.log entries with the hit they had before other callers' searches were taken out. */
  const agentHits: { e: SetEntry; raw: StepHit | null }[] = [];
  let sawCcmSearch = false;
  logs.forEach((log, logIndex) => {
    const kind = kindOf[logIndex];
    // Only the pipeline's logs are read: a code in CcmExec.log or CAS.log does not explain a scan, and a set's
    // verdict must not depend on which other logs came with it (fleet triage reads only these; docs/decisions.md, "The diagnosis reads only the pipeline's logs").
    if (kind === null) return;
    const searches = kind === 'windowsupdate' ? ccmSearchReader() : null;
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
      const raw = tagEntry(kind, entry.text);
      const e: SetEntry = { source: log.source, name: log.name, kind, logIndex, entryIndex, entry, t: t ?? last, hit: raw };
      if (searches) {
        const s = searches.read(entry, raw);
        e.hit = s.hit;
        if (s.otherCaller) e.otherCaller = true;
        if (raw?.step === '13') agentHits.push({ e, raw });
      }
      entries.push(e);
    });
    if (searches?.sawCcmSearch) sawCcmSearch = true;
  });
  const scanOwner: ScanOwner = hasClientLogs || sawCcmSearch || !kinds.has('windowsupdate') ? 'configmgr' : 'windows-update';
  // No ConfigMgr in these logs: the agent's own searches are the scans, whoever asked for them.
  if (scanOwner === 'windows-update') {
    for (const { e, raw } of agentHits) e.hit = raw;
    for (const e of entries) delete e.otherCaller;
  }
  entries.sort((a, b) => a.t - b.t || a.logIndex - b.logIndex || a.entryIndex - b.entryIndex);
  return { entries, kinds, hasClientLogs, scanOwner };
}
