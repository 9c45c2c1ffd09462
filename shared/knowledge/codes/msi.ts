// Windows Installer's own exit codes (1601-1652, and the restart codes 3010/3011/3017/3018) and the HRESULTs Windows Update and
// ConfigMgr report them as (0x80070641-0x80070674, 0x80070BC2-0x80070BCA). `cmlens lookup 1603` reads the decimal form.
// SOURCE: Microsoft Learn "MsiExec.exe and InstMsi.exe Error Messages"; names from winerror.h. Meanings in our words.
import type { CodeFamily } from './code-family';

export const MSI: CodeFamily = {
  id: 'msi',
  source: 'Microsoft Learn: MsiExec.exe and InstMsi.exe Error Messages (winerror.h names)',
  ranges: [[0x80070641, 0x80070676], [0x80070bc2, 0x80070bca]],
  zhGist: [['8007', 'Windows Installer 错误']],
  defaultSections: [['800706', 'update.install.msi']],
  lines: `
80070641|ERROR_INSTALL_SERVICE_FAILURE|The Windows Installer service could not be accessed (safe mode, or Windows Installer broken).|无法访问 Windows Installer 服务(安全模式,或 Windows Installer 已损坏)。
80070642|ERROR_INSTALL_USEREXIT|The user cancelled the installation.|用户取消了安装。
80070643|ERROR_INSTALL_FAILURE|Fatal error during installation: read the verbose MSI log above "Return value 3".|安装过程中出现严重错误:请查看详细 MSI 日志中"Return value 3"之前的内容。
80070644|ERROR_INSTALL_SUSPEND|The installation was suspended and is incomplete.|安装已挂起,未完成。
80070645|ERROR_UNKNOWN_PRODUCT|The action is only valid for products that are installed (the product is not).|该操作仅对已安装的产品有效(该产品未安装)。
80070646|ERROR_UNKNOWN_FEATURE|The feature ID is not registered.|功能 ID 未注册。
80070647|ERROR_UNKNOWN_COMPONENT|The component ID is not registered.|组件 ID 未注册。
80070648|ERROR_UNKNOWN_PROPERTY|Unknown property.|未知属性。
80070649|ERROR_INVALID_HANDLE_STATE|The handle is in an invalid state.|句柄状态无效。
8007064A|ERROR_BAD_CONFIGURATION|The configuration data for this product is corrupt.|此产品的配置数据已损坏。
8007064B|ERROR_INDEX_ABSENT|The component qualifier is not present.|组件限定符不存在。
8007064C|ERROR_INSTALL_SOURCE_ABSENT|The installation source for the product is not available (the cached or original MSI is missing).|产品的安装源不可用(缓存的或原始的 MSI 丢失)。
8007064D|ERROR_INSTALL_PACKAGE_VERSION|The package needs a newer Windows Installer service.|该安装包需要更新版本的 Windows Installer 服务。
8007064E|ERROR_PRODUCT_UNINSTALLED|The product is uninstalled.|产品已卸载。
8007064F|ERROR_BAD_QUERY_SYNTAX|The SQL query syntax is invalid or unsupported.|SQL 查询语法无效或不受支持。
80070650|ERROR_INVALID_FIELD|The record field does not exist.|记录字段不存在。
80070651|ERROR_DEVICE_REMOVED|The device has been removed.|设备已被移除。
80070652|ERROR_INSTALL_ALREADY_RUNNING|Another installation is already in progress; it must finish first.|另一个安装正在进行,必须先完成。
80070653|ERROR_INSTALL_PACKAGE_OPEN_FAILED|The installation package could not be opened (missing, no access, or not a valid MSI).|无法打开安装包(丢失、无权访问或不是有效的 MSI)。
80070654|ERROR_INSTALL_PACKAGE_INVALID|The installation package could not be opened: it is not a valid Windows Installer package.|无法打开安装包:不是有效的 Windows Installer 包。
80070655|ERROR_INSTALL_UI_FAILURE|The Windows Installer user interface could not be started.|无法启动 Windows Installer 用户界面。
80070656|ERROR_INSTALL_LOG_FAILURE|The installation log file could not be opened (check the path and write access).|无法打开安装日志文件(请检查路径和写入权限)。
80070657|ERROR_INSTALL_LANGUAGE_UNSUPPORTED|The package language is not supported by the system.|系统不支持该安装包的语言。
80070658|ERROR_INSTALL_TRANSFORM_FAILURE|Applying the transforms failed (check the transform paths).|应用转换失败(请检查转换文件路径)。
80070659|ERROR_INSTALL_PACKAGE_REJECTED|The installation is forbidden by system policy.|系统策略禁止此安装。
8007065A|ERROR_FUNCTION_NOT_CALLED|The function could not be executed.|无法执行该函数。
8007065B|ERROR_FUNCTION_FAILED|The function failed during execution.|函数执行失败。
8007065C|ERROR_INVALID_TABLE|An invalid or unknown table was specified.|指定的表无效或未知。
8007065D|ERROR_DATATYPE_MISMATCH|The data supplied is of the wrong type.|提供的数据类型错误。
8007065E|ERROR_UNSUPPORTED_TYPE|Data of this type is not supported.|不支持此类型的数据。
8007065F|ERROR_CREATE_FAILED|The Windows Installer service failed to start.|Windows Installer 服务启动失败。
80070660|ERROR_INSTALL_TEMP_UNWRITABLE|The Temp folder is full or cannot be written to.|Temp 文件夹已满或无法写入。
80070661|ERROR_INSTALL_PLATFORM_UNSUPPORTED|The package does not support this processor type (x86 versus x64).|该安装包不支持此处理器类型(x86 与 x64)。
80070662|ERROR_INSTALL_NOTUSED|The component is not used on this computer.|此计算机上未使用该组件。
80070663|ERROR_PATCH_PACKAGE_OPEN_FAILED|The patch package could not be opened (missing, no access, or not a valid MSP).|无法打开修补程序包(丢失、无权访问或不是有效的 MSP)。
80070664|ERROR_PATCH_PACKAGE_INVALID|The patch package could not be opened: it is not a valid Windows Installer patch.|无法打开修补程序包:不是有效的 Windows Installer 修补程序。
80070665|ERROR_PATCH_PACKAGE_UNSUPPORTED|The patch package needs a newer Windows Installer service.|该修补程序包需要更新版本的 Windows Installer 服务。
80070666|ERROR_PRODUCT_VERSION|Another version of the product is already installed.|已安装该产品的另一个版本。
80070667|ERROR_INVALID_COMMAND_LINE|Invalid command-line argument to msiexec.|msiexec 命令行参数无效。
80070668|ERROR_INSTALL_REMOTE_DISALLOWED|Only administrators may install during a remote session.|远程会话期间只有管理员可以安装。
80070669|ERROR_SUCCESS_REBOOT_INITIATED|The installation succeeded and the installer started a restart.|安装成功,安装程序已启动重新启动。
8007066A|ERROR_PATCH_TARGET_NOT_FOUND|The patch cannot be applied: the product it upgrades is missing or a different version.|无法应用修补程序:要升级的产品不存在或版本不同。
8007066B|ERROR_PATCH_PACKAGE_REJECTED|The patch package is not permitted by software restriction policy.|软件限制策略不允许该修补程序包。
8007066C|ERROR_INSTALL_TRANSFORM_REJECTED|One or more customizations are not permitted by software restriction policy.|软件限制策略不允许一个或多个自定义项。
8007066D|ERROR_INSTALL_REMOTE_PROHIBITED|Windows Installer does not permit installation from a Remote Desktop connection.|Windows Installer 不允许通过远程桌面连接安装。
8007066E|ERROR_PATCH_REMOVAL_UNSUPPORTED|The patch package is not a removable patch.|该修补程序包不可卸载。
8007066F|ERROR_UNKNOWN_PATCH|The patch is not applied to this product.|该修补程序未应用于此产品。
80070670|ERROR_PATCH_NO_SEQUENCE|No valid sequence could be found for the set of patches.|找不到这组修补程序的有效顺序。
80070671|ERROR_PATCH_REMOVAL_DISALLOWED|Patch removal was disallowed by policy.|策略不允许卸载修补程序。
80070672|ERROR_INVALID_PATCH_XML|The XML patch data is invalid.|XML 修补程序数据无效。
80070673|ERROR_PATCH_MANAGED_ADVERTISED_PRODUCT|Patching an advertised product requires it to be installed for at least one user first.|修补已播发的产品前,必须至少为一个用户安装该产品。
80070674|ERROR_INSTALL_SERVICE_SAFEBOOT|The Windows Installer service is not accessible in Safe Mode.|在安全模式下无法访问 Windows Installer 服务。
80070BC2|ERROR_SUCCESS_REBOOT_REQUIRED|The operation succeeded; a restart is required to finish.|操作成功,需要重新启动才能完成。
80070BC3|ERROR_SUCCESS_RESTART_REQUIRED|The operation succeeded; the application must be restarted to finish.|操作成功,需要重新启动应用程序才能完成。
80070BC9|ERROR_FAIL_REBOOT_REQUIRED|The operation failed; a restart is required to roll back its changes.|操作失败,需要重新启动以回滚更改。
80070BCA|ERROR_FAIL_REBOOT_INITIATED|The operation failed; a restart was started to roll back its changes.|操作失败,已启动重新启动以回滚更改。
`,
};
