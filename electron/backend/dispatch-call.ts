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

/**
 * Checks beyond the schema: the user's regular expression a call carries (every call that takes one is listed here),
 * held to the policy a valid-looking pattern can still break (catastrophic backtracking).
 */
const USER_REGEX_OF: { [M in ApiMethod]?: (a: ApiArgs<M>) => string | null } = {
  search: (a) => (a.regex ? a.query : null),
  findNext: ({ target: t }) => (t.kind === 'text' && t.regex ? t.query : null),
};

export async function dispatchCall(api: CmlensApi, method: unknown, args: unknown, where = 'call'): Promise<CallOutcome> {
  const v = validateCall(method, args);
  if (!v.ok) return { status: 400, error: v.reason };
  const pattern = (USER_REGEX_OF[v.method] as ((a: unknown) => string | null) | undefined)?.(v.args) ?? null;
  const danger = pattern === null ? null : userRegexProblem(pattern);
  if (danger) return { status: 400, error: `${v.method}: ${danger.message}` };
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
