// The backend process as backend-entry.ts starts it (runBackendProcess: a real LogService over the parent channel),
// with one call made slow on purpose: `lookupCode` with code "busy" holds the backend's thread for 5 s, as a runaway
// regex or a huge diagnosis would. Used to show that the process in front of the backend keeps answering meanwhile.
import { runBackendProcess } from '../../electron/backend/host/backend-process';

const BUSY_MS = 5000;

runBackendProcess((service) => ({
  list: () => service.list(),
  onEvent: (l) => service.onEvent(l),
  openBytes: (name, bytes) => service.openBytes(name, bytes),
  exportFile: (spec) => service.exportFile(spec),
  api: {
    ...service.api,
    lookupCode: async (a) => {
      if (a.code === 'busy') {
        const until = Date.now() + BUSY_MS;
        while (Date.now() < until); // a synchronous hold: the backend's event loop answers nothing meanwhile
      }
      return service.api.lookupCode(a);
    },
  },
}));
