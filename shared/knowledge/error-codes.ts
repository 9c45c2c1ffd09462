// The offline error-code table: every Windows Update Agent code and the WinHTTP, certificate, Win32, COM/RPC,
// CBS, MSI, ConfigMgr and .NET codes these logs carry (one file per family under codes/, each naming its source),
// each with its meaning in both languages and the guide section that deals with it.
import type { Localized } from './localized';
import type { SectionId } from './section-ids';
import { familyRows } from './codes/code-family';
import { CODE_FAMILIES } from './codes/families';

export interface ErrorCodeInfo {
  /** Canonical form: 0x + 8 upper-case hex digits. */
  code: string;
  /** Unsigned 32-bit value. */
  value: number;
  /** Symbolic name (WU_E_…, ERROR_WINHTTP_…); null where none is public. */
  name: string | null;
  meaning: Localized;
  /** The guide section that covers the code; null where the guide has none. */
  section: SectionId | null;
  /** The outline's own error table names this code (authoritative), not only our mapping. */
  namedByGuide: boolean;
  /** False for a code we do not know, described from its facility only. */
  known: boolean;
}

/** The outline's "Error codes the guide names" table. */
export const GUIDE_NAMED_CODES: ReadonlyArray<readonly [number, SectionId]> = [
  [0x80244021, 'scan.wua.proxy'],
  [0x8024401b, 'scan.wua.proxy'],
  [0x80240030, 'scan.wua.proxy'],
  [0x8024402c, 'scan.wua.proxy'],
  [0x80244017, 'scan.wua.auth'],
  [0x80244018, 'scan.wua.auth'],
  [0x80072f0c, 'scan.wua.certificate'],
  [0x8007000e, 'scan.request.wua-memory'],
];

/** Codes the guide does not list but whose section follows from what it says (ours, not the outline's). */
export const RELATED_CODE_SECTIONS: ReadonlyArray<readonly [number, SectionId]> = [
  // name resolution: the same cause as 0x8024402C one layer down
  [0x80072ee7, 'scan.wua.proxy'],
  [0x80240438, 'scan.wua.http'],
  // timeouts, refused or dropped connections, server-side HTTP errors
  [0x80072ee2, 'scan.wua.http'],
  [0x80072efd, 'scan.wua.http'],
  [0x80072efe, 'scan.wua.http'],
  [0x80072f78, 'scan.wua.http'],
  [0x80244010, 'scan.wua.http'],
  [0x80244016, 'scan.wua.http'],
  [0x80244019, 'scan.wua.http'],
  [0x8024401c, 'scan.wua.http'],
  [0x8024401f, 'scan.wua.http'],
  [0x80244020, 'scan.wua.http'],
  [0x80244022, 'scan.wua.http'],
  [0x80244023, 'scan.wua.http'],
  [0x8024402b, 'scan.wua.http'],
  // the server answered with a SOAP fault or could not process the request: a WSUS-side failure, seen in its IIS logs
  [0x80244007, 'scan.wua.http'],
  [0x8024400e, 'scan.wua.http'],
  [0x80244004, 'scan.wua.http'],
  [0x80244005, 'scan.wua.http'],
  [0x8024001f, 'scan.wua.http'],
  [0x80240021, 'scan.wua.http'],
  // TLS and certificates
  [0x80072f05, 'scan.wua.certificate'],
  [0x80072f06, 'scan.wua.certificate'],
  [0x80072f0d, 'scan.wua.certificate'],
  [0x80072f17, 'scan.wua.certificate'],
  [0x80072f7d, 'scan.wua.certificate'],
  [0x80072f8f, 'scan.wua.certificate'],
  [0x800b0101, 'scan.wua.certificate'],
  // the WSUS location and the registry policy
  [0x87d00692, 'scan.location.gpo'],
  [0x80244011, 'scan.location.registry'],
  [0x8024002e, 'scan.location.registry'],
  // a broken agent: service disabled, COM registration, data store
  [0x80070422, 'scan.request.wua-repair'],
  [0x80040154, 'scan.request.wua-repair'],
  // E_INVALIDARG from the agent or its update handler (`UH: 0x80070057: EvaluateApplicability failed`): a broken
  // agent or component store, which the guide's repair (troubleshooter, datastore reset) addresses
  [0x80070057, 'scan.request.wua-repair'],
  [0x8024a000, 'scan.request.wua-repair'],
  [0x80248002, 'scan.request.wua-repair'],
  [0x80248003, 'scan.request.wua-repair'],
  [0x80248004, 'scan.request.wua-repair'],
  [0x80248006, 'scan.request.wua-repair'],
  [0x80248008, 'scan.request.wua-repair'],
  [0x80248009, 'scan.request.wua-repair'],
  [0x8024800f, 'scan.request.wua-repair'],
  [0x80248011, 'scan.request.wua-repair'],
  [0x80248fff, 'scan.request.wua-repair'],
  [0x80244001, 'scan.request.wua-repair'],
  [0x8024d011, 'scan.request.wua-repair'],
  [0x80244002, 'scan.request.wua-memory'],
  // installers
  [0x800f081f, 'update.install.cbs'],
  [0x800f0805, 'update.install.cbs'],
  [0x800f0820, 'update.install.cbs'],
  [0x800f0831, 'update.install.cbs'],
  [0x800f0922, 'update.install.cbs'],
  [0x80242012, 'update.install.cbs'],
  [0x80070643, 'update.install.msi'],
  [0x80070652, 'update.install.msi'],
  [0x8024200b, 'update'],
  [0x87d00668, 'update.detection'],
];

function hex8(v: number): string {
  return '0x' + (v >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

function buildTable(): Map<number, ErrorCodeInfo> {
  const sections = new Map<number, { section: SectionId; named: boolean }>();
  for (const [v, s] of RELATED_CODE_SECTIONS) sections.set(v >>> 0, { section: s, named: false });
  for (const [v, s] of GUIDE_NAMED_CODES) sections.set(v >>> 0, { section: s, named: true });
  const table = new Map<number, ErrorCodeInfo>();
  for (const family of CODE_FAMILIES) {
    for (const { value: v, name, meaning } of familyRows(family)) {
      const s = sections.get(v);
      table.set(v, { code: hex8(v), value: v, name, meaning, section: s?.section ?? null, namedByGuide: s?.named ?? false, known: true });
    }
  }
  return table;
}

export const ERROR_CODES: ReadonlyMap<number, ErrorCodeInfo> = buildTable();

export function formatCode(value: number): string {
  return hex8(value);
}
