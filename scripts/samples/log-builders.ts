// Writers for realistic log lines, so fixtures are code: CMTrace (client logs, with the writer's bias),
// SMS server logs, WindowsUpdate.log (Windows 7 tab-separated and Windows 10 ETW-decoded), SoftwareDistribution.log,
// CBS.log and MSI logs. Times are wall clocks given as 'YYYY-MM-DD HH:MM:SS(.mmm)' plus seconds.
import { biasTimeText, usDateText } from '../../shared/formats/bias-time';
import { cmtraceEntryLine } from '../../shared/formats/cmtrace/shape';
import { smsEntryLine } from '../../shared/formats/sms/shape';
import { wallClockText } from '../../shared/model/time';

export interface Clock {
  /** Wall time `s` seconds after the start, as epoch ms read as UTC (the log writer's local clock). */
  at(s: number): number;
}

export function clock(start: string): Clock {
  const base = Date.parse(`${start.replace(' ', 'T')}Z`);
  if (!/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?$/.test(start) || Number.isNaN(base)) throw new Error(`bad start time ${start}`);
  return { at: (s) => base + Math.round(s * 1000) };
}

/** A wall clock's date `YYYY-MM-DD` and time `HH:MM:SS.mmm`, to lay out as each writer does. */
const dateAndTime = (t: number): string[] => wallClockText(t).split('T');

export type CmSeverity = 1 | 2 | 3;

export interface CmLine {
  t: number;
  text: string;
  type?: CmSeverity;
  thread?: number;
}

/**
 * One CMTrace line. `bias` is what ConfigMgr writes after the time: minutes to add to local time to get UTC
 * (+300 = UTC-05:00, -480 = UTC+08:00).
 */
export function cmtraceLine(component: string, bias: number, l: CmLine, file = 'cpp:0'): string {
  return cmtraceEntryLine(l.text, { time: biasTimeText(l.t, bias), date: usDateText(l.t), component, context: '', type: l.type ?? 1, thread: l.thread ?? 4242, file });
}

export function cmtraceLog(component: string, bias: number, lines: readonly CmLine[]): string {
  return '\uFEFF' + lines.map((l) => cmtraceLine(component, bias, l)).join('\r\n') + '\r\n';
}

/** SMS server log line: `text  $$<Component><MM-DD-YYYY HH:MM:SS.mmm+bias><thread=N (0xN)>`. */
export function smsLine(component: string, bias: number, l: CmLine): string {
  return smsEntryLine(l.text, component, `${usDateText(l.t)} ${biasTimeText(l.t, bias)}`, l.thread ?? 4660);
}

export function smsLog(component: string, bias: number, lines: readonly CmLine[]): string {
  return lines.map((l) => smsLine(component, bias, l)).join('\r\n') + '\r\n';
}

export interface WuLine {
  t: number;
  component: string;
  text: string;
  pid?: number;
  tid?: number;
}

/** Windows 7-era WindowsUpdate.log: `2018-10-02<TAB>10:49:06:951<TAB> 408<TAB>828<TAB>Agent<TAB>text`. */
export function wuLegacyLine(l: WuLine): string {
  const [date, time] = dateAndTime(l.t);
  const pid = String(l.pid ?? 408).padStart(4, ' ');
  return `${date}\t${time.replace('.', ':')}\t${pid}\t${(l.tid ?? 0x828).toString(16)}\t${l.component}\t${l.text}`;
}

/** Windows 10-era WindowsUpdate.log (Get-WindowsUpdateLog): `2021/07/14 08:53:29.6827277 6292  10196 Agent           text`. */
export function wu10Line(l: WuLine): string {
  const [date, time] = dateAndTime(l.t);
  const pid = String(l.pid ?? 6292).padEnd(5, ' ');
  const tid = String(l.tid ?? 10196).padEnd(5, ' ');
  return `${date.replaceAll('-', '/')} ${time}0000 ${pid} ${tid} ${l.component.padEnd(15, ' ')} ${l.text}`;
}

export function wuLog(style: 'legacy' | 'win10', lines: readonly WuLine[]): string {
  const f = style === 'legacy' ? wuLegacyLine : wu10Line;
  return lines.map(f).join(style === 'legacy' ? '\n' : '\r\n') + (style === 'legacy' ? '\n' : '\r\n');
}

/** WSUS SoftwareDistribution.log: `2026-11-24 10:21:03.123 UTC<TAB>Info<TAB>WsusService.12<TAB>Class.Method<TAB>text`. */
export function softwareDistributionLine(t: number, level: 'Info' | 'Warning' | 'Error', source: string, text: string): string {
  return `${dateAndTime(t).join(' ')} UTC\t${level}\tWsusService.12\t${source}\t${text}`;
}

/** CBS.log: `2020-02-04 17:51:01, Info                  CBS    text`. */
export function cbsLine(t: number, level: 'Info' | 'Error' | 'Warning', component: string, text: string): string {
  const [date, time] = dateAndTime(t);
  return `${date} ${time.slice(0, 8)}, ${level.padEnd(22, ' ')}${component.padEnd(7, ' ')}${text}`;
}
