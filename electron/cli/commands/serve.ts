// cmlens serve [PATH…] [--port N]: browser mode, the real renderer and backend on 127.0.0.1.
import { LogService } from '../../backend/log-service';
import { startBrowserServer } from '../../server/browser-server';
import { reportBadInput } from '../cli-error';

export async function serveCommand(paths: string[], port: number, openSamplesIfEmpty: boolean): Promise<void> {
  const service = new LogService({ tail: true });
  if (paths.length) {
    const { errors } = await service.openPaths(paths);
    for (const err of errors) reportBadInput(err.path, err.reason);
  } else if (openSamplesIfEmpty) {
    await service.api.openSamples({});
  }
  const server = await startBrowserServer(service, { port });
  // Contract: this is the first stdout line.
  process.stdout.write(`CMLens ready at ${server.url}\n`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
