// The backend process: one LogService (opening, indexing, tailing, diagnosing) served over the channel to its
// parent. Started by Electron main as a utilityProcess and by browser mode's server with child_process.fork;
// the parent keeps the window (or the HTTP server) answering while this process works. argv[2]: the
// LogServiceOptions as JSON (tests shorten the tail poll).
import { errorLog } from '../error-log';
import { LogService, type LogServiceOptions } from '../log-service';
import { serveBackend } from './backend-host';
import { parentChannel } from './parent-channel';

const port = parentChannel();
if (!port) {
  process.stderr.write('CMLens backend: no parent channel (start it from Electron main or `cmlens serve`)\n');
  process.exit(2);
}

// After an uncaught error the service's state is unknown: log it and end; the parent restarts the backend and
// reopens the open set (a clean state beats a half-broken one).
const fatal = (what: string) => (e: unknown) => {
  errorLog().write(`backend ${what}`, e);
  process.exit(70);
};
process.on('uncaughtException', fatal('uncaughtException'));
process.on('unhandledRejection', fatal('unhandledRejection'));
// Node's IPC channel closes when the parent ends: nothing is left to serve.
process.on('disconnect', () => process.exit(0));

let options: LogServiceOptions = { tail: true };
try {
  if (process.argv[2]) options = { ...options, ...(JSON.parse(process.argv[2]) as LogServiceOptions) };
} catch {
  /* bad options: the defaults */
}
serveBackend(port, new LogService(options));
