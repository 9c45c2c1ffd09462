// Browser mode's raw upload: a dropped file's bytes, since a browser never gives the page a path.
// Shared so the renderer refuses an oversize file before sending it and the server enforces the same cap.

export const UPLOAD_PATH = '/api/upload';

/** Largest upload accepted; beyond it the server answers 413 without reading the rest. */
export const MAX_UPLOAD_BYTES = 512 * 1024 ** 2;

/** The source prefix of a dropped file: `dropped:/Logs.zip!/CCM/Logs/X.log` (it has no path on disk). */
export const DROPPED_PREFIX = 'dropped:/';

/**
 * The file name as the backend shows it: the last path segment only (a name is not a path), control characters
 * dropped, at most 255 characters; null when nothing usable is left.
 */
export function cleanUploadName(raw: string): string | null {
  const last = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must lose
  const name = last.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return name && name !== '.' && name !== '..' ? name : null;
}
