// The SMS server-log line's trailer and its file-name hints: the one source the parser (format.ts), the byte
// indexer (shared/index/sms-indexer.ts), search's text bounds (text-bounds.ts) and the WebAssembly scanner read.
// The scanner cannot import TS: scripts/build-wasm.mjs writes these as AssemblyScript into wasm/generated/sms-shape.ts.
//   text  $$<Component><MM-DD-YYYY HH:MM:SS.mmm+BIAS><thread=1234 (0x4D2)>
// Sample (the format's own sample, as WSyncMgr.log writes it):
//   Sync failed: WSUS update source not found on site PS1. Source: getSiteUpdateSource  $$<SMS_WSUS_SYNC_MANAGER><11-24-2026 10:22:00.000+300><thread=5000 (0x1388)>

/** Opens the trailer: the line's LAST one counts (the text may hold `$$<` too). */
export const TRAILER_OPEN = '$$<';
/** Between the trailer's fields: `<comp><stamp><thread=…>`. */
export const FIELD_OPEN = '<';
export const FIELD_CLOSE = '>';
/** The third field's name. */
export const THREAD_FIELD = '<thread=';

/** One entry's head line as the server's writer puts it (text, two spaces, trailer), without the line end. */
export function smsEntryLine(text: string, component: string, stamp: string, thread: number): string {
  const threadText = `${thread} (0x${thread.toString(16).toUpperCase()})`;
  return `${text}  ${TRAILER_OPEN}${component}${FIELD_CLOSE}${FIELD_OPEN}${stamp}${FIELD_CLOSE}${THREAD_FIELD}${threadText}${FIELD_CLOSE}`;
}

/** The whole trailer at a line's end (white space may follow): component, stamp, thread. */
export const TRAILER = new RegExp(
  `${escape(TRAILER_OPEN)}([^>]*)>${FIELD_OPEN}([^>]*)>${escape(THREAD_FIELD)}([^>]*)${FIELD_CLOSE}\\s*$`,
);

/** Server components whose logs take this shape (a small sniff bonus; the trailer decides). */
export const SERVER_LOG_NAME = /^(?:WCM|WSUSCtrl|WSyncMgr|SUPSetup|MP_\w+|sitecomp|smsexec|distmgr)\.lo[g_]$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
