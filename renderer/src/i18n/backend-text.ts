// The backend writes its per-file messages and open errors in English (the CLI and logs need one language).
// The UI shows them in its own: each known shape is a pattern with named groups and the i18n key that says
// the same; anything else is shown as written. Kept as data so a new backend message is one row here.
import type { TFunction } from 'i18next';

interface Shape {
  re: RegExp;
  key: string;
}

const SHAPES: readonly Shape[] = [
  { re: /^no time zone in this log: using (?<zone>UTC\S+) from the ConfigMgr logs opened with it$/, key: 'backend.zoneBorrowed' },
  { re: /^(?<name>.+?): (?<mib>\d+) MiB, kept as an index; diagnosed from the file$/, key: 'backend.indexedDiagnosed' },
  { re: /^(?<name>.+?): (?<mib>\d+) MiB, kept as an index; too big for the diagnosis$/, key: 'backend.indexedTooBig' },
  { re: /^(?<name>.+?): (?<mib>\d+) MiB, kept as an index$/, key: 'backend.indexed' },
  { re: /^(?<name>.+?): (?<mib>\d+) MiB in (?<files>\d+) files, kept as an index; diagnosed from the file$/, key: 'backend.indexedFilesDiagnosed' },
  { re: /^(?<name>.+?): (?<mib>\d+) MiB in (?<files>\d+) files, kept as an index; too big for the diagnosis$/, key: 'backend.indexedFilesTooBig' },
  { re: /^(?<name>.+?): (?<mib>\d+) MiB in (?<files>\d+) files, kept as an index$/, key: 'backend.indexedFiles' },
  {
    re: /^(?<name>.+?): the log rolled over and replaced (?<rolled>.+?); its (?<count>\d+) older entries are no longer on disk and were dropped$/,
    key: 'backend.rolledAway',
  },
  { re: /^(?<name>.+?): its folder is gone \(.*\); showing what was read$/, key: 'backend.tailFolderGone' },
  { re: /^(?<name>.+?): the file is gone \(.*\); showing what was read$/, key: 'backend.tailFileGone' },
  { re: /^(?<name>.+?): permission denied while tailing; showing what was read$/, key: 'backend.tailDenied' },
  { re: /^(?<name>.+?): cannot read the file \((?<why>.*)\); showing what was read$/, key: 'backend.tailFailed' },
  { re: /^(?<name>.+?): line (?<line>\d+): (?<len>\d+) characters long, cut to (?<max>\d+)$/, key: 'backend.lineCut' },
  { re: /^(?<name>.+?): (?:[^:]+: )?invalid (?<enc>\S+) bytes replaced by U\+FFFD$/, key: 'backend.invalidBytes' },
  { re: /^(?<name>.+?): (?:[^:]+: )?not a text log \(binary content\)$/, key: 'backend.binary' },
  { re: /^(?<name>.+?): no such file or folder \(deleted or moved\?\)$/, key: 'backend.missing' },
  { re: /^(?<name>.+?): permission denied$/, key: 'backend.denied' },
  { re: /^(?<name>.+?): the file is locked by another program$/, key: 'backend.locked' },
  { re: /^(?<name>.+?): no logs \(\.log, \.lo_, \.txt or \.zip\) in this folder$/, key: 'backend.noLogs' },
];

/** A backend message in the UI's language, or as written when its shape is not known. */
export function localizeBackendText(text: string, t: TFunction): string {
  for (const s of SHAPES) {
    const m = s.re.exec(text);
    if (m) return t(s.key, { ...m.groups, interpolation: { escapeValue: false } });
  }
  return text;
}

/** The keys this table uses, for the test that both languages have them. */
export const BACKEND_TEXT_KEYS = SHAPES.map((s) => s.key);
