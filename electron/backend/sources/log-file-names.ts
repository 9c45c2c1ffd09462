// Which files in a folder or zip are worth opening as logs (ConfigMgr rolls X.log to X.lo_; customers send .txt
// copies), and which are zips: by name, or by the magic a zip saved under another name still starts with.
export const isLogFileName = (name: string): boolean => /\.(log|lo_|txt)$/i.test(name);

export const isZipFileName = (name: string): boolean => /\.zip$/i.test(name);

export const startsWithZipMagic = (head: Uint8Array): boolean => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
