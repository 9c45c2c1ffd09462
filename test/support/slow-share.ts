// A client folder over SMB (\\client\c$\Windows\CCM\Logs), modelled as a file layer: every call waits a round
// trip (`latencyMs`), and while the share is `down` every call fails as a dropped share does. libuv reports a
// network name that went away (ERROR_NETNAME_DELETED) as ECONNRESET; the code is modelled, the handling is ours
// (fsProblem: shareGone). Plugged into LogService's `fileAccess` (folder walk, whole-file reads, the tailers).
import { nodeFileAccess, type FileAccess } from '../../electron/backend/sources/file-access';
import { sleep } from './wait';

export interface SlowShare extends FileAccess {
  down: boolean;
  latencyMs: number;
  /** Calls made, of each kind (a retry that polls gently makes a few, not thousands). */
  calls: { stat: number; readdir: number; open: number };
}

export function slowShare(latencyMs: number): SlowShare {
  const share: SlowShare = {
    down: false,
    latencyMs,
    calls: { stat: 0, readdir: 0, open: 0 },
    stat: async (p) => (share.calls.stat++, await trip(), nodeFileAccess.stat(p)),
    readdir: async (p) => (share.calls.readdir++, await trip(), nodeFileAccess.readdir(p)),
    openReadOnly: async (p) => (share.calls.open++, await trip(), nodeFileAccess.openReadOnly(p)),
  };
  async function trip(): Promise<void> {
    await sleep(share.latencyMs);
    if (share.down) throw Object.assign(new Error('ECONNRESET: the network name is no longer available'), { code: 'ECONNRESET' });
  }
  return share;
}
