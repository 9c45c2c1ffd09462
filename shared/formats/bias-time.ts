// CMTrace / SMS time attribute: `HH:MM:SS.mmm+BIAS`, where BIAS is minutes to ADD to local time to get UTC
// (Windows' TIME_ZONE_INFORMATION.Bias: +300 is UTC-05:00). Writers get it wrong in known ways:
//   +000 / +00       fine (UTC or a writer that hard-codes it)
//   10:22:50.8422964 .NET 7-digit fraction, no bias at all (SCClient)
//   10:00:00.000120  sign-less: a script concatenated ms and a positive bias
//   10:00:00.000+-240 a script wrote "+" then a negative bias
// Sign-less and "+-" mean the writer is a script: the offset is flagged uncertain.
import { fractionToMs, wallClockMs, wallClockText } from '../model/time';

export interface BiasTime {
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC (= -bias); null when no bias was written. */
  utcOffset: number | null;
  offsetUncertain: boolean;
}

/** Largest real bias: UTC-12:00 / UTC+14:00 (the byte-level indexers stop at the same line). */
export const MAX_BIAS = 840;

const TIME = /^\s*(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d+))?\s*(?:(\+-|-\+|[+-])\s*(\d{1,4}))?\s*$/;

/** Normalise -0 to 0 so offsets compare cleanly. */
const negate = (bias: number): number => (bias === 0 ? 0 : -bias);

export function parseBiasTime(s: string): BiasTime | null {
  const m = TIME.exec(s);
  if (!m) return null;
  const [, hh, mi, ss, frac, sign, biasDigits] = m;
  const base = { hour: Number(hh), minute: Number(mi), second: Number(ss) };
  if (sign !== undefined) {
    const bias = Number(biasDigits);
    const doubled = sign.length === 2;
    // "+-240": the script meant -240.
    const signed = doubled || sign === '-' ? -bias : bias;
    return { ...base, ms: fractionToMs(frac), utcOffset: bias > MAX_BIAS ? null : negate(signed), offsetUncertain: doubled || bias > MAX_BIAS };
  }
  if (frac !== undefined && frac.length >= 4 && frac.length <= 6) {
    // Sign-less: three ms digits, then a positive bias of 1..3 digits.
    const bias = Number(frac.slice(3));
    if (bias <= MAX_BIAS) return { ...base, ms: fractionToMs(frac.slice(0, 3)), utcOffset: negate(bias), offsetUncertain: true };
  }
  return { ...base, ms: fractionToMs(frac), utcOffset: null, offsetUncertain: false };
}

/** `MM-DD-YYYY` (also `M-D-YYYY`, `/` separators) → parts; null when not a date. */
export function parseUsDate(s: string): { year: number; month: number; day: number } | null {
  const m = /^\s*(\d{1,2})[-/](\d{1,2})[-/](\d{4})\s*$/.exec(s);
  return m ? { month: Number(m[1]), day: Number(m[2]), year: Number(m[3]) } : null;
}

/** A `MM-DD-YYYY` date and a bias time as one stamp: the wall clock, and the writer's offset where both read. */
export function biasStamp(date: string, time: string): { wallMs: number | null; utcOffset: number | null; offsetUncertain: boolean } {
  const d = parseUsDate(date);
  const t = parseBiasTime(time);
  const wallMs = d && t ? wallClockMs(d.year, d.month, d.day, t.hour, t.minute, t.second, t.ms) : null;
  return wallMs === null ? { wallMs, utcOffset: null, offsetUncertain: false } : { wallMs, utcOffset: t!.utcOffset, offsetUncertain: t!.offsetUncertain };
}

/** A wall clock (epoch ms read as UTC) and bias as a writer puts them: `HH:MM:SS.mmm+300` (what parseBiasTime reads). */
export function biasTimeText(wallMs: number, bias: number): string {
  return `${wallClockText(wallMs).slice(11)}${bias >= 0 ? '+' : ''}${bias}`;
}

/** A wall clock's day as `MM-DD-YYYY` (what parseUsDate reads). */
export function usDateText(wallMs: number): string {
  const [year, month, day] = wallClockText(wallMs).slice(0, 10).split('-');
  return `${month}-${day}-${year}`;
}
