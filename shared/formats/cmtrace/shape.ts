// The CMTrace line's markup and its script-writer hints: the one source the parser (format.ts), the byte indexer
// (shared/index/cmtrace-indexer.ts), search's text bounds and the WebAssembly scanner read. The scanner cannot
// import TS: scripts/build-wasm.mjs writes these as AssemblyScript into wasm/generated/cmtrace-shape.ts.
//   <![LOG[text]LOG]!><time="HH:MM:SS.mmm+BIAS" date="MM-DD-YYYY" component="…" context="…" type="1|2|3" thread="…" file="…">
// Sample (../shared/corpus/cmtrace/maxmoon-smsts-envblock.log):
//   <![LOG[Start executing the command line: cscript.exe "%SCRIPTROOT%\ZTIGather.wsf"]LOG]!><time="16:53:52.915+480" date="02-07-2024" component="TSManager" context="" type="1" thread="1328" file="instruction.cxx:732">

/** Opens an entry; its text follows. */
export const OPEN = '<![LOG[';
/** Closes the text; the tag follows. */
export const CLOSE = ']LOG]!>';

/** The tag's attributes in the order ConfigMgr's own writer puts them (the fast paths read only that order). */
export const TAG_ATTRIBUTES = ['time', 'date', 'component', 'context', 'type', 'thread', 'file'] as const;

/** Starts the tag, right after CLOSE. */
export const TAG_START = '<';

/** The markup before attribute k's value in the regular tag: `time="` after TAG_START, then `" date="` …. */
export function attributeMark(k: number): string {
  return k === 0 ? `${TAG_ATTRIBUTES[0]}="` : `" ${TAG_ATTRIBUTES[k]}="`;
}

/** The tag's values as text, by attribute. */
export type TagValues = Readonly<Record<(typeof TAG_ATTRIBUTES)[number], string | number>>;

/** One entry as ConfigMgr's writer puts it, without the line end (synthetic and test logs are written with it). */
export function cmtraceEntryLine(text: string, tag: TagValues): string {
  return OPEN + text + CLOSE + TAG_START + TAG_ATTRIBUTES.map((a, k) => attributeMark(k) + tag[a]).join('') + '">';
}

/**
 * Writers known to get the bias wrong: scripts (file= a script, `.ext` maybe with `:line`) and MDT (ZTI*.wsf /
 * LiteTouch write a hard-coded "+000"), on file= or component=. An empty file= is NOT a hint: SCClient and many
 * binaries leave it empty. Sample (../shared/corpus/cmtrace/maxmoon-mdt-bdd.log, a hard-coded +000):
 *   <![LOG[Property inifile is now = Bootstrap.ini]LOG]!><time="16:52:30.000+000" date="02-07-2024" component="ZTIGather" context="" type="1" thread="" file="ZTIGather">
 */
export const SCRIPT_EXTENSIONS = ['ps1', 'psm1', 'vbs', 'wsf', 'js', 'cmd', 'bat'] as const;
export const SCRIPT_WRITER_PREFIXES = ['zti', 'litetouch'] as const;

const SCRIPT_HINTS: readonly RegExp[] = [
  new RegExp(`\\.(?:${SCRIPT_EXTENSIONS.join('|')})(?::\\d+)?$`, 'i'),
  new RegExp(`^(?:${SCRIPT_WRITER_PREFIXES.join('|')})`, 'i'),
];

/** The file= or component= value names a script writer. */
export function isScriptHint(value: string): boolean {
  return SCRIPT_HINTS.some((r) => r.test(value));
}
