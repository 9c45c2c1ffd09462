// The renderer's one API client: Electron's preload bridge when present, browser mode otherwise.
// Both speak shared/api/contract.ts; nothing else in the renderer knows which transport is in use.
import type { ApiEvent, ApiResults, CmlensClient } from '../../../shared/api/contract';
import { apiFromCall } from '../../../shared/api/api-from-call';
import { createHttpClient, uploadFile, type ConnectionChange } from './http-client';

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

const bridge = window.cmlens;
const http = bridge ? null : createHttpClient();
export const api: CmlensClient = bridge ? { ...apiFromCall((m, args) => bridge.call(m, args)), onEvent: (l) => bridge.onEvent(l) } : http!;
export const isDesktop = !!bridge;
/** Browser mode's event channel dropping and coming back (Electron's IPC has no such state: main outlives the backend). */
export const onConnection = (l: (c: ConnectionChange) => void): (() => void) => http?.onConnection(l) ?? (() => {});
export const pathForFile = (f: File): string | null => bridge?.pathForFile(f) ?? null;
/** Browser mode only (Electron opens dropped files by path): sends a dropped file's bytes to be opened. */
export const uploadDropped: ((f: File) => Promise<ApiResults['openPaths']>) | null = bridge ? null : uploadFile;
