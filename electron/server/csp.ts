// One Content-Security-Policy for the renderer, in Electron and browser mode: only our own scripts and
// styles, no eval, no remote content; connections only back to the backend.
export function contentSecurityPolicy(connectExtra = ''): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectExtra}`.trim(),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
