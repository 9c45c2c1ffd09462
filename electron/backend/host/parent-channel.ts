// The channel to the parent, whichever started this process: Electron's utilityProcess gives
// `process.parentPort` (a MessagePort: messages arrive as `{ data }`), Node's child_process.fork gives
// `process.send` / 'message' (started with serialization 'advanced', so bytes travel as bytes).
import type { ParentChannel } from './backend-host';

interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
}

export function parentChannel(): ParentChannel | null {
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) return { postMessage: (m) => electronPort.postMessage(m), onMessage: (l) => electronPort.on('message', (e) => l(e.data)) };
  const send = process.send?.bind(process);
  if (send) return { postMessage: (m) => void send(m), onMessage: (l) => void process.on('message', l) };
  return null;
}
