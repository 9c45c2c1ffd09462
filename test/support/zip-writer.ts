// Test support: builds zips in memory, byte by byte, so tests (unit, CLI, e2e) can craft ordinary and nested zips
// and what no honest zip tool writes (names with `../`, symlink and encryption bits, headers that lie about sizes).
import { crc32, deflateRawSync } from 'node:zlib';

export interface FixtureEntry {
  /** Raw name bytes go in as given: backslashes, drive letters and `..` included. */
  name: string;
  data?: Buffer | string;
  method?: 'store' | 'deflate';
  /** General purpose flags (bit 0: encrypted; bit 11: UTF-8 name). */
  flags?: number;
  /** External attributes; the high 16 bits carry the Unix mode when `madeByUnix`. */
  externalAttributes?: number;
  madeByUnix?: boolean;
  /** Lie in both headers about the inflated size. */
  declaredSize?: number;
  /** Already deflated (a generator reusing the same big entry in many zips deflates it once). */
  precompressed?: { body: Buffer; crc: number; size: number };
}

export function buildZip(entries: readonly FixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = e.precompressed ? null : Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? '', 'utf8');
    const deflate = e.precompressed !== undefined || (e.method ?? 'deflate') === 'deflate';
    const body = e.precompressed?.body ?? (deflate ? deflateRawSync(raw!) : raw!);
    const name = Buffer.from(e.name, 'utf8');
    const flags = (e.flags ?? 0) | 0x800;
    const size = e.declaredSize ?? e.precompressed?.size ?? raw!.length;
    const crc = e.precompressed?.crc ?? crc32(raw!);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(((e.madeByUnix ? 3 : 0) << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(e.externalAttributes ?? 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** Offset of the central directory, for tests that damage it. */
export function centralDirectoryOffset(zip: Buffer): number {
  return zip.readUInt32LE(zip.length - 22 + 16);
}
