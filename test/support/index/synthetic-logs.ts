// Realistic generated CMTrace and SMS server logs (tests and `npm run bench`): the components, messages and
// quirks of real ConfigMgr logs (multi-line entries, type 0..3, empty thread, HRESULTs), from a seed.
import { biasTimeText, usDateText } from '../../../shared/formats/bias-time';
import { cmtraceEntryLine } from '../../../shared/formats/cmtrace/shape';
import { smsEntryLine } from '../../../shared/formats/sms/shape';

/** A small seeded PRNG (mulberry32): the same seed gives the same log. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLIENT_COMPONENTS = ['WUAHandler', 'UpdatesDeploymentAgent', 'UpdatesHandler', 'ScanAgent', 'CAS', 'ContentAccess', 'DataTransferService', 'UpdatesStore'];
const SERVER_COMPONENTS = ['SMS_WSUS_SYNC_MANAGER', 'SMS_WSUS_CONFIGURATION_MANAGER', 'SMS_WSUS_CONTROL_MANAGER', 'SMS_STATE_SYSTEM'];
const MESSAGES = [
  'Its a WSUS Update Source type ({3DA2AB91-7B25-4B7A-B0A8-A8C6D1A6EC84}), adding it.',
  'Scan results will include all superseded updates.',
  'Successfully completed scan.',
  'OnSearchComplete - Failed to end search job. Error = 0x80244021.',
  'Scan failed with error = 0x80244021.',
  'Raising event: instance of CCM_SoftwareUpdatesAgent_AssignmentEvaluationStart_Event { ClientID = "GUID:0A1B2C3D"; }',
  'Update (Site_E0789628-CE08-4437-BE74-2495B842F43B/SUM_f0b3ce4c-1c8e-4a8f-8b0e-0c1e3e0c7a9d) Name (2026-11 Cumulative Update) ArticleID (5032190) added to the targeted list of deployment',
  'WARNING: Sync of update source timed out, retrying',
  'Download progress 45%, 19873664 of 44162560 bytes',
  'No errors found, exit code = 0x0',
];

export interface SyntheticOptions {
  seed?: number;
  /** Wall clock of the first entry (ms, as if UTC). */
  startMs?: number;
  /** Every n-th entry spans several lines (0: never). */
  multiLineEvery?: number;
}

/** `count` entries made by `entry` (its index, its wall clock 0..39 ms after the one before, whether it spans lines). */
function entries(count: number, o: SyntheticOptions, seed: number, entry: (i: number, t: number, multiLine: boolean, r: () => number) => string): string {
  const r = rng(o.seed ?? seed);
  const out: string[] = [];
  let t = o.startMs ?? Date.UTC(2026, 10, 24, 8, 0, 0);
  for (let i = 0; i < count; i++) {
    t += Math.floor(r() * 40);
    out.push(entry(i, t, !!o.multiLineEvery && i % o.multiLineEvery === o.multiLineEvery - 1, r));
  }
  return out.join('');
}

const pick = <T>(r: () => number, from: readonly T[]): T => from[Math.floor(r() * from.length)];

/** `count` CMTrace entries as text (CRLF line ends, as ConfigMgr writes them). */
export function cmtraceText(count: number, o: SyntheticOptions = {}): string {
  return entries(count, o, 1, (i, t, multiLine, r) => {
    const comp = pick(r, CLIENT_COMPONENTS);
    const msg = pick(r, MESSAGES) + (multiLine ? '\r\n  detail line one\r\n  detail line two' : '');
    const type = msg.includes('Failed') ? 3 : msg.startsWith('WARNING') ? 2 : r() < 0.05 ? 0 : 1;
    const thread = r() < 0.01 ? '' : String(1000 + Math.floor(r() * 9000));
    const tag = { time: biasTimeText(t, 300), date: usDateText(t), component: comp, context: '', type, thread, file: `cwuahandler.cpp:${100 + (i % 4000)}` };
    return cmtraceEntryLine(msg, tag) + '\r\n';
  });
}

/** `count` SMS server-log entries (`text  $$<comp><date time+bias><thread=N (0xN)>`). */
export function smsText(count: number, o: SyntheticOptions = {}): string {
  return entries(count, o, 2, (_i, t, multiLine, r) => {
    const comp = pick(r, SERVER_COMPONENTS);
    const msg = pick(r, MESSAGES);
    const thread = 1000 + Math.floor(r() * 9000);
    const extra = multiLine ? 'STATMSG: ID=6703 SEV=E LEV=M SOURCE="SMS Server"\r\n' : '';
    return `${smsEntryLine(msg, comp, `${usDateText(t)} ${biasTimeText(t, 300)}`, thread)}\r\n${extra}`;
  });
}

/** UTF-16LE bytes with BOM (how MSI and some setup logs are written). */
export function utf16leWithBom(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}
