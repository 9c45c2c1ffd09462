// The renderer's one API client: Electron's preload bridge when present, browser mode otherwise.
// Both speak shared/api/contract.ts; nothing else in the renderer knows which transport is in use.
import type { ApiEvent, CmlensClient } from '../../../shared/api/contract';
import { apiFromCall } from '../../../shared/api/api-from-call';
import { createHttpClient, type ConnectionChange } from './http-client';
import { uploadFile, type UploadResult } from './upload-client';

interface PreloadBridge {
  call(method: string, args: unknown): Promise<unknown>;
  onEvent(listener: (e: ApiEvent) => void): () => void;
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    cmlens?: PreloadBridge;
  }
}

function createIpcClient(bridge: PreloadBridge): CmlensClient {
  return { ...apiFromCall((m, args) => bridge.call(m, args)), onEvent: (l: (e: ApiEvent) => void) => bridge.onEvent(l) };
}

const http = window.cmlens ? null : createHttpClient();
export const api: CmlensClient = window.cmlens ? createIpcClient(window.cmlens) : http!;
export const isDesktop = !!window.cmlens;
/** Browser mode's event channel dropping and coming back (Electron's IPC has no such state: main outlives the backend). */
export const onConnection = (l: (c: ConnectionChange) => void): (() => void) => http?.onConnection(l) ?? (() => {});
export const pathForFile = (f: File): string | null => window.cmlens?.pathForFile(f) ?? null;
/** Browser mode only (Electron opens dropped files by path): sends a dropped file's bytes to be opened. */
export const uploadDropped: ((f: File) => Promise<UploadResult>) | null = window.cmlens ? null : uploadFile;
