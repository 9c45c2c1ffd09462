// What the backend tells people (a file it could not open, a line it cut, a tail that lost its file) travels as a
// code with parameters. The renderer says it in the UI's language (i18n keys `backend.<code>`); the CLI and the
// logs print the English text below. One table: a new message is one row here and one key per language
// (renderer/src/i18n/*.json), and a test holds the three to the same codes and parameters.
import { fillPlaceholders } from '../knowledge/localized';

/** English text of each message; `{name}` placeholders are its parameters. */
const MESSAGE_TEXT = {
  // opening files and folders
  missing: 'no such file or folder (deleted or moved?)',
  denied: 'permission denied',
  locked: 'the file is locked by another program',
  isFolder: 'is a folder',
  symlinkLoop: 'too many symbolic links',
  pathTooLong: 'path too long',
  shareGone: 'the drive or network share is no longer reachable ({errno})',
  tooLarge: 'file too large to open in one piece',
  noAnswer: 'no answer after {seconds} s (share or drive not responding)',
  notRegular: 'not a regular file (device, pipe or socket)',
  noLogs: 'no logs (.log, .lo_, .txt or .zip) in this folder',
  tooManyLogs: 'more than {max} logs: the rest were not opened',
  failed: '{why}',
  // reading a file's text
  binary: 'not a text log (binary content)',
  invalidBytes: 'invalid {encoding} bytes replaced by U+FFFD',
  cannotDecode: 'cannot decode in one piece ({bytes} bytes): {why}',
  lineCut: 'line {line}: {length} characters long, cut to {max}',
  // zips
  zipTooManyEntries: 'too many entries ({count} > {max})',
  zipEntryTooBig: 'entry larger than {max} bytes',
  zipEntryInflatesTooMuch: 'inflates to more than {max} bytes (zip bomb?)',
  zipTotalTooBig: 'the zip inflates to more than {max} bytes in all (zip bomb?)',
  zipRatio: 'compression ratio too high (zip bomb?)',
  zipAbsoluteName: 'unsafe entry name (absolute path)',
  zipClimbingName: 'unsafe entry name (climbs out with "..")',
  zipNulName: 'unsafe entry name (NUL character)',
  zipSymlink: 'symbolic link entry refused',
  zipEncrypted: 'encrypted entry (password-protected zips are not supported)',
  zipTooDeep: 'zips nested deeper than {max} levels are not opened',
  zipNestedTooBig: 'nested zip larger than {max} bytes',
  zipNotZip: 'not a zip, or its central directory is damaged',
  zipDirectoryDamaged: "the zip's central directory is damaged",
  zipSizesWrong: "sizes in the zip's headers are wrong (damaged or hostile zip): {why}",
  zipChecksum: 'the entry is damaged (checksum mismatch)',
  zipDataDamaged: "the entry's compressed data is damaged: {why}",
  zipTruncated: 'the zip is truncated or damaged: {why}',
  zipBroken: 'broken zip: {why}',
  // big logs kept as an index
  indexed: '{mib} MiB, kept as an index',
  indexedDiagnosed: '{mib} MiB, kept as an index; diagnosed from the file',
  indexedTooBig: '{mib} MiB, kept as an index; too big for the diagnosis',
  indexedFiles: '{mib} MiB in {files} files, kept as an index',
  indexedFilesDiagnosed: '{mib} MiB in {files} files, kept as an index; diagnosed from the file',
  indexedFilesTooBig: '{mib} MiB in {files} files, kept as an index; too big for the diagnosis',
  indexWorkerFault: 'index worker failed ({why}); bytes {from}–{to} indexed on the main thread',
  // time zones
  zoneBorrowed: 'no time zone in this log: using {zone} from the ConfigMgr logs opened with it',
  // live tail
  rolledAway: 'the log rolled over and replaced {rolled}; its {count} older entries are no longer on disk and were dropped',
  tailFolderGone: 'its folder is gone (removed, renamed or the share dropped); showing what was read',
  tailFileGone: 'the file is gone (deleted or the share dropped); showing what was read',
  tailDenied: 'permission denied while tailing; showing what was read',
  tailFailed: 'cannot read the file ({why}); showing what was read',
} as const;

export type MessageCode = keyof typeof MESSAGE_TEXT;
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message as a code with its parameters. */
export interface Problem {
  code: MessageCode;
  params: MessageParams;
}

/** A message about one log, as LogInfo.messages carries it: `subject` is the file it is about (null: the log itself). */
export interface LogMessage extends Problem {
  subject: string | null;
  /** The English text (CLI, logs, tests); the UI builds its own from code and params. */
  text: string;
}

export const MESSAGE_CODES = Object.keys(MESSAGE_TEXT) as MessageCode[];

export function problem(code: MessageCode, params: MessageParams = {}): Problem {
  return { code, params };
}

/** The English text of a message: its template with the parameters filled in. */
export function problemText(p: Problem): string {
  return fillPlaceholders(MESSAGE_TEXT[p.code], p.params);
}

export function logMessage(p: Problem, subject: string | null = null): LogMessage {
  const text = problemText(p);
  return { ...p, subject, text: subject ? `${subject}: ${text}` : text };
}

/** The same message (code, parameters and subject): a note is not added twice. */
export function sameMessage(a: LogMessage, b: LogMessage): boolean {
  return a.text === b.text && a.code === b.code;
}

/** The `{name}` placeholders a message's text takes, for the test that every language fills the same ones. */
export function messageParams(code: MessageCode): string[] {
  return [...MESSAGE_TEXT[code].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
