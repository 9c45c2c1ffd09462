// The only place that touches ipcRenderer. Exposes a narrow `window.cmlens`: call(method, args),
// onEvent(listener), and pathForFile for drag and drop. Runs sandboxed with contextIsolation.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_READY_CHANNEL, type ApiEvent } from '../../shared/api/contract';

const bridge = {
  call: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CALL_CHANNEL, { method, args }),
  onEvent: (listener: (e: ApiEvent) => void): (() => void) => {
    const wrapped = (_: unknown, e: ApiEvent) => listener(e);
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    // Main holds events until the renderer says it listens (fiddle's habit), so no tail event is lost before React mounts.
    ipcRenderer.send(IPC_READY_CHANNEL);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
  },
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('cmlens', bridge);
