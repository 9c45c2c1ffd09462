// A file size as people read it: the sidebar's log sizes, the upload toasts.
export function byteSize(n: number): string {
  if (n < 1024) return `${n} B`;
  return n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`;
}
