// A set of logs flattened into one time-ordered list of entries with their true instants and step hits, plus the
// lists the rules read (entries per log kind, step hits, failure codes, lines of each declared pattern), all built
// in one pass. A cycle's window is then a range of positions, and each list is cut to it by binary search: every
// entry is read a bounded number of times per set, however many cycles the set holds (docs/decisions.md).
import { instantMs, type LogEntry } from '../model/log-entry';
import { findErrorCodes } from '../knowledge/lookup';
import type { DiagnosisInput } from './diagnosis-types';
import { logKind, type LogKind } from './log-kind';
import { CcmSearchReader } from './ccm-searches';
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

/**
 * Whose scans the cycles are: Configuration Manager's (client logs, or a CcmExec search in WindowsUpdate.log), or,
 * for a WindowsUpdate.log without any CcmExec search opened alone, Windows Update's own.
 */
export type ScanOwner = 'configmgr' | 'windows-update';

export interface SetView {
  /** Entries of the set's pipeline logs (those with a kind), in time order. */
  entries: SetEntry[];
  kinds: ReadonlySet<LogKind>;
  /** The set has ConfigMgr client scan logs (WUAHandler/ScanAgent). */
  hasClientLogs: boolean;
  scanOwner: ScanOwner;
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

/** Time order; equal instants keep the order of the logs and of their entries. */
export const byTime = (a: SetEntry, b: SetEntry): number => a.t - b.t || a.logIndex - b.logIndex || a.entryIndex - b.entryIndex;

const ERRORISH = /fail|error|warning|fatal|exit code|\bhr\s*=|\[HRESULT/i;

/** Failure codes of one line: every code of a line that is an error or reads like one. */
export function codesOfEntry(e: Pick<LogEntry, 'severity' | 'text'>): number[] {
  if (e.severity === 'info' && !ERRORISH.test(e.text)) return [];
  return findErrorCodes(e.text).map((h) => h.value);
}

/** The pipeline log this is (by name, renamed copy, detected format or components), or null. */
function kindOf(log: DiagnosisInput): LogKind | null {
  return log.kind !== undefined ? log.kind : logKind(log.name, log.entries, log.format);
}

export function buildSetView(all: readonly DiagnosisInput[], patterns: readonly LinePattern[]): SetView {
  // Only the pipeline's logs are read: a code in CcmExec.log or CAS.log does not explain a scan, and a set's
  // verdict must not depend on which other logs came with it (docs/decisions.md, "The diagnosis reads only the pipeline's logs").
  const logs = all.map((log, logIndex) => ({ log, logIndex, kind: kindOf(log) })).filter((l) => l.kind !== null);
  const setOffset = inferSetOffset(logs.map((l) => l.log));
  const kinds = new Set<LogKind>(logs.map((l) => l.kind!));
  const hasClientLogs = kinds.has('wuahandler') || kinds.has('scanagent');
  const entries: SetEntry[] = [];
  /** WindowsUpdate.log lines that read otherwise once other callers' searches are taken out: applied if ConfigMgr owns the scans. */
  const attributed: { e: SetEntry; hit: StepHit | null; otherCaller: boolean }[] = [];
  let sawCcmSearch = false;
  for (const { log, logIndex, kind } of logs) {
    const searches = kind === 'windowsupdate' ? new CcmSearchReader() : null;
    let last = 0;
    log.entries.forEach((entry, entryIndex) => {
      const t = instantMs(entry, log.utcOffsetOverride ?? (entry.utcOffset === null ? setOffset : null));
      if (t !== null) last = t;
      const raw = tagEntry(kind, entry.text, true);
      const e: SetEntry = { source: log.source, name: log.name, kind, logIndex, entryIndex, entry, t: t ?? last, hit: raw, pos: 0 };
      const s = searches?.read(entry, raw);
      if (s && (s.hit !== raw || s.otherCaller)) attributed.push({ e, ...s });
      entries.push(e);
    });
    if (searches?.sawCcmSearch) sawCcmSearch = true;
  }
  const scanOwner: ScanOwner = hasClientLogs || sawCcmSearch || !kinds.has('windowsupdate') ? 'configmgr' : 'windows-update';
  // Without ConfigMgr in these logs the agent's own searches are the scans, whoever asked for them.
  if (scanOwner === 'configmgr') {
    for (const { e, hit, otherCaller } of attributed) {
      e.hit = hit;
      if (otherCaller) e.otherCaller = true;
    }
  }
  // Each log is mostly in time order already: the sort merges runs.
  entries.sort(byTime);

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
    // another caller's search (Automatic Updates, drivers…) is context: its codes never explain ConfigMgr's scan
    if (!e.otherCaller) for (const value of codesOfEntry(e.entry)) codes.push({ value, at: e });
    for (const p of patternsOf.get(k)!) if (p.re.test(e.entry.text)) lines.get(p)!.push(e);
  });
  const endT = entries.length ? entries[entries.length - 1].t : 0;
  return { entries, kinds, hasClientLogs, scanOwner, endT, ofKind, hits, codes, lines };
}
