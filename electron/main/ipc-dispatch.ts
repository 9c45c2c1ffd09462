// The one IPC call handler, apart from Electron so it can be tested: the sender is checked first (our
// window, its main frame, our page), then the call goes through the same dispatcher as browser mode.
import type { CmlensApi } from '../../shared/api/contract';
import { dispatchCall } from '../backend/dispatch-call';
import { isTrustedSender, type SenderFacts } from './sender-guard';

/** Returns the call's result; throws an Error saying why it was refused or failed (IPC carries only the message). */
export async function handleIpcCall(api: CmlensApi, sender: SenderFacts, appPageUrl: string, msg: unknown): Promise<unknown> {
  if (!isTrustedSender(sender, appPageUrl)) throw new Error('refused: untrusted sender');
  const { method, args } = (msg ?? {}) as { method?: unknown; args?: unknown };
  const out = await dispatchCall(api, method, args, 'ipc');
  if (out.status === 200) return out.result;
  throw new Error(out.error);
}

/** The facts isTrustedSender needs, read from an Electron IPC event (structural: testable without Electron). */
export function senderFactsOf(e: { sender: unknown; senderFrame: { url: string; parent: unknown } | null }, ourWindows: { has(sender: unknown): boolean }): SenderFacts {
  return { frameUrl: e.senderFrame?.url, isMainFrame: !!e.senderFrame && e.senderFrame.parent === null, isOurWindow: ourWindows.has(e.sender) };
}
