// Win32 errors as HRESULTs (FACILITY_WIN32, 0x8007xxxx) outside WinHTTP and Windows Installer: files, access,
// memory, registry, services, RPC (RPC_S_*, 1700-1999), side-by-side/component store (ERROR_SXS_*), Winsock
// (WSAE*) and DNS, and the odd 4000-range code a relayed failure arrives as.
// SOURCE: winerror.h names as documented in Microsoft Learn "System Error Codes" and "COM Error Codes";
// meanings in our words.
import type { CodeFamily } from './code-family';

export const WIN32_HRESULT: CodeFamily = {
  id: 'win32-hresult',
  source: 'Microsoft Learn: System Error Codes (0-15999); COM Error Codes (winerror.h)',
  ranges: [[0x80070000, 0x80072edf], [0x80072fa8, 0x8007ffff]],
  zhGist: [['8007', 'Win32 错误(以 HRESULT 表示)']],
  lines: `
80070001|ERROR_INVALID_FUNCTION|Incorrect function: the call is not valid for this object or state.|函数不正确:该调用对此对象或状态无效。
80070002|ERROR_FILE_NOT_FOUND|The system cannot find the file specified.|系统找不到指定的文件。
80070003|ERROR_PATH_NOT_FOUND|The system cannot find the path specified.|系统找不到指定的路径。
80070004|ERROR_TOO_MANY_OPEN_FILES|The system cannot open the file: too many files are open.|系统无法打开文件:打开的文件过多。
80070005|E_ACCESSDENIED|Access is denied (ERROR_ACCESS_DENIED).|拒绝访问(ERROR_ACCESS_DENIED)。
80070006|E_HANDLE|The handle is invalid (ERROR_INVALID_HANDLE).|句柄无效(ERROR_INVALID_HANDLE)。
80070008|ERROR_NOT_ENOUGH_MEMORY|Not enough memory is available to process the command.|内存不足,无法处理此命令。
8007000D|ERROR_INVALID_DATA|The data is invalid (often a corrupt file, registry value or metadata).|数据无效(通常是文件、注册表值或元数据损坏)。
8007000E|E_OUTOFMEMORY|Not enough memory resources are available (ERROR_OUTOFMEMORY).|内存资源不足(ERROR_OUTOFMEMORY)。
8007000F|ERROR_INVALID_DRIVE|The system cannot find the drive specified.|系统找不到指定的驱动器。
80070012|ERROR_NO_MORE_FILES|There are no more files.|没有更多文件。
80070013|ERROR_WRITE_PROTECT|The media is write protected.|介质受写入保护。
80070015|ERROR_NOT_READY|The device is not ready.|设备未就绪。
80070017|ERROR_CRC|Data error (cyclic redundancy check): the disk or file is damaged.|数据错误(循环冗余检查):磁盘或文件已损坏。
8007001F|ERROR_GEN_FAILURE|A device attached to the system is not functioning.|连接到系统的设备没有发挥作用。
80070020|ERROR_SHARING_VIOLATION|The file is in use by another process (sharing violation).|另一个程序正在使用此文件(共享冲突)。
80070021|ERROR_LOCK_VIOLATION|Another process has locked a portion of the file.|另一个进程已锁定文件的一部分。
80070026|ERROR_HANDLE_EOF|Reached the end of the file.|已到达文件结尾。
80070027|ERROR_HANDLE_DISK_FULL|The disk is full.|磁盘已满。
80070032|ERROR_NOT_SUPPORTED|The request is not supported.|不支持该请求。
80070035|ERROR_BAD_NETPATH|The network path was not found.|找不到网络路径。
8007003B|ERROR_UNEXP_NET_ERR|An unexpected network error occurred.|发生意外的网络错误。
80070040|ERROR_NETNAME_DELETED|The specified network name is no longer available (the connection dropped).|指定的网络名不再可用(连接已断开)。
80070041|ERROR_NETWORK_ACCESS_DENIED|Network access is denied.|拒绝网络访问。
80070043|ERROR_BAD_NET_NAME|The network name cannot be found.|找不到网络名。
80070050|ERROR_FILE_EXISTS|The file exists.|文件已存在。
80070052|ERROR_CANNOT_MAKE|The directory or file cannot be created.|无法创建目录或文件。
80070057|E_INVALIDARG|The parameter is incorrect (ERROR_INVALID_PARAMETER); from the agent or its handler it usually means corrupt agent data or component store.|参数错误(ERROR_INVALID_PARAMETER);来自更新代理或其处理程序时,通常表示代理数据或组件存储已损坏。
8007006D|ERROR_BROKEN_PIPE|The pipe has been ended.|管道已结束。
8007006E|ERROR_OPEN_FAILED|The system cannot open the device or file specified.|系统无法打开指定的设备或文件。
80070070|ERROR_DISK_FULL|There is not enough space on the disk.|磁盘空间不足。
80070078|ERROR_CALL_NOT_IMPLEMENTED|This function is not supported on this system.|此系统不支持该函数。
80070079|ERROR_SEM_TIMEOUT|The semaphore timeout period has expired (often a network or disk timeout).|信号灯超时时间已到(通常是网络或磁盘超时)。
8007007A|ERROR_INSUFFICIENT_BUFFER|The data area passed to a system call is too small.|传递给系统调用的数据区域太小。
8007007B|ERROR_INVALID_NAME|The file name, directory name or volume label syntax is incorrect.|文件名、目录名或卷标语法不正确。
8007007E|ERROR_MOD_NOT_FOUND|The specified module could not be found.|找不到指定的模块。
8007007F|ERROR_PROC_NOT_FOUND|The specified procedure could not be found (a DLL of the wrong version).|找不到指定的程序(DLL 版本不对)。
80070091|ERROR_DIR_NOT_EMPTY|The directory is not empty.|目录不是空的。
800700A1|ERROR_BAD_PATHNAME|The specified path is invalid.|指定的路径无效。
800700AA|ERROR_BUSY|The requested resource is in use.|请求的资源正在使用中。
800700B7|ERROR_ALREADY_EXISTS|Cannot create a file when that file already exists.|当文件已存在时,无法创建该文件。
800700C1|ERROR_BAD_EXE_FORMAT|Not a valid Win32 application.|不是有效的 Win32 应用程序。
800700CE|ERROR_FILENAME_EXCED_RANGE|The file name or extension is too long.|文件名或扩展名太长。
800700E8|ERROR_NO_DATA|The pipe is being closed.|管道正在被关闭。
800700EA|ERROR_MORE_DATA|More data is available.|有更多数据可用。
80070103|ERROR_NO_MORE_ITEMS|No more data is available.|没有可用的数据了。
8007010B|ERROR_DIRECTORY|The directory name is invalid.|目录名称无效。
80070241|ERROR_INVALID_IMAGE_HASH|Windows cannot verify the digital signature of this file.|Windows 无法验证此文件的数字签名。
800702E4|ERROR_ELEVATION_REQUIRED|The requested operation requires elevation.|请求的操作需要提升权限。
800703E3|ERROR_OPERATION_ABORTED|The I/O operation was aborted because of a thread exit or an application request.|由于线程退出或应用程序请求,已中止 I/O 操作。
800703E5|ERROR_IO_PENDING|Overlapped I/O operation is in progress.|重叠 I/O 操作在进行中。
800703ED|ERROR_UNRECOGNIZED_VOLUME|The volume does not contain a recognised file system.|卷不包含可识别的文件系统。
800703EE|ERROR_FILE_INVALID|The volume for a file was altered externally, so the open file is no longer valid.|文件所在的卷已被外部更改,打开的文件不再有效。
800703F0|ERROR_NO_TOKEN|An attempt was made to reference a token that does not exist.|试图引用不存在的令牌。
800703F1|ERROR_BADDB|The configuration registry database is corrupt.|配置注册表数据库已损坏。
800703F2|ERROR_BADKEY|The configuration registry key is invalid.|配置注册表项无效。
800703F3|ERROR_CANTOPEN|The configuration registry key could not be opened.|无法打开配置注册表项。
800703F4|ERROR_CANTREAD|The configuration registry key could not be read.|无法读取配置注册表项。
800703F5|ERROR_CANTWRITE|The configuration registry key could not be written.|无法写入配置注册表项。
800703F7|ERROR_REGISTRY_CORRUPT|The registry is corrupted.|注册表已损坏。
800703F8|ERROR_REGISTRY_IO_FAILED|An I/O operation on the registry failed unrecoverably.|注册表 I/O 操作发生不可恢复的失败。
800703FA|ERROR_KEY_DELETED|The registry key has been marked for deletion.|注册表项已标记为删除。
8007041B|ERROR_DEPENDENT_SERVICES_RUNNING|A stop control was sent to a service other running services depend on.|已向其他正在运行的服务所依赖的服务发送停止控制。
8007041C|ERROR_INVALID_SERVICE_CONTROL|The requested control is not valid for this service.|请求的控制对此服务无效。
8007041D|ERROR_SERVICE_REQUEST_TIMEOUT|The service did not respond to the start or control request in time.|服务没有及时响应启动或控制请求。
8007041E|ERROR_SERVICE_NO_THREAD|A thread could not be created for the service.|无法为服务创建线程。
8007041F|ERROR_SERVICE_DATABASE_LOCKED|The service database is locked.|服务数据库已锁定。
80070420|ERROR_SERVICE_ALREADY_RUNNING|An instance of the service is already running.|服务的实例已在运行中。
80070421|ERROR_INVALID_SERVICE_ACCOUNT|The account name is invalid or does not exist, or the password is invalid.|帐户名无效或不存在,或者密码无效。
80070422|ERROR_SERVICE_DISABLED|The service cannot be started because it is disabled (for Windows Update: wuauserv or BITS disabled).|服务已禁用,无法启动(Windows 更新中:wuauserv 或 BITS 被禁用)。
80070423|ERROR_CIRCULAR_DEPENDENCY|A circular service dependency was specified.|指定了循环服务依存关系。
80070424|ERROR_SERVICE_DOES_NOT_EXIST|The specified service does not exist as an installed service.|指定的服务未安装。
80070425|ERROR_SERVICE_CANNOT_ACCEPT_CTRL|The service cannot accept control messages at this time.|服务此时无法接受控制消息。
80070426|ERROR_SERVICE_NOT_ACTIVE|The service has not been started.|服务尚未启动。
80070427|ERROR_FAILED_SERVICE_CONTROLLER_CONNECT|The service process could not connect to the service controller.|服务进程无法连接到服务控制器。
80070428|ERROR_EXCEPTION_IN_SERVICE|An exception occurred in the service while handling the control request.|服务处理控制请求时发生异常。
8007042A|ERROR_SERVICE_SPECIFIC_ERROR|The service returned a service-specific error code.|服务返回了特定于服务的错误代码。
8007042B|ERROR_PROCESS_ABORTED|The process terminated unexpectedly.|进程意外终止。
8007042C|ERROR_SERVICE_DEPENDENCY_FAIL|A dependency service or group failed to start.|依存服务或组无法启动。
8007042D|ERROR_SERVICE_LOGON_FAILED|The service did not start because of a logon failure.|由于登录失败,服务未启动。
8007042E|ERROR_SERVICE_START_HANG|After starting, the service hung in a start-pending state.|服务启动后停滞在"启动挂起"状态。
80070430|ERROR_SERVICE_MARKED_FOR_DELETE|The service has been marked for deletion.|服务已标记为删除。
80070431|ERROR_SERVICE_EXISTS|The service already exists.|服务已存在。
80070433|ERROR_SERVICE_DEPENDENCY_DELETED|The dependency service does not exist or has been marked for deletion.|依存服务不存在,或已标记为删除。
8007045B|ERROR_SHUTDOWN_IN_PROGRESS|A system shutdown is in progress.|系统正在关机。
8007045D|ERROR_IO_DEVICE|The request could not be performed because of an I/O device error.|由于 I/O 设备错误,无法执行请求。
8007046A|ERROR_NOT_ENOUGH_SERVER_MEMORY|Not enough server memory resources are available to process the command.|服务器内存资源不足,无法处理此命令。
80070490|ERROR_NOT_FOUND|Element not found.|找不到元素。
80070491|ERROR_NO_MATCH|There was no match for the specified key in the index.|索引中没有与指定键匹配的项。
800704B3|ERROR_NO_NET_OR_BAD_PATH|The network path was typed wrongly, does not exist, or the network provider is unavailable.|网络路径键入错误、不存在,或网络提供程序不可用。
800704B8|ERROR_EXTENDED_ERROR|An extended error has occurred.|发生扩展错误。
800704BE|ERROR_INVALID_NETNAME|The format of the network name is invalid.|网络名的格式无效。
800704C3|ERROR_SESSION_CREDENTIAL_CONFLICT|Multiple connections to a server by the same user with different credentials are not allowed.|不允许同一用户使用不同凭据与服务器建立多个连接。
800704C6|ERROR_NO_NETWORK|The network is not present or not started.|网络不存在或尚未启动。
800704C7|ERROR_CANCELLED|The operation was cancelled by the user.|用户取消了操作。
800704C9|ERROR_CONNECTION_REFUSED|The remote computer refused the network connection.|远程计算机拒绝网络连接。
800704CA|ERROR_GRACEFUL_DISCONNECT|The network connection was gracefully closed.|网络连接已正常关闭。
800704CD|ERROR_CONNECTION_INVALID|An operation was attempted on a network connection that does not exist.|试图在不存在的网络连接上执行操作。
800704CF|ERROR_NETWORK_UNREACHABLE|The network location cannot be reached.|无法访问网络位置。
800704D0|ERROR_HOST_UNREACHABLE|The network location cannot be reached (host unreachable).|无法访问网络位置(主机不可达)。
800704D1|ERROR_PROTOCOL_UNREACHABLE|The network location cannot be reached (protocol unreachable).|无法访问网络位置(协议不可达)。
800704D2|ERROR_PORT_UNREACHABLE|No service is operating at the destination network endpoint.|目标网络终结点上没有运行任何服务。
800704D3|ERROR_REQUEST_ABORTED|The request was aborted.|请求已中止。
800704D4|ERROR_CONNECTION_ABORTED|The network connection was aborted by the local system.|本地系统中止了网络连接。
800704D5|ERROR_RETRY|The operation could not be completed; a retry should be performed.|操作无法完成,应重试。
800704DC|ERROR_NOT_AUTHENTICATED|The operation requires the user to be authenticated.|该操作要求用户已通过身份验证。
800704DD|ERROR_NOT_LOGGED_ON|The operation requires the user to be logged on to the network.|该操作要求用户已登录网络。
800704EC|ERROR_ACCESS_DISABLED_BY_POLICY|This program is blocked by group policy.|此程序被组策略阻止。
800704F1|ERROR_DOWNGRADE_DETECTED|The system detected a possible attempt to compromise security; contact the server that authenticated you.|系统检测到可能危及安全的尝试;请联系对你进行身份验证的服务器。
80070522|ERROR_PRIVILEGE_NOT_HELD|A required privilege is not held by the client.|客户端没有所需的特权。
8007052E|ERROR_LOGON_FAILURE|The user name or password is incorrect.|用户名或密码不正确。
8007052F|ERROR_ACCOUNT_RESTRICTION|Account restrictions prevent this user from signing in.|帐户限制阻止此用户登录。
80070532|ERROR_PASSWORD_EXPIRED|The password for this account has expired.|此帐户的密码已过期。
80070533|ERROR_ACCOUNT_DISABLED|The account is disabled.|帐户已被禁用。
80070534|ERROR_NONE_MAPPED|No mapping between account names and security IDs was done.|帐户名与安全标识之间未完成映射。
8007054B|ERROR_NO_SUCH_DOMAIN|The specified domain either does not exist or could not be contacted.|指定的域不存在或无法联系。
8007054F|ERROR_INTERNAL_ERROR|An internal error occurred.|发生内部错误。
80070570|ERROR_FILE_CORRUPT|The file or directory is corrupted and unreadable.|文件或目录已损坏且无法读取。
80070571|ERROR_DISK_CORRUPT|The disk structure is corrupted and unreadable.|磁盘结构已损坏且无法读取。
800705AA|ERROR_NO_SYSTEM_RESOURCES|Insufficient system resources exist to complete the requested service.|系统资源不足,无法完成请求的服务。
800705AF|ERROR_COMMITMENT_LIMIT|The paging file is too small for this operation to complete.|页面文件太小,无法完成此操作。
800705B4|ERROR_TIMEOUT|This operation returned because the timeout period expired.|超时时间已到,操作返回。
800705DC|ERROR_EVENTLOG_FILE_CORRUPT|The event log file is corrupted.|事件日志文件已损坏。
800705DE|ERROR_LOG_FILE_FULL|The event log file is full.|事件日志文件已满。
800706A4|RPC_S_INVALID_STRING_BINDING|The RPC string binding is invalid.|RPC 字符串绑定无效。
800706A5|RPC_S_WRONG_KIND_OF_BINDING|The RPC binding handle is not the correct type.|RPC 绑定句柄类型不正确。
800706A6|RPC_S_INVALID_BINDING|The RPC binding handle is invalid.|RPC 绑定句柄无效。
800706A7|RPC_S_PROTSEQ_NOT_SUPPORTED|The RPC protocol sequence is not supported.|不支持该 RPC 协议序列。
800706A8|RPC_S_INVALID_RPC_PROTSEQ|The RPC protocol sequence is invalid.|RPC 协议序列无效。
800706AA|RPC_S_INVALID_ENDPOINT_FORMAT|The RPC endpoint format is invalid.|RPC 终结点格式无效。
800706AB|RPC_S_INVALID_NET_ADDR|The network address is invalid.|网络地址无效。
800706AC|RPC_S_NO_ENDPOINT_FOUND|No RPC endpoint was found.|找不到 RPC 终结点。
800706AD|RPC_S_INVALID_TIMEOUT|The RPC timeout value is invalid.|RPC 超时值无效。
800706AE|RPC_S_OBJECT_NOT_FOUND|The RPC object UUID was not found.|找不到 RPC 对象 UUID。
800706B1|RPC_S_ALREADY_LISTENING|The RPC server is already listening.|RPC 服务器已在侦听。
800706B3|RPC_S_NOT_LISTENING|The RPC server is not listening.|RPC 服务器未在侦听。
800706B5|RPC_S_UNKNOWN_IF|The RPC interface is unknown (the service is not registered or not running).|RPC 接口未知(服务未注册或未运行)。
800706B6|RPC_S_NO_BINDINGS|There are no RPC bindings.|没有 RPC 绑定。
800706B7|RPC_S_NO_PROTSEQS|There are no RPC protocol sequences.|没有 RPC 协议序列。
800706B8|RPC_S_CANT_CREATE_ENDPOINT|The RPC endpoint cannot be created.|无法创建 RPC 终结点。
800706B9|RPC_S_OUT_OF_RESOURCES|Not enough resources are available to complete the RPC operation.|资源不足,无法完成 RPC 操作。
800706BA|RPC_S_SERVER_UNAVAILABLE|The RPC server is unavailable (the remote computer or service cannot be reached, or a firewall blocks it).|RPC 服务器不可用(无法访问远程计算机或服务,或被防火墙阻止)。
800706BB|RPC_S_SERVER_TOO_BUSY|The RPC server is too busy to complete this operation.|RPC 服务器太忙,无法完成此操作。
800706BC|RPC_S_INVALID_NETWORK_OPTIONS|The RPC network options are invalid.|RPC 网络选项无效。
800706BD|RPC_S_NO_CALL_ACTIVE|There are no remote procedure calls active on this thread.|此线程上没有活动的远程过程调用。
800706BE|RPC_S_CALL_FAILED|The remote procedure call failed (the server side stopped or crashed during the call).|远程过程调用失败(调用期间服务器端停止或崩溃)。
800706BF|RPC_S_CALL_FAILED_DNE|The remote procedure call failed and did not execute.|远程过程调用失败且未执行。
800706C0|RPC_S_PROTOCOL_ERROR|An RPC protocol error occurred.|发生 RPC 协议错误。
800706C2|RPC_S_UNSUPPORTED_TRANS_SYN|The transfer syntax is not supported by the RPC server.|RPC 服务器不支持该传输语法。
800706C4|RPC_S_UNSUPPORTED_TYPE|The UUID type is not supported.|不支持该 UUID 类型。
800706CD|RPC_S_UNKNOWN_AUTHN_TYPE|The RPC authentication type is unknown.|RPC 身份验证类型未知。
800706D1|RPC_S_PROCNUM_OUT_OF_RANGE|The RPC procedure number is out of range (client and server versions differ).|RPC 过程号超出范围(客户端与服务器版本不同)。
800706D2|RPC_S_BINDING_HAS_NO_AUTH|The RPC binding has no authentication information.|RPC 绑定不包含任何身份验证信息。
800706D3|RPC_S_UNKNOWN_AUTHN_SERVICE|The RPC authentication service is unknown.|RPC 身份验证服务未知。
800706D5|RPC_S_INVALID_AUTH_IDENTITY|The RPC security context is invalid.|RPC 安全上下文无效。
800706D9|EPT_S_NOT_REGISTERED|There are no more endpoints available from the endpoint mapper (the service is not listening).|终结点映射器中没有更多可用的终结点(服务未侦听)。
800706DF|RPC_S_INTERFACE_NOT_FOUND|The RPC interface was not found.|找不到 RPC 接口。
800706E4|RPC_S_CANNOT_SUPPORT|The requested RPC operation is not supported.|不支持请求的 RPC 操作。
800706E5|RPC_S_NO_CONTEXT_AVAILABLE|No security context is available to allow impersonation.|没有可用于模拟的安全上下文。
800706E6|RPC_S_INTERNAL_ERROR|An internal error occurred in a remote procedure call.|远程过程调用中发生内部错误。
800706EC|RPC_X_NO_MORE_ENTRIES|The list of RPC servers available for binding auto handles is exhausted.|可用于绑定自动句柄的 RPC 服务器列表已用尽。
800706EF|RPC_X_SS_IN_NULL_CONTEXT|A null context handle was passed from client to host during a remote procedure call.|远程过程调用期间,客户端向主机传递了空上下文句柄。
800706F1|RPC_X_SS_CONTEXT_DAMAGED|The context handle changed during a remote procedure call.|远程过程调用期间上下文句柄发生了更改。
800706F2|RPC_X_SS_HANDLES_MISMATCH|The binding handles passed to a remote procedure call do not match.|传递给远程过程调用的绑定句柄不匹配。
800708CA|ERROR_NOT_CONNECTED|This network connection does not exist.|此网络连接不存在。
800710D8|ERROR_OBJECT_NOT_FOUND|The object identifier does not represent a valid object.|对象标识符不代表有效的对象。
800710DD|ERROR_INVALID_OPERATION|The operation identifier is not valid. The Windows Update web-service client has been seen relaying an HTTP failure under it ("Last proxy send request failed with hr = 0x800710DD, HTTP status code = 401"): read the HTTP status beside it.|操作标识符无效。Windows 更新的 Web 服务客户端曾以此代码转报 HTTP 故障("Last proxy send request failed with hr = 0x800710DD, HTTP status code = 401"):请查看其旁边的 HTTP 状态代码。
80071126|ERROR_NOT_A_REPARSE_POINT|The file or directory is not a reparse point.|文件或目录不是重分析点。
80071128|ERROR_INVALID_REPARSE_DATA|The data in the reparse point buffer is invalid.|重分析点缓冲区中的数据无效。
8007139F|ERROR_INVALID_STATE|The group or resource is not in the correct state to perform the operation.|组或资源未处于执行该操作所需的正确状态。
80071A91|ERROR_RM_NOT_ACTIVE|The transaction resource manager is not active (often a corrupt transaction log: fsutil resource setautoreset).|事务资源管理器未处于活动状态(通常是事务日志损坏)。
8007232B|DNS_ERROR_RCODE_NAME_ERROR|DNS: the name does not exist.|DNS:名称不存在。
8007251D|DNS_INFO_NO_RECORDS|DNS: no records were found for the given query.|DNS:没有找到所查询的记录。
8007271D|WSAEACCES|Winsock: access to the socket was forbidden (a firewall or another program holds the port).|Winsock:禁止访问套接字(防火墙或其他程序占用了端口)。
80072740|WSAEADDRINUSE|Winsock: the address and port are already in use.|Winsock:地址和端口已被使用。
80072741|WSAEADDRNOTAVAIL|Winsock: the requested address is not valid in its context.|Winsock:请求的地址在其上下文中无效。
80072742|WSAENETDOWN|Winsock: the network is down.|Winsock:网络已关闭。
80072743|WSAENETUNREACH|Winsock: the network is unreachable.|Winsock:网络不可达。
80072744|WSAENETRESET|Winsock: the connection was broken by a keep-alive failure.|Winsock:保持活动失败,连接已中断。
80072745|WSAECONNABORTED|Winsock: the connection was aborted by software on this computer.|Winsock:本机软件中止了连接。
80072746|WSAECONNRESET|Winsock: the connection was reset by the remote host.|Winsock:远程主机重置了连接。
80072747|WSAENOBUFS|Winsock: no buffer space is available (out of sockets or ports).|Winsock:没有可用的缓冲区空间(套接字或端口耗尽)。
80072749|WSAENOTCONN|Winsock: the socket is not connected.|Winsock:套接字未连接。
8007274A|WSAESHUTDOWN|Winsock: the socket was already shut down.|Winsock:套接字已关闭。
8007274C|WSAETIMEDOUT|Winsock: the connection attempt timed out (no answer from the remote host).|Winsock:连接尝试超时(远程主机无响应)。
8007274D|WSAECONNREFUSED|Winsock: the remote host actively refused the connection (nothing listens on that port).|Winsock:远程主机主动拒绝连接(该端口无人侦听)。
80072750|WSAEHOSTDOWN|Winsock: the remote host is down.|Winsock:远程主机已关闭。
80072751|WSAEHOSTUNREACH|Winsock: no route to the remote host.|Winsock:没有到远程主机的路由。
80072AF9|WSAHOST_NOT_FOUND|Winsock: the host name is not known (DNS has no such name).|Winsock:主机名未知(DNS 中没有该名称)。
80072AFA|WSATRY_AGAIN|Winsock: a temporary DNS failure; try again.|Winsock:DNS 暂时失败,请重试。
80072AFC|WSANO_DATA|Winsock: the name is valid but has no data record of the type asked for.|Winsock:名称有效,但没有所请求类型的数据记录。
800736B1|ERROR_SXS_CANT_GEN_ACTCTX|The application could not start: its side-by-side configuration is incorrect.|应用程序无法启动:其并行配置不正确。
800736B3|ERROR_SXS_ASSEMBLY_NOT_FOUND|A required side-by-side assembly could not be found.|找不到所需的并行程序集。
800736CC|ERROR_SXS_FILE_HASH_MISMATCH|A component file does not match the hash recorded in its manifest (component store corruption).|组件文件与其清单中记录的哈希值不匹配(组件存储损坏)。
80073701|ERROR_SXS_ASSEMBLY_MISSING|The referenced assembly could not be found in the component store.|在组件存储中找不到引用的程序集。
80073712|ERROR_SXS_COMPONENT_STORE_CORRUPT|The component store is corrupt: repair it with DISM /Online /Cleanup-Image /RestoreHealth.|组件存储已损坏:请使用 DISM /Online /Cleanup-Image /RestoreHealth 修复。
80073713|ERROR_ADVANCED_INSTALLER_FAILED|An advanced installer failed during setup or servicing.|安装或维护期间,高级安装程序失败。
8007371B|ERROR_SXS_TRANSACTION_CLOSURE_INCOMPLETE|A component's required files are not all present (the servicing transaction is incomplete).|组件所需的文件不全(维护事务不完整)。
`,
};
