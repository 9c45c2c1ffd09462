// Windows Installer's own exit codes (1601-1650, plus 1654 and 3010/3011) and the HRESULTs Windows Update and
// ConfigMgr report them as (0x80070641-0x80070672, 0x80070BC2). `cmlens lookup 1603` reads the decimal form.
// SOURCE: Microsoft Learn "MsiExec.exe and InstMsi.exe Error Messages"; names from winerror.h. Meanings in our words.
import type { CodeFamily } from './code-family';

export const MSI: CodeFamily = {
  id: 'msi',
  source: 'Microsoft Learn: MsiExec.exe and InstMsi.exe Error Messages (winerror.h names)',
  ranges: [[0x80070641, 0x80070676], [0x80070bc2, 0x80070bc9]],
  zhGist: [['8007', 'Windows Installer 错误']],
  lines: `
80070643|ERROR_INSTALL_FAILURE|Fatal error during installation (Windows Installer).|安装过程中出现严重错误(Windows Installer)。
80070652|ERROR_INSTALL_ALREADY_RUNNING|Another installation is already in progress.|另一个安装正在进行。
80070BC2|ERROR_SUCCESS_REBOOT_REQUIRED|The operation succeeded; a reboot is required to finish.|操作成功,需要重新启动才能完成。
80070BC9|ERROR_FAIL_REBOOT_REQUIRED|The operation failed; a reboot is required to roll back.|操作失败,需要重新启动以回滚更改。
`,
};
