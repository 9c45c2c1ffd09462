// Codes from outside the Windows Update Agent that turn up in ConfigMgr and Windows Update logs:
// WinHTTP/WinINet (0x80072xxx), common Win32 errors as HRESULTs (0x8007xxxx), COM, CBS (0x800Fxxxx)
// and ConfigMgr client codes (0x87D0xxxx). Each with an English and a Chinese meaning.
import { loc, type Localized } from './localized';

export interface CodeRow {
  value: number;
  /** null where no public symbolic name exists (ConfigMgr client codes). */
  name: string | null;
  meaning: Localized;
}

const row = (value: number, name: string | null, en: string, zh: string): CodeRow => ({ value, name, meaning: loc(en, zh) });

export const OTHER_CODES: readonly CodeRow[] = [
  // WinHTTP (facility Win32, 12000-12200 → 0x80072EE0…)
  row(0x80072ee1, 'ERROR_WINHTTP_OUT_OF_HANDLES', 'No more WinHTTP handles can be allocated.', '无法再分配 WinHTTP 句柄。'),
  row(0x80072ee2, 'ERROR_WINHTTP_TIMEOUT', 'The operation timed out (no answer from the server in time).', '操作超时(服务器未在规定时间内响应)。'),
  row(0x80072ee4, 'ERROR_WINHTTP_INTERNAL_ERROR', 'An internal error occurred in WinHTTP.', 'WinHTTP 内部错误。'),
  row(0x80072ee5, 'ERROR_WINHTTP_INVALID_URL', 'The URL is invalid.', 'URL 无效。'),
  row(0x80072ee6, 'ERROR_WINHTTP_UNRECOGNIZED_SCHEME', 'The URL does not use a recognised protocol.', 'URL 使用了无法识别的协议。'),
  row(0x80072ee7, 'ERROR_WINHTTP_NAME_NOT_RESOLVED', 'The server name or address could not be resolved (DNS).', '无法解析服务器名称或地址(DNS)。'),
  row(0x80072eef, 'ERROR_WINHTTP_LOGIN_FAILURE', 'The login request was denied.', '登录请求被拒绝。'),
  row(0x80072ef1, 'ERROR_WINHTTP_OPERATION_CANCELLED', 'The operation was cancelled.', '操作已取消。'),
  row(0x80072efd, 'ERROR_WINHTTP_CANNOT_CONNECT', 'A connection with the server could not be established.', '无法与服务器建立连接。'),
  row(0x80072efe, 'ERROR_WINHTTP_CONNECTION_ERROR', 'The connection with the server was terminated abnormally.', '与服务器的连接异常终止。'),
  row(0x80072f00, 'ERROR_WINHTTP_RESEND_REQUEST', 'The request must be resent.', '必须重新发送请求。'),
  row(0x80072f05, 'ERROR_WINHTTP_SECURE_CERT_DATE_INVALID', 'The date in the server certificate is invalid or has expired.', '服务器证书中的日期无效或已过期。'),
  row(0x80072f06, 'ERROR_WINHTTP_SECURE_CERT_CN_INVALID', 'The host name in the server certificate does not match.', '服务器证书中的主机名不匹配。'),
  row(0x80072f0c, 'ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED', 'A certificate is required to complete client authentication.', '需要证书才能完成客户端身份验证。'),
  row(0x80072f0d, 'ERROR_WINHTTP_SECURE_INVALID_CA', 'The certificate authority is invalid or incorrect.', '证书颁发机构无效或不正确。'),
  row(0x80072f17, 'ERROR_WINHTTP_SECURE_FAILURE', 'Errors were found in the server certificate (secure channel failure).', '服务器证书存在错误(安全通道失败)。'),
  row(0x80072f19, 'ERROR_WINHTTP_SECURE_CERT_REV_FAILED', 'Revocation information for the certificate is not available.', '无法获取证书的吊销信息。'),
  row(0x80072f76, 'ERROR_WINHTTP_HEADER_NOT_FOUND', 'The requested header was not found.', '未找到请求的标头。'),
  row(0x80072f78, 'ERROR_WINHTTP_INVALID_SERVER_RESPONSE', 'The server returned an invalid or unrecognised response.', '服务器返回了无效或无法识别的响应。'),
  row(0x80072f7d, 'ERROR_WINHTTP_SECURE_CHANNEL_ERROR', 'An error occurred in the secure channel (TLS).', '安全通道(TLS)发生错误。'),
  row(0x80072f8f, 'ERROR_INTERNET_DECODING_FAILED', 'Content decoding failed (often a wrong clock or TLS inspection).', '内容解码失败(常见原因:时钟错误或 TLS 检查)。'),
  row(0x80072f94, 'ERROR_WINHTTP_AUTODETECTION_FAILED', 'WPAD proxy auto-detection failed.', 'WPAD 代理自动检测失败。'),
  // Win32 errors as HRESULTs
  row(0x80070002, 'ERROR_FILE_NOT_FOUND', 'The system cannot find the file specified.', '系统找不到指定的文件。'),
  row(0x80070003, 'ERROR_PATH_NOT_FOUND', 'The system cannot find the path specified.', '系统找不到指定的路径。'),
  row(0x80070005, 'E_ACCESSDENIED', 'Access is denied.', '拒绝访问。'),
  row(0x80070006, 'E_HANDLE', 'The handle is invalid.', '句柄无效。'),
  row(0x8007000e, 'E_OUTOFMEMORY', 'Not enough memory resources are available (out of memory).', '内存资源不足(内存不足)。'),
  row(0x80070020, 'ERROR_SHARING_VIOLATION', 'The file is in use by another process (sharing violation).', '另一个程序正在使用此文件(共享冲突)。'),
  row(0x80070032, 'ERROR_NOT_SUPPORTED', 'The request is not supported.', '不支持该请求。'),
  row(0x80070057, 'E_INVALIDARG', 'The parameter is incorrect.', '参数错误。'),
  row(0x80070070, 'ERROR_DISK_FULL', 'There is not enough space on the disk.', '磁盘空间不足。'),
  row(0x8007007e, 'ERROR_MOD_NOT_FOUND', 'The specified module could not be found.', '找不到指定的模块。'),
  row(0x800700c1, 'ERROR_BAD_EXE_FORMAT', 'Not a valid Win32 application.', '不是有效的 Win32 应用程序。'),
  row(0x80070422, 'ERROR_SERVICE_DISABLED', 'The service cannot be started because it is disabled.', '服务已禁用,无法启动。'),
  row(0x80070490, 'ERROR_NOT_FOUND', 'Element not found.', '找不到元素。'),
  row(0x800704c7, 'ERROR_CANCELLED', 'The operation was cancelled by the user.', '用户取消了操作。'),
  row(0x800705b4, 'ERROR_TIMEOUT', 'This operation returned because the timeout period expired.', '超时时间已到,操作返回。'),
  row(0x80070643, 'ERROR_INSTALL_FAILURE', 'Fatal error during installation (Windows Installer).', '安装过程中出现严重错误(Windows Installer)。'),
  row(0x80070652, 'ERROR_INSTALL_ALREADY_RUNNING', 'Another installation is already in progress.', '另一个安装正在进行。'),
  row(0x800706ba, 'RPC_S_SERVER_UNAVAILABLE', 'The RPC server is unavailable.', 'RPC 服务器不可用。'),
  row(0x800706be, 'RPC_S_CALL_FAILED', 'The remote procedure call failed.', '远程过程调用失败。'),
  row(0x80070bc2, 'ERROR_SUCCESS_REBOOT_REQUIRED', 'The operation succeeded; a reboot is required to finish.', '操作成功,需要重新启动才能完成。'),
  row(0x80070bc9, 'ERROR_FAIL_REBOOT_REQUIRED', 'The operation failed; a reboot is required to roll back.', '操作失败,需要重新启动以回滚更改。'),
  row(0x80071a91, 'ERROR_TRANSACTION_NOT_ACTIVE', 'The transaction is not active (often the transaction log is corrupt).', '事务未处于活动状态(通常是事务日志损坏)。'),
  // COM / generic
  row(0x80004001, 'E_NOTIMPL', 'Not implemented.', '未实现。'),
  row(0x80004002, 'E_NOINTERFACE', 'No such interface supported.', '不支持此接口。'),
  row(0x80004004, 'E_ABORT', 'Operation aborted.', '操作已中止。'),
  row(0x80004005, 'E_FAIL', 'Unspecified error.', '未指定的错误。'),
  row(0x8000ffff, 'E_UNEXPECTED', 'Catastrophic (unexpected) failure.', '灾难性(意外)故障。'),
  row(0x80040154, 'REGDB_E_CLASSNOTREG', 'Class not registered (a COM component is not registered).', '类未注册(COM 组件未注册)。'),
  row(0x8004100e, 'WBEM_E_INVALID_NAMESPACE', 'WMI: invalid namespace.', 'WMI:命名空间无效。'),
  row(0x80041010, 'WBEM_E_INVALID_CLASS', 'WMI: invalid class.', 'WMI:类无效。'),
  row(0x80092004, 'CRYPT_E_NOT_FOUND', 'Cannot find object or property (cryptography).', '找不到对象或属性(加密)。'),
  row(0x80190194, 'BG_E_HTTP_ERROR_404', 'BITS: HTTP 404, the requested URL does not exist on the server.', 'BITS:HTTP 404,服务器上不存在请求的 URL。'),
  row(0x80d03805, 'DO_E_DOWNLOAD_NO_PROGRESS', 'Delivery Optimization: the download made no progress.', '传递优化:下载没有进展。'),
  // CBS (component-based servicing)
  row(0x800f0805, 'CBS_E_INVALID_PACKAGE', 'The update package was not a valid CBS package.', '更新包不是有效的 CBS 包。'),
  row(0x800f080d, 'CBS_E_MANIFEST_INVALID_ITEM', 'A manifest item is invalid.', '清单项无效。'),
  row(0x800f081e, 'CBS_E_NOT_APPLICABLE', 'The package is not applicable to this computer.', '该程序包不适用于此计算机。'),
  row(0x800f081f, 'CBS_E_SOURCE_MISSING', 'The source files for the package or file could not be found.', '找不到程序包或文件的源文件。'),
  row(0x800f0820, 'CBS_E_CANCEL', 'The operation was cancelled (often a shutdown during servicing).', '操作已取消(通常是维护期间关机)。'),
  row(0x800f0821, 'CBS_E_ABORT', 'The session was aborted.', '会话已中止。'),
  row(0x800f0831, 'CBS_E_STORE_CORRUPTION', 'The component store is corrupt (a required package is missing).', '组件存储已损坏(缺少所需的程序包)。'),
  row(0x800f0906, 'CBS_E_DOWNLOAD_FAILURE', 'Source files could not be downloaded.', '无法下载源文件。'),
  row(0x800f0922, 'CBS_E_INSTALLERS_FAILED', 'Processing advanced installers and generic commands failed.', '处理高级安装程序和通用命令失败。'),
  row(0x800f0988, 'PSFX_E_INVALID_DELTA_COMBINATION', 'Invalid delta combination (clean up the component store).', '增量组合无效(请清理组件存储)。'),
  // ConfigMgr client (FACILITY 0x7D0 with the customer bit)
  row(0x87d00215, null, 'ConfigMgr: item not found (often a WMI query that returned nothing).', 'ConfigMgr:未找到项目(通常是 WMI 查询无结果)。'),
  row(0x87d00310, null, 'ConfigMgr client error raised by the state message system (resync state message).', 'ConfigMgr 客户端状态消息系统返回的错误(重新同步状态消息)。'),
  row(0x87d00324, null, 'ConfigMgr: the application was not detected after installation completed.', 'ConfigMgr:安装完成后未检测到应用程序。'),
  row(0x87d00607, null, 'ConfigMgr: content could not be located (no distribution point has it).', 'ConfigMgr:找不到内容(没有分发点提供该内容)。'),
  row(0x87d00664, null, 'ConfigMgr: the updates handler job was cancelled.', 'ConfigMgr:更新处理程序作业已取消。'),
  row(0x87d00668, null, 'ConfigMgr: the software update is still detected as needed after installation.', 'ConfigMgr:安装后软件更新仍被检测为需要。'),
  row(0x87d00669, null, 'ConfigMgr: no content location for the software updates at this time.', 'ConfigMgr:暂时无法获取软件更新的内容位置。'),
  row(0x87d00692, null, 'ConfigMgr: group policy conflict (a domain policy sets another update server).', 'ConfigMgr:组策略冲突(域策略设置了另一个更新服务器)。'),
];
