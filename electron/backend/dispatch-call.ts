// One call from any transport (Electron IPC, browser mode), checked the same way: a known method, arguments
// that pass the contract's zod schema, a user regex the policy accepts (shared/user-regex); then run, with a
// failure turned into a message (and written to the error log) instead of an exception that takes the transport down.
import { validateCall, type ApiArgs, type ApiMethod, type CmlensApi } from '../../shared/api/contract';
import type { CallOutcome } from '../../shared/api/backend-protocol';
import { errorLog } from './error-log';
import { userRegexProblem, UserRegexError } from '../../shared/user-regex/user-regex';
import { RequestError } from './request-error';

export type { CallOutcome };

/**
 * A failure the backend process already reported (relayed by BackendRelay): passed on with its own status and
 * message, so a call refused or failed in the backend reads the same as one refused or failed in process.
 */
export class RelayedFailure extends Error {
  constructor(
    readonly status: 400 | 500,
    message: string,
  ) {
    super(message);
  }
}

/** Checks beyond the schema, per method: the things a valid-looking argument can still do to the backend. */
function refuseDangerous(method: ApiMethod, args: unknown): string | null {
  const pattern = userRegexOf(method, args);
  const problem = pattern === null ? null : userRegexProblem(pattern);
  return problem && `${method}: ${problem.message}`;
}

/** The user's regular expression a call carries, if any (every call that takes one is listed here). */
function userRegexOf(method: ApiMethod, args: unknown): string | null {
  if (method === 'search') {
    const a = args as ApiArgs<'search'>;
    return a.regex ? a.query : null;
  }
  if (method === 'findNext') {
    const t = (args as ApiArgs<'findNext'>).target;
    return t.kind === 'text' && t.regex ? t.query : null;
  }
  return null;
}

export async function dispatchCall(api: CmlensApi, method: unknown, args: unknown, where = 'call'): Promise<CallOutcome> {
  const v = validateCall(method, args);
  if (!v.ok) return { status: 400, error: v.reason };
  const danger = refuseDangerous(v.method, v.args);
  if (danger) return { status: 400, error: danger };
  try {
    const fn = api[v.method] as (a: unknown) => Promise<unknown>;
    return { status: 200, result: await fn(v.args) };
  } catch (e) {
    if (e instanceof RelayedFailure) return { status: e.status, error: e.message };
    if (e instanceof RequestError || e instanceof UserRegexError) return { status: 400, error: `${v.method}: ${e.message}` };
    errorLog().write(`${where} ${v.method}`, e);
    return { status: 500, error: `${v.method} failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
