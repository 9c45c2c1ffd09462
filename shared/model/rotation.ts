// ConfigMgr rolls X.log to X.lo_ (and, with history kept, to X-YYYYMMDD-HHMMSS.log). Such files are one
// logical log; this file decides which names belong together and in what order (oldest first).

export interface RotationKey {
  /** The logical log's name: the current file's name, e.g. WUAHandler.log. */
  logical: string;
  /** Sort key within the logical log: smaller is older. */
  age: string;
}

const STAMPED = /^(.*)-(\d{8})-(\d{6})\.log$/i;
const ROLLED = /^(.*)\.lo_$/i;

function rotationKey(fileName: string): RotationKey {
  const stamped = STAMPED.exec(fileName);
  if (stamped) return { logical: `${stamped[1]}.log`, age: `0-${stamped[2]}${stamped[3]}` };
  const rolled = ROLLED.exec(fileName);
  if (rolled) return { logical: `${rolled[1]}.log`, age: '1' };
  return { logical: fileName, age: '2' };
}

/** Groups file paths (in one folder) into logical logs, each list oldest first. */
export function groupRotated<T extends { name: string; dir: string }>(files: readonly T[]): T[][] {
  const groups = new Map<string, { key: RotationKey; file: T }[]>();
  for (const file of files) {
    const key = rotationKey(file.name);
    const id = `${file.dir}\u0000${key.logical.toLowerCase()}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = []));
    g.push({ key, file });
  }
  return [...groups.values()].map((g) => g.sort((a, b) => (a.key.age < b.key.age ? -1 : a.key.age > b.key.age ? 1 : 0)).map((x) => x.file));
}

/**
 * A log's name as its role and kind are looked up: lower case, no folder or zip path, no extension, no rotation
 * stamp (`C:\…\WUAHandler-20261124-101500.log` → `wuahandler`).
 */
export function logStem(fileName: string): string {
  return baseName(fileName).toLowerCase().replace(/\.(log|lo_|txt)$/, '').replace(/-\d{8}-\d{6}$/, '');
}

/**
 * The last path segment of a name that may carry folders or zip steps (`Logs.zip!/CCM/Logs/WUAHandler.log`). A zip
 * step is always `!/`, so the slash ends it: a `!` alone belongs to the name (`Logs!urgent`).
 */
export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}
