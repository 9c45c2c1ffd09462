// What the backend process does when it starts: one LogService (opening, indexing, tailing, diagnosing) served over
// the channel to its parent, ended cleanly when the parent goes or an error leaves its state unknown.
// backend-entry.ts runs it as it is; a test may pass `adapt` to wrap the service (a call made slow on purpose).
import { errorLog } from '../error-log';
import { LogService, type LogServiceOptions } from '../log-service';
import { serveBackend, type HostedService } from './backend-host';
import { parentChannel } from './parent-channel';

/** argv[2]: the LogServiceOptions as JSON (tests shorten the tail poll). */
function optionsFromArgv(): LogServiceOptions {
  try {
    if (process.argv[2]) return { tail: true, ...(JSON.parse(process.argv[2]) as LogServiceOptions) };
  } catch {
    /* bad options: the defaults */
  }
  return { tail: true };
}

export function runBackendProcess(adapt: (s: HostedService) => HostedService = (s) => s): void {
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
  serveBackend(port, adapt(new LogService(optionsFromArgv())));
}
