// The guide's section ids, exactly as ../shared/guide/outline.md names them (a test compares the two).
export const SECTION_IDS = [
  'intro.scoping',
  'scan',
  'scan.location',
  'scan.location.client-settings',
  'scan.location.no-sup',
  'scan.location.gpo',
  'scan.location.registry',
  'scan.request',
  'scan.request.wua-repair',
  'scan.request.wua-memory',
  'scan.wua',
  'scan.wua.proxy',
  'scan.wua.http',
  'scan.wua.ports',
  'scan.wua.auth',
  'scan.wua.certificate',
  'scan.results',
  'scan.applicability',
  'scan.state',
  'sync',
  'sync.start',
  'sync.connect',
  'sync.complete',
  'update',
  'update.install.cbs',
  'update.install.msi',
  'update.supersedence',
  'update.detection',
  'reference.windowsupdate-log',
  'reference.error-codes',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export function isSectionId(s: string): s is SectionId {
  return (SECTION_IDS as readonly string[]).includes(s);
}
