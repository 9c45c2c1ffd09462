// Serves the built renderer (dist/renderer) and nothing else: no path from a request reaches outside it,
// whatever its encoding (%2e%2e, %5c, NUL, drive letters, dot-files, symlinks pointing out).
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The path inside the root a URL path names, or null when it names anything else. Pure. */
function staticRelativePath(urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  // Backslashes are separators on Windows; ':' is a drive or an NTFS stream; NUL ends C strings.
  if (/[\\:\0]/.test(rel) || !rel.startsWith('/')) return null;
  const segments = rel.slice(1).split('/');
  if (segments.some((s) => s === '' || s.startsWith('.'))) return null;
  return segments.join('/');
}

function inside(root: string, full: string): boolean {
  return full.startsWith(root.endsWith(sep) ? root : root + sep);
}

export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const rel = staticRelativePath(urlPath);
  if (rel === null) return null;
  const full = normalize(join(root, rel));
  if (!inside(normalize(root), full)) return null;
  try {
    // A symlink inside the root must not lead out of it.
    const [realRoot, realFull] = await Promise.all([realpath(root), realpath(full)]);
    if (!inside(realRoot, realFull)) return null;
    return { body: await readFile(realFull), type: TYPES[extname(full)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
