// cmlens serve [PATH…] [--port N]: browser mode, the real renderer and backend on 127.0.0.1. This process keeps
// the HTTP server and WebSocket; the backend runs in its own process (backend-entry.ts, forked), so a long call
// never stalls the server, and a backend that crashes is restarted with the open set reopened.
import { BackendRelay } from '../../backend/host/backend-relay';
import { forkBackend } from '../../backend/host/fork-backend';
import { startBrowserServer } from '../../server/browser-server';
import { reportBadInput } from '../cli-error';

export async function serveCommand(paths: string[], port: number, openSamplesIfEmpty: boolean): Promise<void> {
  const backend = new BackendRelay(forkBackend({ tail: true }));
  await backend.start();
  if (paths.length) {
    const { errors } = await backend.api.openPaths({ paths });
    for (const err of errors) reportBadInput(err.path, err.reason);
  } else if (openSamplesIfEmpty) {
    await backend.api.openSamples({});
  }
  const server = await startBrowserServer(backend, { port });
  // Contract: this is the first stdout line.
  process.stdout.write(`CMLens ready at ${server.url}\n`);
  const stop = () => {
    backend.stop();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
