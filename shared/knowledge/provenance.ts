// Where a piece of diagnosis knowledge (a step marker, a rule pattern, an agent-evidence pattern) comes from: a
// line as a real log writes it and who published it, or the admission that we modelled it. Tests run every sample
// through the tagging and the rules, and print the modelled ones so they stay in sight.

/** A line as a log writes it, and where it was seen. */
export interface Sample {
  line: string;
  source: string;
}

export interface Provenance {
  samples: readonly Sample[];
  /** Our guess: no published line was found for it (its samples, if any, are our own fixtures' wording). */
  modelled?: true;
}

/** The guide as received (../shared/guide/troubleshooting-software-updates.zh-CN.txt), by line. */
export const guide = (line: number): string => `guide zh-CN line ${line}`;
/** The outline's step table (../shared/guide/outline.md). */
export const OUTLINE = 'guide outline.md step table';
/** A file of ../shared/corpus (MANIFEST.tsv names where it came from), by line. */
export const corpus = (file: string, line?: number): string => `corpus ${file}${line ? `:${line}` : ''}`;

/** Published articles and posts, named once so every sample cites the same words. */
export const PUBLISHED = {
  msScanGuide: 'Microsoft, "Troubleshoot software update management in Configuration Manager" (KB4505440)',
  ms80244007: 'Microsoft, "Error 80244007 when a WSUS client scans for updates" (KB4096317)',
  ms800710dd: 'Microsoft WSUS support team blog, "WSUS: Clients get HTTP 401 errors - 0x800710DD errors generated in WindowsUpdate.log" (2008-05-27)',
  ms80244010: 'Microsoft WSUS support team blog, "WSUS clients fail with WARNING: SyncServerUpdatesInternal failed: 0x80244010" (2008-09-18)',
  ms800b0100: 'Microsoft TechNet wiki 4165, "WSUS Troubleshooting: File cert verification failure - 2148204800 (0x800b0100)"',
  expta8024400e: 'blog.expta.com, "Fix for 0x8024400E Errors on WSUS Clients" (2008-10-20, 2009-04-03)',
  kick8024401b: 'kickthatcomputer.wordpress.com, "Windows Update failing with Proxy authentication required 0x8024401B errors" (2014-04-11)',
  checkyourlogsSup: 'checkyourlogs.net, "SCCM using multiple SUPs but clients aren\'t switching" (WUAHandler "Scan failed with error")',
  issue11: 'issue 11 report: a failure line as published from a real client (the original post was not found with search)',
  msiVerbose: 'Microsoft, "How to enable Windows Installer logging" (KB223300) and the verbose logs in corpus/msi',
} as const;

export function published(key: keyof typeof PUBLISHED): string {
  return PUBLISHED[key];
}

/** Shorthand for one sample. */
export function sample(line: string, source: string): Sample {
  return { line, source };
}
