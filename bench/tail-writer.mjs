// The benchmark's log writer, in its own process: appends CMTrace entries at a given rate and rolls X.log over
// to X.lo_ every N entries, as ConfigMgr does. Each entry carries its sequence number and write time.
// argv: path linesPerSecond rollEvery rollovers
import { appendFileSync, existsSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

const [path, rateArg, rollArg, rollsArg] = process.argv.slice(2);
const rate = Number(rateArg);
const rollEvery = Number(rollArg);
const rolls = Number(rollsArg);
const lo = path.slice(0, -1) + '_';
const total = rollEvery * (rolls + 1);
const tick = 10; // ms
let seq = 0;
const started = Date.now();

function entry(n) {
  const d = new Date();
  const p = (x, w = 2) => String(x).padStart(w, '0');
  return `<![LOG[seq=${n} t=${(performance.timeOrigin + performance.now()).toFixed(3)} Scan results will include all superseded updates.]LOG]!><time="${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}+000" date="${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}-${d.getUTCFullYear()}" component="WUAHandler" context="" type="1" thread="4120" file="x.cpp:1">\r\n`;
}

writeFileSync(path, '\ufeff');
process.send?.('ready');
const timer = setInterval(() => {
  const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * rate));
  let chunk = '';
  while (seq < due) {
    chunk += entry(seq++);
    if (seq % rollEvery === 0 && seq < total) {
      appendFileSync(path, chunk);
      chunk = '';
      if (existsSync(lo)) unlinkSync(lo);
      renameSync(path, lo);
      writeFileSync(path, '\ufeff');
    }
  }
  if (chunk) appendFileSync(path, chunk);
  if (seq >= total) {
    clearInterval(timer);
    process.send?.({ done: seq });
    setTimeout(() => process.exit(0), 50);
  }
}, tick);
