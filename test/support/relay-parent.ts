// A parent process holding a BackendRelay, as `cmlens serve` does: opens the paths given (tailed, so the backend
// has timers keeping it alive), prints the backend's pid and waits. Tests kill this parent outright (SIGKILL, no
// cleanup) to check that its backend does not outlive it.
import { BackendRelay } from '../../electron/backend/host/backend-relay';
import { forkBackend } from '../../electron/backend/host/fork-backend';

const relay = new BackendRelay(forkBackend({ tail: true }));
void relay.start().then(async () => {
  await relay.api.openPaths({ paths: process.argv.slice(2) });
  process.stdout.write(`backend ${relay.pid}\n`);
  setInterval(() => {}, 1 << 30);
});
