// Where a worker thread's script is: a bundled build ships `<name>.js` beside the bundle that starts it; in a
// packaged app it is unpacked beside the asar (electron-builder.yml asarUnpack), because worker threads load
// scripts from the real file system; from sources (tests, tsx) the .ts runs through tsx.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkerScript {
  file: string;
  eval: boolean;
}

export function workerScriptBeside(dir: string, name: string): WorkerScript {
  const js = join(dir, `${name}.js`);
  const unpacked = js.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  if (unpacked !== js && existsSync(unpacked)) return { file: unpacked, eval: false };
  if (existsSync(js)) return { file: js, eval: false };
  const ts = join(dir, `${name}.ts`);
  return { file: `require('tsx/cjs/api').register(); require(${JSON.stringify(ts)});`, eval: true };
}
