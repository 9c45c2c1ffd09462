// The real backend entry's wiring (serveBackend over the parent channel, a real LogService) with one call made
// slow on purpose: `lookupCode` with code "busy" holds the backend's thread for 5 s, as a runaway regex
// or a huge diagnosis would. Used to show that the process in front of the backend keeps answering meanwhile.
import { serveBackend } from '../../electron/backend/host/backend-host';
import { parentChannel } from '../../electron/backend/host/parent-channel';
import { LogService } from '../../electron/backend/log-service';

const BUSY_MS = 5000;
const service = new LogService();
const lookupCode = service.api.lookupCode;
serveBackend(parentChannel()!, {
  api: {
    ...service.api,
    lookupCode: async (a) => {
      if (a.code === 'busy') {
        const until = Date.now() + BUSY_MS;
        while (Date.now() < until); // a synchronous hold: the backend's event loop answers nothing meanwhile
      }
      return lookupCode(a);
    },
  },
  list: () => service.list(),
  onEvent: (l) => service.onEvent(l),
  openBytes: (name, bytes) => service.openBytes(name, bytes),
  exportFile: (spec) => service.exportFile(spec),
});
