// One CmlensApi built from one function that carries a call somewhere (IPC bridge, HTTP, the backend
// process): one method per key of API_CALLS, so a call added to the contract reaches every transport.
import { API_CALLS, type ApiMethod, type CmlensApi } from './contract';

export function apiFromCall(call: (method: ApiMethod, args: unknown) => Promise<unknown>): CmlensApi {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const m of Object.keys(API_CALLS) as ApiMethod[]) api[m] = (args) => call(m, args);
  return api as unknown as CmlensApi;
}
