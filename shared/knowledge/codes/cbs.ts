// Component-based servicing (CBS_E_*, PSFX_E_*, FACILITY 0xF, 0x800Fxxxx): how Windows updates fail to install
// through TrustedInstaller; CBS.log says more.
// SOURCE: Microsoft Learn "Windows Update error codes by component" (CBS section) and "Windows Update common
// errors and mitigation"; names as winerror.h defines them. Meanings in our words.
import type { CodeFamily } from './code-family';

export const CBS: CodeFamily = {
  id: 'cbs',
  source: 'Microsoft Learn: Windows Update error codes by component; Windows Update common errors and mitigation',
  ranges: [[0x800f0000, 0x800fffff]],
  zhGist: [['800F', '基于组件的服务(CBS)错误,请查看 CBS.log']],
  lines: `
800F0805|CBS_E_INVALID_PACKAGE|The update package was not a valid CBS package.|更新包不是有效的 CBS 包。
800F080D|CBS_E_MANIFEST_INVALID_ITEM|A manifest item is invalid.|清单项无效。
800F081E|CBS_E_NOT_APPLICABLE|The package is not applicable to this computer.|该程序包不适用于此计算机。
800F081F|CBS_E_SOURCE_MISSING|The source files for the package or file could not be found.|找不到程序包或文件的源文件。
800F0820|CBS_E_CANCEL|The operation was cancelled (often a shutdown during servicing).|操作已取消(通常是维护期间关机)。
800F0821|CBS_E_ABORT|The session was aborted.|会话已中止。
800F0831|CBS_E_STORE_CORRUPTION|The component store is corrupt (a required package is missing).|组件存储已损坏(缺少所需的程序包)。
800F0906|CBS_E_DOWNLOAD_FAILURE|Source files could not be downloaded.|无法下载源文件。
800F0922|CBS_E_INSTALLERS_FAILED|Processing advanced installers and generic commands failed.|处理高级安装程序和通用命令失败。
800F0988|PSFX_E_INVALID_DELTA_COMBINATION|Invalid delta combination (clean up the component store).|增量组合无效(请清理组件存储)。
`,
};
