// The backend process in Electron: a utilityProcess (a Node child that Chromium's process model supervises, as
// VS Code runs its extension host and file watcher) started from backend.cjs beside main's bundle. It speaks
// the same messages as browser mode's forked child; only how it is started and how it ends differ.
import { utilityProcess } from 'electron';
import type { FromBackend } from '../../shared/api/backend-protocol';
import type { BackendChild, SpawnBackend } from '../backend/host/backend-relay';
import { backendEnv } from '../backend/host/backend-env';

export function utilityBackend(entryFile: string): SpawnBackend {
  return (): BackendChild => {
    // stdio 'inherit': the backend's own errors land where main's do (and in errors.log, which it writes itself).
    const child = utilityProcess.fork(entryFile, [], { serviceName: 'CMLens backend', stdio: 'inherit', env: backendEnv() });
    return {
      postMessage: (m) => child.postMessage(m),
      onMessage: (l) => void child.on('message', (m: unknown) => l(m as FromBackend)),
      // Electron reports only the code; app 'child-process-gone' (logged by main) says crashed, killed or oom.
      onExit: (l) => void child.once('exit', (code: number) => l(`exit code ${code}`)),
      kill: () => void child.kill(),
    };
  };
}
