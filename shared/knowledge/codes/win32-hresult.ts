// Win32 errors as HRESULTs (FACILITY_WIN32, 0x8007xxxx) outside WinHTTP and Windows Installer: files, access,
// memory, services, RPC (RPC_S_*, 1700-1999) and the odd 4000-range code a relayed failure arrives as.
// SOURCE: winerror.h names as documented in Microsoft Learn "System Error Codes" and "COM Error Codes";
// meanings in our words.
import type { CodeFamily } from './code-family';

export const WIN32_HRESULT: CodeFamily = {
  id: 'win32-hresult',
  source: 'Microsoft Learn: System Error Codes (0-15999); COM Error Codes (winerror.h)',
  ranges: [[0x80070000, 0x80072edf], [0x80072fa8, 0x8007ffff]],
  zhGist: [['8007', 'Win32 错误(以 HRESULT 表示)']],
  lines: `
80070002|ERROR_FILE_NOT_FOUND|The system cannot find the file specified.|系统找不到指定的文件。
80070003|ERROR_PATH_NOT_FOUND|The system cannot find the path specified.|系统找不到指定的路径。
80070005|E_ACCESSDENIED|Access is denied.|拒绝访问。
80070006|E_HANDLE|The handle is invalid.|句柄无效。
8007000E|E_OUTOFMEMORY|Not enough memory resources are available (out of memory).|内存资源不足(内存不足)。
80070020|ERROR_SHARING_VIOLATION|The file is in use by another process (sharing violation).|另一个程序正在使用此文件(共享冲突)。
80070032|ERROR_NOT_SUPPORTED|The request is not supported.|不支持该请求。
80070057|E_INVALIDARG|The parameter is incorrect.|参数错误。
80070070|ERROR_DISK_FULL|There is not enough space on the disk.|磁盘空间不足。
8007007E|ERROR_MOD_NOT_FOUND|The specified module could not be found.|找不到指定的模块。
800700C1|ERROR_BAD_EXE_FORMAT|Not a valid Win32 application.|不是有效的 Win32 应用程序。
80070422|ERROR_SERVICE_DISABLED|The service cannot be started because it is disabled.|服务已禁用,无法启动。
80070490|ERROR_NOT_FOUND|Element not found.|找不到元素。
800704C7|ERROR_CANCELLED|The operation was cancelled by the user.|用户取消了操作。
800705B4|ERROR_TIMEOUT|This operation returned because the timeout period expired.|超时时间已到,操作返回。
800706BA|RPC_S_SERVER_UNAVAILABLE|The RPC server is unavailable.|RPC 服务器不可用。
800706BE|RPC_S_CALL_FAILED|The remote procedure call failed.|远程过程调用失败。
80071A91|ERROR_TRANSACTION_NOT_ACTIVE|The transaction is not active (often the transaction log is corrupt).|事务未处于活动状态(通常是事务日志损坏)。
800710DD|ERROR_INVALID_OPERATION|The operation identifier is not valid (Windows Update relays some HTTP failures, such as a 401 from a proxy, under this code).|操作标识符无效(Windows 更新会将某些 HTTP 故障,例如代理返回的 401,以此代码转报)。
`,
};
