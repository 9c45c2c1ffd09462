// Caps that keep a hostile or broken zip from exhausting memory: logs arrive by email from customers.
// Checked while streaming (bytes really inflated are counted), not just from headers, which lie.
export const ZIP_LIMITS = Object.freeze({
  /** Zips inside zips, e.g. a Support Center bundle holding a CCM Logs zip (the opened zip is level 1). */
  maxDepth: 3,
  maxEntries: 20_000,
  /** One entry's inflated size. */
  maxEntryBytes: 2 * 1024 ** 3,
  /** All entries of one opened zip, nested ones included. */
  maxTotalBytes: 8 * 1024 ** 3,
  /** Inflated/compressed ratio above which an entry larger than `ratioFloorBytes` is a bomb. Logs compress ~10-30x. */
  maxRatio: 1000,
  ratioFloorBytes: 16 * 1024 ** 2,
  /** A nested zip is inflated into memory before it is read: keep that bounded. */
  maxNestedZipBytes: 1024 ** 3,
});

/** The caps as options (tests use smaller ones). */
export type ZipLimits = Record<keyof typeof ZIP_LIMITS, number>;
