// Every format, and which one a log is: every format sniffs the head; the highest score wins, this list's order
// (more specific first) breaks ties, and `plain` (a constant low score, last) is what is left when nobody
// recognises the head.
import type { FormatName } from '../model/log-entry';
import { baseName } from '../model/rotation';
import { cbsFormat } from './cbs';
import { cmtraceFormat } from './cmtrace/format';
import { iisW3cFormat } from './iis-w3c';
import type { LogFormat } from './log-format';
import { msiFormat } from './msi';
import { plainFormat } from './plain';
import { smsFormat } from './sms/format';
import { softwareDistributionFormat } from './softwaredistribution';
import { windowsUpdate10Format } from './windowsupdate-10';
import { windowsUpdateLegacyFormat } from './windowsupdate-legacy';

export const FORMATS: readonly LogFormat[] = [
  cmtraceFormat,
  smsFormat,
  windowsUpdateLegacyFormat,
  windowsUpdate10Format,
  softwareDistributionFormat,
  cbsFormat,
  msiFormat,
  iisW3cFormat,
  plainFormat,
];

const BY_NAME = new Map<FormatName, LogFormat>(FORMATS.map((f) => [f.name, f]));

export function formatByName(name: FormatName): LogFormat {
  return BY_NAME.get(name) ?? plainFormat;
}

/** How many leading lines detection looks at, and how much of each. */
export const HEAD_LINES = 64;
const HEAD_LINE_CHARS = 4096;

export function detectFormat(head: readonly string[], fileName: string): FormatName {
  const lines = head.slice(0, HEAD_LINES).map((l) => (l.length > HEAD_LINE_CHARS ? l.slice(0, HEAD_LINE_CHARS) : l));
  const name = baseName(fileName);
  let best: FormatName = 'plain';
  let bestScore = 0;
  for (const f of FORMATS) {
    const s = f.sniff(lines, name);
    if (s > bestScore) {
      best = f.name;
      bestScore = s;
    }
  }
  return best;
}
