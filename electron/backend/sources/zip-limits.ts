// Caps that keep a hostile or broken zip from exhausting memory: logs arrive by email from customers.
// Checked while streaming (bytes really inflated are counted), not just from headers, which lie.
export interface ZipLimits {
  /** Zips inside zips, e.g. a Support Center bundle holding a CCM Logs zip (the opened zip is level 1). */
  maxDepth: number;
  maxEntries: number;
  /** One entry's inflated size. */
  maxEntryBytes: number;
  /** All entries of one opened zip, nested ones included. */
  maxTotalBytes: number;
  /** Inflated/compressed ratio above which an entry larger than `ratioFloorBytes` is a bomb. Logs compress ~10-30x. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** A nested zip is inflated into memory before it is read: keep that bounded. */
  maxNestedZipBytes: number;
}

export const ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxDepth: 3,
  maxEntries: 20_000,
  maxEntryBytes: 2 * 1024 ** 3,
  maxTotalBytes: 8 * 1024 ** 3,
  maxRatio: 1000,
  ratioFloorBytes: 16 * 1024 ** 2,
  maxNestedZipBytes: 1024 ** 3,
});
