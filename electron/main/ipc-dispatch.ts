// The one IPC call handler, apart from Electron so it can be tested: the sender is checked first (our
// window, its main frame, our page), then the call goes through the same dispatcher as browser mode.
import type { CmlensApi } from '../../shared/api/contract';
import { dispatchCall } from '../backend/dispatch-call';
import { isTrustedSender, type SenderFacts } from './sender-guard';

export class IpcRefused extends Error {}

/** Returns the call's result; throws IpcRefused (untrusted sender, bad call) or an Error with the failure. */
export async function handleIpcCall(api: CmlensApi, sender: SenderFacts, appPageUrl: string, msg: unknown): Promise<unknown> {
  if (!isTrustedSender(sender, appPageUrl)) throw new IpcRefused('refused: untrusted sender');
  const { method, args } = typeof msg === 'object' && msg !== null ? (msg as { method?: unknown; args?: unknown }) : { method: undefined, args: undefined };
  const out = await dispatchCall(api, method, args, 'ipc');
  if (out.status === 200) return out.result;
  throw out.status === 400 ? new IpcRefused(out.error) : new Error(out.error);
}

/** The facts isTrustedSender needs, read from an Electron IPC event (structural: testable without Electron). */
export function senderFactsOf(e: { sender: unknown; senderFrame: { url: string; parent: unknown } | null }, ourWindows: { has(sender: unknown): boolean }): SenderFacts {
  return { frameUrl: e.senderFrame?.url, isMainFrame: !!e.senderFrame && e.senderFrame.parent === null, isOurWindow: ourWindows.has(e.sender) };
}
