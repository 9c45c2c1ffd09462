// Where the initial read of a live log should stop so the tailer can take over without losing or doubling an
// entry: after the last complete line (a half-written last line is left to the tailer, which holds it until
// its line end arrives). A last line without a line end still counts when it is visibly complete.
import { HEAD_BYTES, sniffLog, type LogShape } from '../../../shared/index/log-shape';
import { toUnits } from '../../../shared/index/log-encoding';

export interface CompletePrefix {
  shape: LogShape;
  /** Bytes of the file read by the initial parse; the tailer starts here. */
  bytes: number;
  /** Line number of the line starting at `bytes`. */
  nextLine: number;
}

/** A CMTrace entry is complete once its attribute block closes. */
const CMTRACE_CLOSED = /\]LOG\]!><[^>]*>\s*$/;

export function completePrefix(buf: Buffer, fileName: string): CompletePrefix | null {
  const shape = sniffLog(buf.subarray(0, HEAD_BYTES), fileName);
  if (shape.binary) return null;
  const end = buf.length - ((buf.length - shape.dataStart) % shape.unitSize);
  const u = toUnits(buf.subarray(shape.dataStart, end), shape.encoding);
  let lines = 0;
  let lastLf = -1;
  for (let i = 0; i < u.length; i++) {
    if (u[i] === 10) {
      lines++;
      lastLf = i;
    }
  }
  let cut = lastLf + 1;
  if (cut < u.length) {
    // The rest has no line end: a line format's line is whole as it stands; a CMTrace entry only once closed.
    const rest = Buffer.from(buf.subarray(shape.dataStart + cut * shape.unitSize, end)).toString(shape.unitSize === 2 ? 'utf16le' : 'utf8');
    if (shape.format !== 'cmtrace' || CMTRACE_CLOSED.test(rest)) {
      cut = u.length;
      lines++;
    }
  }
  return { shape, bytes: shape.dataStart + cut * shape.unitSize, nextLine: lines + 1 };
}
