import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_READY_CHANNEL } from '../../shared/api/contract';

const exposed: Record<string, unknown> = {};
const ipcRenderer = { invoke: vi.fn(async () => 'result'), on: vi.fn(), send: vi.fn(), removeListener: vi.fn() };
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer,
  webUtils: { getPathForFile: () => '/dropped/file.log' },
}));

beforeEach(async () => {
  await import('./preload');
});

describe('preload: the narrow window.cmlens bridge', () => {
  it('exposes only call, onEvent and pathForFile, as functions (no ipcRenderer, no Node)', () => {
    expect(Object.keys(exposed)).toEqual(['cmlens']);
    const bridge = exposed.cmlens as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent', 'pathForFile']);
    for (const v of Object.values(bridge)) expect(typeof v).toBe('function');
  });

  it('sends calls on the one call channel and nothing else', async () => {
    const bridge = exposed.cmlens as { call(m: string, a: unknown): Promise<unknown> };
    expect(await bridge.call('listLogs', {})).toBe('result');
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL_CHANNEL, { method: 'listLogs', args: {} });
  });

  it('hands listeners the event only, never the IpcRendererEvent (which would leak ipcRenderer)', () => {
    const bridge = exposed.cmlens as { onEvent(l: (e: unknown) => void): () => void };
    const got: unknown[] = [];
    const off = bridge.onEvent((e) => got.push(e));
    const [channel, wrapped] = ipcRenderer.on.mock.calls[0] as unknown as [string, (ev: unknown, e: unknown) => void];
    expect(channel).toBe(IPC_EVENT_CHANNEL);
    expect(ipcRenderer.send).toHaveBeenCalledWith(IPC_READY_CHANNEL);
    wrapped({ sender: ipcRenderer }, { type: 'logs', logs: [] });
    expect(got).toEqual([{ type: 'logs', logs: [] }]);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, wrapped);
  });
});
