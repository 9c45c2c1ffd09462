// CMTrace (ConfigMgr client, OSD smsts.log, MDT BDD.log):
//   <![LOG[text]LOG]!><time="HH:MM:SS.mmm+BIAS" date="MM-DD-YYYY" component="…" context="…" type="1|2|3" thread="…" file="…">
// The text may span many physical lines; `]LOG]!>` closes it. Rules, in order, for each line:
//   - a line starting `<![LOG[` opens an entry; if one was still open (its `]LOG]!>` never came, e.g. a writer
//     crashed or two writers interleaved) that one is closed first as an entry of its own without attributes;
//   - inside an open entry, a line containing `]LOG]!>` closes it, any other line is more text;
//   - outside any entry, a line containing `]LOG]!>` is the tail of an interleaved write (smsts.log with two
//     writers): an entry of its own with its attributes; any other line is an entry of its own (plain text).
// type 0 (verbose) and 1 are info, 2 warning, 3 error; a missing/odd type falls back to the text rule.
import type { LogEntry, Severity } from '../../model/log-entry';
import { biasStamp } from '../bias-time';
import { bareEntry, parseThread } from '../entry-builder';
import type { EntrySink, LineParser, LogFormat } from '../log-format';
import { deriveSeverity } from '../severity';
import { CLOSE, isScriptHint, OPEN } from './shape';

const TYPE_SEVERITY: Record<string, Severity> = { '0': 'info', '1': 'info', '2': 'warning', '3': 'error' };

const ATTR = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;

function parseAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  // The tag ends at the first '>' after the closing marker; attributes never contain '>'.
  const end = tag.indexOf('>');
  const s = end === -1 ? tag : tag.slice(0, end);
  for (const m of s.matchAll(ATTR)) out[m[1].toLowerCase()] = m[2];
  return out;
}

function entryFrom(line: number, lineCount: number, text: string, tag: string): LogEntry {
  const a = parseAttributes(tag);
  const { wallMs, utcOffset, offsetUncertain } = biasStamp(a.date ?? '', a.time ?? '');
  const scripted = isScriptHint(a.file ?? '') || isScriptHint(a.component ?? '');
  const typeSeverity = a.type !== undefined ? TYPE_SEVERITY[a.type.trim()] : undefined;
  return {
    line,
    lineCount,
    wallMs,
    utcOffset,
    offsetUncertain: utcOffset !== null && (offsetUncertain || scripted),
    component: a.component ? a.component : null,
    thread: parseThread(a.thread),
    severity: typeSeverity ?? deriveSeverity(text),
    text,
  };
}

function cmtraceParser(emit: EntrySink): LineParser {
  let open: { start: number; parts: string[] } | null = null;

  const closeUnterminated = (): void => {
    if (!open) return;
    emit(bareEntry(open.start, open.parts.length, open.parts.join('\n')));
    open = null;
  };

  return {
    line(text, lineNo) {
      const lead = text.indexOf(OPEN);
      const startsEntry = lead !== -1 && text.slice(0, lead).trim() === '';
      if (startsEntry) {
        closeUnterminated();
        const body = text.slice(lead + OPEN.length);
        const close = body.indexOf(CLOSE);
        if (close !== -1) emit(entryFrom(lineNo, 1, body.slice(0, close), body.slice(close + CLOSE.length)));
        else open = { start: lineNo, parts: [body] };
        return;
      }
      const close = text.indexOf(CLOSE);
      if (open) {
        if (close === -1) {
          open.parts.push(text);
          return;
        }
        open.parts.push(text.slice(0, close));
        emit(entryFrom(open.start, open.parts.length, open.parts.join('\n'), text.slice(close + CLOSE.length)));
        open = null;
        return;
      }
      if (close !== -1) emit(entryFrom(lineNo, 1, text.slice(0, close), text.slice(close + CLOSE.length)));
      else emit(bareEntry(lineNo, 1, text));
    },
    end: closeUnterminated,
  };
}

export const cmtraceFormat: LogFormat = {
  name: 'cmtrace',
  sniff(head) {
    const hits = head.filter((l) => l.includes(OPEN) || l.includes(CLOSE + '<time=')).length;
    return hits === 0 ? 0 : Math.min(1, 0.9 + hits / 100);
  },
  parser: cmtraceParser,
  samples: [
    {
      lines: [
        '<![LOG[Its a WSUS Update Source type ({3DA2AB91-7B25-4B7A-B0A8-A8C6D1A6EC84}), adding it.]LOG]!><time="10:21:03.123+300" date="11-24-2026" component="WUAHandler" context="" type="1" thread="4120" file="sourcemanager.cpp:1397">',
        '<![LOG[OnSearchComplete - Failed to end search job. Error = 0x80244021.]LOG]!><time="10:21:09.500+300" date="11-24-2026" component="WUAHandler" context="" type="3" thread="4120" file="cwuahandler.cpp:3909">',
        '<![LOG[Scan failed with error = 0x80244021.]LOG]!><time="10:21:09.501+300" date="11-24-2026" component="WUAHandler" context="" type="2" thread="4120 (0x1018)" file="cwuahandler.cpp:4067">',
      ],
      expect: [
        { line: 1, lineCount: 1, wallMs: Date.UTC(2026, 10, 24, 10, 21, 3, 123), utcOffset: -300, offsetUncertain: false, component: 'WUAHandler', thread: 4120, severity: 'info', text: 'Its a WSUS Update Source type ({3DA2AB91-7B25-4B7A-B0A8-A8C6D1A6EC84}), adding it.' },
        { line: 2, severity: 'error', text: 'OnSearchComplete - Failed to end search job. Error = 0x80244021.' },
        { line: 3, severity: 'warning', thread: 4120 },
      ],
    },
    {
      // Multi-line text, type 0, 7-digit fraction without bias, date without zero padding.
      lines: [
        '<![LOG[CIAssignmentMessage:',
        '<CIAssignmentMessage SchemaVersion="1.0"/>',
        ']LOG]!><time="10:22:50.8422964" date="1-2-2015" component="SCClient" context="" type="0" thread="16" file="">',
        '<![LOG[Raising event:]LOG]!><time="19:33:19.766-330" date="11-28-2014" component="AppEnforce" context="" type="1" thread="8744" file="appprovider.cpp:2083">',
      ],
      expect: [
        { line: 1, lineCount: 3, wallMs: Date.UTC(2015, 0, 2, 10, 22, 50, 842), utcOffset: null, offsetUncertain: false, component: 'SCClient', thread: 16, severity: 'info', text: 'CIAssignmentMessage:\n<CIAssignmentMessage SchemaVersion="1.0"/>\n' },
        { line: 4, lineCount: 1, utcOffset: 330, wallMs: Date.UTC(2014, 10, 28, 19, 33, 19, 766) },
      ],
    },
    {
      // Script writers: sign-less bias and "+-" bias; an unterminated entry closed by the next one.
      lines: [
        '<![LOG[Starting remediation]LOG]!><time="10:00:00.000120" date="03-01-2024" component="Remediate" context="" type="1" thread="" file="remediate.ps1">',
        '<![LOG[Half written entry',
        '<![LOG[Done]LOG]!><time="10:00:01.000+-240" date="03-01-2024" component="Remediate" context="" type="1" thread="" file="">',
      ],
      expect: [
        { line: 1, utcOffset: -120, offsetUncertain: true, thread: null, wallMs: Date.UTC(2024, 2, 1, 10, 0, 0, 0) },
        { line: 2, lineCount: 1, wallMs: null, component: null, text: 'Half written entry' },
        { line: 3, utcOffset: 240, offsetUncertain: true },
      ],
    },
  ],
};
