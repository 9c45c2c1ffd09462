// Node's errno codes in the words a technician expects.
export function describeReadError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EBUSY':
      return 'the file is locked by another program';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
