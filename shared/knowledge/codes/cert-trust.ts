// Certificate and trust errors: Authenticode/WinVerifyTrust (TRUST_E_*, CERT_E_*, 0x800B0xxx), CryptoAPI
// (CRYPT_E_*, 0x80092xxx) and the SSPI/Schannel security codes (SEC_E_*, 0x80090xxx) a TLS connection to WSUS
// fails with. An expired or untrusted WSUS certificate shows up as one of these.
// SOURCE: winerror.h names as documented in Microsoft Learn "COM Error Codes (Security and Setup)"; meanings in our words.
import type { CodeFamily } from './code-family';

export const CERT_TRUST: CodeFamily = {
  id: 'cert-trust',
  source: 'Microsoft Learn: COM Error Codes (Security and Setup), winerror.h',
  ranges: [[0x80090000, 0x80096fff], [0x800b0000, 0x800b01ff]],
  zhGist: [['80090', '安全支持提供程序或加密服务错误'], ['80092', '加密(CryptoAPI)错误'], ['80096', '信任验证错误'], ['800B', '证书或信任验证错误']],
  lines: `
80092004|CRYPT_E_NOT_FOUND|Cannot find object or property (cryptography).|找不到对象或属性(加密)。
800B0101|CERT_E_EXPIRED|A required certificate is outside its validity period (expired or not yet valid against the system clock).|所需证书不在有效期内(按系统时钟已过期或尚未生效)。
`,
};
