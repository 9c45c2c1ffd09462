// The renderer's one API client: Electron's preload bridge when present, browser mode otherwise.
// Both speak shared/api/contract.ts; nothing else in the renderer knows which transport is in use.
import type { ApiEvent, CmlensClient } from '../../../shared/api/contract';
import { apiFromCall } from '../../../shared/api/api-from-call';
import { createHttpClient } from './http-client';
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

export const api: CmlensClient = window.cmlens ? createIpcClient(window.cmlens) : createHttpClient();
export const isDesktop = !!window.cmlens;
export const pathForFile = (f: File): string | null => window.cmlens?.pathForFile(f) ?? null;
/** Browser mode only (Electron opens dropped files by path): sends a dropped file's bytes to be opened. */
export const uploadDropped: ((f: File) => Promise<UploadResult>) | null = window.cmlens ? null : uploadFile;
