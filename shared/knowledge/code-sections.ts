// Which guide section deals with a code: the outline's own table first, then ours, reasoned from what the guide
// says each section covers. A code mapped here counts as "explained" for the scan rules (shared/pipeline/rules):
// map a code only when its meaning alone points at the section, and leave relayed or generic codes (E_FAIL,
// 0x800710DD ERROR_INVALID_OPERATION) unmapped so the rules read WindowsUpdate.log for what the agent saw.
import type { SectionId } from './section-ids';

/** Codes that share a section, as rows of the table. */
const codes = (section: SectionId, ...values: number[]) => values.map((v) => [v, section] as const);

/** The outline's "Error codes the guide names" table. */
export const GUIDE_NAMED_CODES: ReadonlyArray<readonly [number, SectionId]> = [
  ...codes('scan.wua.proxy', 0x80244021, 0x8024401b, 0x80240030, 0x8024402c),
  ...codes('scan.wua.auth', 0x80244017, 0x80244018),
  ...codes('scan.wua.certificate', 0x80072f0c),
  ...codes('scan.request.wua-memory', 0x8007000e),
];

/** Codes the guide does not list but whose section follows from what it says (ours, not the outline's). */
export const OUR_CODE_SECTIONS: ReadonlyArray<readonly [number, SectionId]> = [
  // name resolution: the same cause as 0x8024402C one layer down
  ...codes('scan.wua.proxy', 0x80072ee7),
  ...codes('scan.wua.http', 0x80240438),
  // proxy discovery and proxy configuration (WPAD, PAC scripts, the auto-proxy service, an unreachable proxy)
  ...codes('scan.wua.proxy', 0x80072f85, 0x80072f86, 0x80072f87, 0x80072f90, 0x80072f91, 0x80072f92, 0x80072f94, 0x8024043c),
  // timeouts, refused or dropped connections, server-side HTTP errors
  ...codes('scan.wua.http', 0x80072ee2, 0x80072efd, 0x80072efe, 0x80072eff, 0x80072f78, 0x80072f7c, 0x80072f84, 0x80244004, 0x80244005, 0x80244010,
    0x80244016, 0x80244019, 0x8024401a, 0x8024401c, 0x8024401d, 0x8024401e, 0x8024401f, 0x80244020, 0x80244022, 0x80244023, 0x80244024, 0x8024402b,
    0x80240440, 0x8024001f, 0x80240021),
  // the server answered with a SOAP fault, an unreadable reply or could not process the request: a WSUS-side
  // failure that its IIS logs and SoftwareDistribution.log show (SOAP errors 400/500 behind 0x8024400E/0x80244007)
  ...codes('scan.wua.http', 0x80244006, 0x80244007, 0x80244008, 0x80244009, 0x8024400a, 0x8024400d, 0x8024400e),
  // authentication: a login WinHTTP could not complete
  ...codes('scan.wua.auth', 0x80072eef),
  // TLS and certificates: WinHTTP's own codes, then the chain and revocation errors WinHTTP relays from CryptoAPI
  // and Schannel (an expired WSUS certificate fails with 0x800B0101 CERT_E_EXPIRED: `WS error: The date in the
  // certificate is invalid or has expired`)
  ...codes('scan.wua.certificate', 0x80072f05, 0x80072f06, 0x80072f0d, 0x80072f17, 0x80072f19, 0x80072f7d, 0x80072f89, 0x80072f8a, 0x80072f8f,
    0x80072f93, 0x80072f99, 0x80072f9a, 0x80072f9b, 0x80072f9c, 0x800b0101, 0x800b0102, 0x800b0106, 0x800b0107, 0x800b0109, 0x800b010a, 0x800b010c,
    0x800b010e, 0x800b010f, 0x800b0110, 0x800b0111, 0x800b0112, 0x80092010, 0x80092012, 0x80092013, 0x80090320, 0x80090322, 0x80090325, 0x80090326,
    0x80090327, 0x80090328, 0x80090331),
  // the WSUS location and the registry policy (a malformed WUServer URL included)
  ...codes('scan.location.gpo', 0x87d00692),
  ...codes('scan.location.registry', 0x80244011, 0x8024002e, 0x80072ee5, 0x8024043a),
  // no scan tool policy: software updates are not enabled in the client settings
  ...codes('scan.location.client-settings', 0x87d00600),
  // a broken agent: service disabled, COM registration, data store, an agent too old for ConfigMgr
  ...codes('scan.request.wua-repair', 0x80070422, 0x80040154, 0x80080005),
  // the data store, automatic updates, self-update. E_INVALIDARG (0x80070057) stays unmapped: healthy agents write it
  // on every run (`*FAILED* [80070057] Method failed [AuthTicketHelper::AddTickets:1236]`, corpus findingsanity and
  // appostarsi WindowsUpdate.log), so only the update handler's own words (`FATAL: UH: 0x80070057:
  // EvaluateApplicability failed`, agent-evidence.ts) call the agent broken
  ...codes('scan.request.wua-repair', 0x8024a000, 0x80248002, 0x80248003, 0x80248004, 0x80248006, 0x80248008, 0x80248009, 0x8024800f,
    0x80248011, 0x80248fff, 0x80244001, 0x8024d011, 0x87d00693),
  ...codes('scan.request.wua-memory', 0x80244002),
  // results that came back unreadable or incomplete
  ...codes('scan.results', 0x87d00695),
  // installers: the component store (Win32 side-by-side codes CBS reports) and Windows Installer
  ...codes('update.install.cbs', 0x80073712, 0x8007371b, 0x800736cc, 0x80073701, 0x80071a91, 0x80242012, 0x80070bc9),
  ...codes('update', 0x8024200b),
  ...codes('update.detection', 0x87d00668, 0x87d00690),
];
