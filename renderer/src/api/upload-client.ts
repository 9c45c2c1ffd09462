// Browser mode's way to open a dropped file: its bytes go to the backend (a browser never gives a path).
// Same token header as calls; the answer is openPaths' { logs, errors }.
import type { ApiResults } from '../../../shared/api/contract';
import { MAX_UPLOAD_BYTES, UPLOAD_PATH } from '../../../shared/api/upload';
import { post } from './http-client';

export type UploadResult = ApiResults['openPaths'];

/** Sends one file; rejects with a message fit for the user (too large, refused, network). */
export async function uploadFile(file: File): Promise<UploadResult> {
  // Checked here too so a too-large file is refused at once, not after the browser starts sending it.
  if (file.size > MAX_UPLOAD_BYTES) throw new Error(`larger than ${Math.round(MAX_UPLOAD_BYTES / 1024 ** 2)} MiB; open it by path instead`);
  return (await post(`.${UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`, 'application/octet-stream', file)) as UploadResult;
}
