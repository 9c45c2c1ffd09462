// One client's set → its triage record, as `cmlens diagnose` would judge it: the set is read as the app reads it
// (folders, zips in memory, rotated parts joined) and diagnosed by the same pure diagnose(). Only the logs the
// diagnosis reads are parsed (docs/decisions.md, "The diagnosis reads only the pipeline's logs"); the others are
// only searched, as bytes, for the machine's name.
import { dirname } from 'node:path';
import { parseBytes } from '../../../shared/formats/parse';
import { groupRotated } from '../../../shared/model/rotation';
import { mostCommon } from '../../../shared/model/most-common';
import type { FormatName, LogEntry } from '../../../shared/model/log-entry';
import { diagnose } from '../../../shared/pipeline/diagnose';
import type { DiagnosisInput } from '../../../shared/pipeline/diagnosis-types';
import { logKind } from '../../../shared/pipeline/log-kind';
import { findMachineName, machineNameFromPath } from '../../../shared/pipeline/machine-name';
import { setStem, triageRecord, unreadableRecord, type SetRef, type TriageRecord } from '../../../shared/fleet/triage-record';
import { expandPaths } from '../sources/expand-paths';
import { describeFsError } from '../sources/file-access';
import type { SourceFile } from '../sources/source-file';
import { machineMentionLines } from './machine-mentions';

/**
 * Head of a log not named like a pipeline log, parsed to learn its role from its entries' components: 16 KiB holds
 * about a hundred CMTrace entries, enough for one dominant component; only this much of it is inflated from a zip.
 */
const SNIFF_BYTES = 16 << 10;

/**
 * Logs that name the machine (the wordings' sources in shared/pipeline/machine-name.ts: ConfigMgr's app and CI
 * evaluation logs, MSI logs, Windows setup and task sequence logs): read whole from a zip to find the name.
 */
const NAMES_MACHINE = /^(appdiscovery|appenforce|ciagent|.*msi.*|setupact|smsts|bdd)(\.lo_|[-_.].*)?$/i;

/** What of a zip entry triage inflates: all of a pipeline log or of one that names the machine, else its head. */
function headOf(name: string): number | undefined {
  return logKind(name) !== null || NAMES_MACHINE.test(name) ? undefined : SNIFF_BYTES;
}

export interface SetTriage {
  record: TriageRecord;
  /** What could not be read inside the set (one line each on stderr), the set itself still judged. */
  problems: string[];
}

/** What a log's entries say of its offset: the most common one, and whether any entry's was a guess. */
interface Offsets {
  ownOffset: number | null;
  uncertain: boolean;
}

interface ReadLog extends Offsets {
  input: DiagnosisInput;
}

function offsetsOf(entries: readonly LogEntry[]): Offsets {
  return { ownOffset: mostCommon(entries.map((e) => e.utcOffset)), uncertain: entries.some((e) => e.offsetUncertain) };
}

async function loadAll(parts: readonly SourceFile[], problems: string[]): Promise<{ part: SourceFile; bytes: Buffer }[]> {
  const out: { part: SourceFile; bytes: Buffer }[] = [];
  for (const part of parts) {
    try {
      out.push({ part, bytes: await part.load() });
    } catch (e) {
      problems.push(`${part.source}: ${describeFsError(e)}`);
    }
  }
  return out;
}

/** A log's parts parsed and joined, oldest first; its format is the newest part's, as LogService takes it. */
function parseAll(read: readonly { part: SourceFile; bytes: Buffer }[], problems: string[]): { entries: LogEntry[]; format: FormatName } {
  const entries: LogEntry[] = [];
  let format: FormatName = 'plain';
  for (const r of read) {
    const parsed = parseBytes(r.bytes, r.part.name);
    if (parsed.problems.length && parsed.entries.length === 0) {
      problems.push(`${r.part.source}: ${parsed.problems[0]}`);
      continue;
    }
    format = parsed.format;
    for (const e of parsed.entries) entries.push(e);
  }
  return { entries, format };
}

export async function triageSet(set: SetRef, whole = false): Promise<SetTriage> {
  const problems: string[] = [];
  const { files, errors } = await expandPaths([set.path], whole ? {} : { headOf });
  problems.push(...errors.map((e) => `${e.path}: ${e.reason}`));
  if (files.length === 0) {
    const first = errors[0];
    return { record: first ? unreadableRecord(set, first.reason, { code: first.code, params: first.params }) : unreadableRecord(set, 'no logs in this set'), problems: [] };
  }

  const logs: ReadLog[] = [];
  const others: Offsets[] = [];
  const mentions: { text: string }[] = [];
  for (const parts of groupRotated(files.map((f) => ({ ...f, dir: dirname(f.source) })))) {
    const current = parts[parts.length - 1];
    const read = await loadAll(parts, problems);
    if (read.length === 0) continue;
    // The role as LogService finds it (log-service.ts load): by name, else by the format and components of its
    // entries, here read from the head first so that the hundred other logs of a client are never parsed.
    let kind = logKind(current.name);
    let head: LogEntry[] = [];
    if (kind === null) {
      const sniffed = parseBytes(read[0].bytes.subarray(0, SNIFF_BYTES), current.name);
      head = sniffed.entries;
      kind = logKind(current.name, head, sniffed.format);
      // A renamed pipeline log of which a zip gave only the head: read the set again, whole this time (rare).
      if (kind !== null && read.some((r) => r.part.partial)) return triageSet(set, true);
    }
    const whole = kind === null ? null : parseAll(read, problems);
    const wholeKind = whole && logKind(current.name, whole.entries, whole.format);
    if (!whole || !wholeKind) {
      // Not read by the diagnosis: its offset still votes for the set's clock (LogService's borrowed offset).
      others.push(offsetsOf(whole?.entries ?? head));
      for (const r of read) for (const text of machineMentionLines(r.bytes)) mentions.push({ text });
      continue;
    }
    logs.push({ input: { source: current.source, name: current.name, entries: whole.entries, format: whole.format, kind: wholeKind }, ...offsetsOf(whole.entries) });
  }
  borrowOffsets(logs, others);
  const result = diagnose(logs.map((l) => l.input));
  const machine = findMachineName([...logs.map((l) => l.input), { entries: mentions }]) ?? machineNameFromPath(set.path) ?? setStem(set.name);
  return { record: triageRecord(set, result, machine), problems };
}

/** As the app does (log-service.ts applyBorrowedOffsets): a log without an offset takes the one the set's logs carry. */
function borrowOffsets(logs: ReadLog[], others: readonly Offsets[]): void {
  const donor = mostCommon([...logs, ...others].filter((l) => !l.uncertain).map((l) => l.ownOffset));
  if (donor === null) return;
  for (const l of logs) if (l.ownOffset === null && l.input.entries.length > 0) l.input = { ...l.input, utcOffsetOverride: donor };
}
