// Which logs are kept as a columnar index (about 21 bytes an entry, text read from the file when shown) instead of
// parsed into memory (about 600 bytes an entry of objects and strings). A big log is indexed; so is every log but
// the smallest of a big set opened at once: a client folder of 130 logs (300 MB) parsed whole took 41 s and 1 GB
// here, most of it the garbage collector walking the heap, and 3 s and 150 MB indexed.
export const INDEX_ABOVE_BYTES = 32 << 20;
/** An open bigger than a big log, all files together, is a big set. */
const BIG_SET_BYTES = INDEX_ABOVE_BYTES;
/** In a big set, logs above this are indexed too. */
const BIG_SET_INDEX_ABOVE_BYTES = 1 << 20;

/** The size above which a log of an open of `setBytes` is indexed (`configured`: the service's option). */
export function indexAboveBytes(setBytes: number, configured = INDEX_ABOVE_BYTES): number {
  return setBytes > BIG_SET_BYTES ? Math.min(configured, BIG_SET_INDEX_ABOVE_BYTES) : configured;
}
