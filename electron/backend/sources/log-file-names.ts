// Which files in a folder or zip are worth opening as logs (ConfigMgr rolls X.log to X.lo_; customers send .txt
// copies), and which are zips: by name, or by the magic a zip saved under another name still starts with.
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

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function startsWithZipMagic(head: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}
