import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CmlensApi } from '../../shared/api/contract';
import { handleIpcCall, senderFactsOf } from './ipc-dispatch';

process.env.CMLENS_LOG_DIR = mkdtempSync(join(tmpdir(), 'cmlens-ipc-'));
const page = 'file:///opt/CMLens/resources/app.asar/dist/renderer/index.html';
const trusted = { frameUrl: page, isMainFrame: true, isOurWindow: true };

function fakeApi() {
  const listLogs = vi.fn(async () => []);
  const search = vi.fn(async () => ({ hits: [], total: 0, truncated: false }));
  const lookupCode = vi.fn(async () => {
    throw new Error('lookup broke');
  });
  return { api: { listLogs, search, lookupCode } as unknown as CmlensApi, listLogs, search };
}

describe('handleIpcCall', () => {
  it('serves a valid call from our page', async () => {
    const f = fakeApi();
    expect(await handleIpcCall(f.api, trusted, page, { method: 'listLogs', args: {} })).toEqual([]);
    expect(f.listLogs).toHaveBeenCalledOnce();
  });

  it('refuses an untrusted sender before anything runs', async () => {
    const f = fakeApi();
    for (const s of [{ ...trusted, isMainFrame: false }, { ...trusted, isOurWindow: false }, { ...trusted, frameUrl: 'https://evil.example/' }]) {
      await expect(handleIpcCall(f.api, s, page, { method: 'listLogs', args: {} })).rejects.toThrow('refused: untrusted sender');
    }
    expect(f.listLogs).not.toHaveBeenCalled();
  });

  it('refuses unknown methods, bad arguments and catastrophic regexes with a reason', async () => {
    const f = fakeApi();
    const bad: [unknown, RegExp][] = [
      [{ method: 'exec', args: { cmd: 'calc' } }, /unknown method "exec"/],
      [{ method: 'constructor', args: {} }, /unknown method/],
      [null, /unknown method/],
      [{ method: { toString: [] }, args: {} }, /unknown method of type object/],
      ['listLogs', /unknown method/],
      [{ method: 'listLogs', args: { x: 1 } }, /listLogs: invalid/],
      [{ method: 'search', args: { logIds: ['a'], query: '(x+)+y', regex: true, matchCase: true } }, /nested quantifiers/],
    ];
    for (const [msg, why] of bad) await expect(handleIpcCall(f.api, trusted, page, msg)).rejects.toThrow(why);
    expect(f.listLogs).not.toHaveBeenCalled();
    expect(f.search).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error message', async () => {
    await expect(handleIpcCall(fakeApi().api, trusted, page, { method: 'lookupCode', args: { code: '0x1' } })).rejects.toThrow('lookupCode failed: lookup broke');
  });
});

describe('senderFactsOf', () => {
  it('reads the frame and whether the sender is one of our windows', () => {
    const ours = {};
    const windows = new Set([ours]);
    expect(senderFactsOf({ sender: ours, senderFrame: { url: page, parent: null } }, windows)).toEqual(trusted);
    expect(senderFactsOf({ sender: {}, senderFrame: { url: page, parent: {} } }, windows)).toEqual({ frameUrl: page, isMainFrame: false, isOurWindow: false });
    expect(senderFactsOf({ sender: ours, senderFrame: null }, windows)).toMatchObject({ frameUrl: undefined, isMainFrame: false });
  });
});
