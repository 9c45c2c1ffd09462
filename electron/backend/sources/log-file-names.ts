// Which files in a folder or zip are worth opening as logs. ConfigMgr rolls X.log to X.lo_; customers send .txt copies.
const LOG_EXTENSIONS = ['.log', '.lo_', '.txt'];
const ZIP_EXTENSIONS = ['.zip'];

export function isLogFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return LOG_EXTENSIONS.some((x) => lower.endsWith(x));
}

export function isZipFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ZIP_EXTENSIONS.some((x) => lower.endsWith(x));
}
