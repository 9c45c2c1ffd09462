// The backend process under plain Node (browser mode's server, tests): child_process.fork of the same entry
// Electron starts as a utilityProcess, speaking the same messages. 'advanced' serialization is structured
// clone, as Electron's MessagePort, so a dropped file's bytes travel as bytes and results as they are.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ToBackend } from '../../../shared/api/backend-protocol';
import type { LogServiceOptions } from '../log-service';
import type { BackendChild, SpawnBackend } from './backend-relay';
import { backendEnv } from './backend-env';

interface BackendScript {
  file: string;
  execArgv: string[];
}

/** The built entry beside this bundle (dist/cli/backend.cjs), or, from sources (tests, tsx), the .ts through tsx. */
function backendScript(): BackendScript {
  const built = join(__dirname, 'backend.cjs');
  if (existsSync(built)) return { file: built, execArgv: [] };
  return { file: join(__dirname, 'backend-entry.ts'), execArgv: ['--import', 'tsx'] };
}

export function forkBackend(options: LogServiceOptions = {}, script: BackendScript = backendScript()): SpawnBackend {
  return (): BackendChild => {
    const cp = fork(script.file, [JSON.stringify(options)], { serialization: 'advanced', execArgv: script.execArgv, env: backendEnv(), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // A message sent as the child dies fails here; the exit handler reports the crash.
    cp.on('error', () => {});
    // Node's ChildProcess sends with send(): under Electron's name it is what the relay speaks to.
    return Object.assign(cp, { postMessage: (m: ToBackend) => void cp.send(m) });
  };
}
