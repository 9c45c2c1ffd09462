// .NET runtime HRESULTs (FACILITY_URT, 0x8013xxxx: COR_E_*, CORSEC_E_*): what managed code such as the WSUS
// console, WSUS's own services and PowerShell-based detection fails with.
// SOURCE: corerror.h names as documented in Microsoft Learn ".NET HRESULTs" / the exception classes' HResult.
// Meanings in our words.
import type { CodeFamily } from './code-family';

export const DOTNET: CodeFamily = {
  id: 'dotnet',
  source: 'Microsoft Learn: .NET exception HRESULTs (corerror.h)',
  ranges: [[0x80130000, 0x8013ffff]],
  zhGist: [['8013', '.NET 运行时错误']],
  lines: `
8013150A|COR_E_SECURITY|A .NET security check failed (SecurityException): the code was denied a permission it asked for.|.NET 安全检查失败(SecurityException):代码请求的权限被拒绝。
`,
};
