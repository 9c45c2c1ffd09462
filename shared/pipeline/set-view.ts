// A set of logs flattened into one time-ordered list of entries with their true instants and step hits, plus the
// lists the rules read (entries per log kind, step hits, failure codes, lines of each declared pattern), all built
// in one pass. A cycle's window is then a range of positions, and each list is cut to it by binary search: every
// entry is read a bounded number of times per set, however many cycles the set holds (docs/decisions.md).
import { instantMs, type LogEntry } from '../model/log-entry';
import { findErrorCodes } from '../knowledge/lookup';
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
  /** Position in SetView.entries. */
  pos: number;
}

export interface CodeSeen {
  value: number;
  at: SetEntry;
}

/**
 * A line pattern a rule reads, declared as data (rules/patterns.ts RULE_PATTERNS): the candidate pass tests it once
 * per entry of the logs it names, and the rule gets the matches inside its window.
 */
export interface LinePattern {
  /** The logs whose lines it is tried on; empty: every log of the set. */
  logs: readonly LogKind[];
  re: RegExp;
}

export interface SetView {
  /** Entries of the set's pipeline logs (those with a kind), in time order. */
  entries: SetEntry[];
  kinds: ReadonlySet<LogKind>;
  /** The set has ConfigMgr client scan logs (WUAHandler/ScanAgent), so WindowsUpdate.log searches count only for CcmExec. */
  hasClientLogs: boolean;
  /** Time of the set's last entry. */
  endT: number;
  /** Entries per log kind, in time order. */
  ofKind: ReadonlyMap<LogKind, readonly SetEntry[]>;
  /** Entries that mark a step, in time order. */
  hits: readonly SetEntry[];
  /** Failure codes in error-looking lines, in time order. */
  codes: readonly CodeSeen[];
  /** Lines matching each declared pattern, in time order. */
  lines: ReadonlyMap<LinePattern, readonly SetEntry[]>;
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

const ERRORISH = /fail|error|warning|fatal|exit code|\bhr\s*=|\[HRESULT/i;

/** Failure codes of one line: every code of a line that is an error or reads like one. */
export function codesOfEntry(e: Pick<LogEntry, 'severity' | 'text'>): number[] {
  if (e.severity === 'info' && !ERRORISH.test(e.text)) return [];
  return findErrorCodes(e.text).map((h) => h.value);
}

/** The pipeline log this is (by name, renamed copy or components), or null. */
function kindOf(log: DiagnosisInput): LogKind | null {
  return log.kind !== undefined ? log.kind : logKind(log.name, log.entries);
}

export function buildSetView(all: readonly DiagnosisInput[], patterns: readonly LinePattern[] = []): SetView {
  // Only the pipeline's logs are read: a code in CcmExec.log or CAS.log does not explain a scan, and a set's
  // verdict must not depend on which other logs came with it (docs/decisions.md, "The diagnosis reads only the pipeline's logs").
  const logs = all.map((log, logIndex) => ({ log, logIndex, kind: kindOf(log) })).filter((l) => l.kind !== null);
  const setOffset = inferSetOffset(logs.map((l) => l.log));
  const kinds = new Set<LogKind>(logs.map((l) => l.kind!));
  const hasClientLogs = kinds.has('wuahandler') || kinds.has('scanagent');
  const entries: SetEntry[] = [];
  for (const { log, logIndex, kind } of logs) {
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
      entries.push({ source: log.source, name: log.name, kind, logIndex, entryIndex, entry, t: t ?? last, hit, pos: 0 });
    });
  }
  // Each log is mostly in time order already: the sort merges runs.
  entries.sort((a, b) => a.t - b.t || a.logIndex - b.logIndex || a.entryIndex - b.entryIndex);

  // The candidate pass: every entry once, into the lists the rules read.
  const ofKind = new Map<LogKind, SetEntry[]>();
  const hits: SetEntry[] = [];
  const codes: CodeSeen[] = [];
  const lines = new Map<LinePattern, SetEntry[]>(patterns.map((p) => [p, []]));
  const patternsOf = new Map<LogKind, LinePattern[]>([...kinds].map((k) => [k, patterns.filter((p) => !p.logs.length || p.logs.includes(k))]));
  entries.forEach((e, pos) => {
    e.pos = pos;
    const k = e.kind!;
    let list = ofKind.get(k);
    if (!list) ofKind.set(k, (list = []));
    list.push(e);
    if (e.hit) hits.push(e);
    for (const value of codesOfEntry(e.entry)) codes.push({ value, at: e });
    for (const p of patternsOf.get(k)!) if (p.re.test(e.entry.text)) lines.get(p)!.push(e);
  });
  const endT = entries.length ? entries[entries.length - 1].t : 0;
  return { entries, kinds, hasClientLogs, endT, ofKind, hits, codes, lines };
}
