// WinHTTP errors as HRESULTs (Win32 errors 12000-12199 under FACILITY_WIN32, 0x80072EE0-0x80072FA7): how the
// Windows Update Agent, BITS and ConfigMgr report network, proxy and TLS failures.
// SOURCE: Microsoft Learn "Error Messages (Winhttp.h)" (WinHTTP), and "Internet error codes" (WinINet, wininet.h)
// for the numbers WinHTTP leaves undefined; names as those headers define them, meanings in our own words.
import type { CodeFamily } from './code-family';

export const WINHTTP: CodeFamily = {
  id: 'winhttp',
  source: 'Microsoft Learn: Error Messages (Winhttp.h); Internet error codes (Wininet.h)',
  ranges: [[0x80072ee0, 0x80072fa7]],
  zhGist: [['80072', 'WinHTTP 网络错误']],
  lines: `
80072EE1|ERROR_WINHTTP_OUT_OF_HANDLES|No more WinHTTP handles can be allocated.|无法再分配 WinHTTP 句柄。
80072EE2|ERROR_WINHTTP_TIMEOUT|The operation timed out (no answer from the server in time).|操作超时(服务器未在规定时间内响应)。
80072EE3|ERROR_INTERNET_EXTENDED_ERROR|The server returned extended error information (WinINet).|服务器返回了扩展错误信息(WinINet)。
80072EE4|ERROR_WINHTTP_INTERNAL_ERROR|An internal error occurred in WinHTTP.|WinHTTP 内部错误。
80072EE5|ERROR_WINHTTP_INVALID_URL|The URL is invalid.|URL 无效。
80072EE6|ERROR_WINHTTP_UNRECOGNIZED_SCHEME|The URL does not use a recognised protocol.|URL 使用了无法识别的协议。
80072EE7|ERROR_WINHTTP_NAME_NOT_RESOLVED|The server name or address could not be resolved (DNS).|无法解析服务器名称或地址(DNS)。
80072EE8|ERROR_INTERNET_PROTOCOL_NOT_FOUND|No protocol handler was found for the request (WinINet).|找不到处理该请求的协议(WinINet)。
80072EE9|ERROR_WINHTTP_INVALID_OPTION|An unknown option was set or queried.|设置或查询了未知选项。
80072EEA|ERROR_INTERNET_BAD_OPTION_LENGTH|The length given for an option is wrong for its type (WinINet).|选项长度与其类型不符(WinINet)。
80072EEB|ERROR_WINHTTP_OPTION_NOT_SETTABLE|The option can be queried but not set.|该选项只能查询,不能设置。
80072EEC|ERROR_WINHTTP_SHUTDOWN|WinHTTP support is shutting down or unloaded.|WinHTTP 正在关闭或已卸载。
80072EED|ERROR_INTERNET_INCORRECT_USER_NAME|The user name was rejected by the server (WinINet).|服务器拒绝了用户名(WinINet)。
80072EEE|ERROR_INTERNET_INCORRECT_PASSWORD|The password was rejected by the server (WinINet).|服务器拒绝了密码(WinINet)。
80072EEF|ERROR_WINHTTP_LOGIN_FAILURE|The login request was denied.|登录请求被拒绝。
80072EF0|ERROR_INTERNET_INVALID_OPERATION|The requested operation is not valid (WinINet).|请求的操作无效(WinINet)。
80072EF1|ERROR_WINHTTP_OPERATION_CANCELLED|The operation was cancelled (its handle was closed first).|操作已取消(句柄先被关闭)。
80072EF2|ERROR_WINHTTP_INCORRECT_HANDLE_TYPE|The handle given is the wrong type for the operation.|所给句柄的类型不适用于该操作。
80072EF3|ERROR_WINHTTP_INCORRECT_HANDLE_STATE|The handle is not in the right state for the operation.|句柄状态不适用于该操作。
80072EF4|ERROR_INTERNET_NOT_PROXY_REQUEST|The request cannot be made through a proxy (WinINet).|该请求不能通过代理发出(WinINet)。
80072EF5|ERROR_INTERNET_REGISTRY_VALUE_NOT_FOUND|A required registry value was not found (WinINet).|找不到所需的注册表值(WinINet)。
80072EF6|ERROR_INTERNET_BAD_REGISTRY_PARAMETER|A required registry value has a wrong type or value (WinINet).|所需注册表值的类型或数值错误(WinINet)。
80072EF7|ERROR_INTERNET_NO_DIRECT_ACCESS|Direct network access is not possible (WinINet).|无法直接访问网络(WinINet)。
80072EF8|ERROR_INTERNET_NO_CONTEXT|An asynchronous request was made without a context value (WinINet).|发出异步请求时未提供上下文值(WinINet)。
80072EF9|ERROR_INTERNET_NO_CALLBACK|An asynchronous request was made without a status callback (WinINet).|发出异步请求时未设置状态回调(WinINet)。
80072EFA|ERROR_INTERNET_REQUEST_PENDING|The operation cannot complete while requests are still pending (WinINet).|仍有挂起的请求,操作无法完成(WinINet)。
80072EFB|ERROR_INTERNET_INCORRECT_FORMAT|The request format is invalid (WinINet).|请求格式无效(WinINet)。
80072EFC|ERROR_INTERNET_ITEM_NOT_FOUND|The requested item could not be found (WinINet).|找不到请求的项目(WinINet)。
80072EFD|ERROR_WINHTTP_CANNOT_CONNECT|A connection with the server could not be established (refused, blocked or nothing listening on the port).|无法与服务器建立连接(被拒绝、被阻止或端口无人侦听)。
80072EFE|ERROR_WINHTTP_CONNECTION_ERROR|The connection with the server was reset or terminated abnormally.|与服务器的连接被重置或异常终止。
80072EFF|ERROR_INTERNET_CONNECTION_RESET|The connection with the server was reset (WinINet).|与服务器的连接已被重置(WinINet)。
80072F00|ERROR_WINHTTP_RESEND_REQUEST|The request must be resent (for example after authentication or a redirect).|必须重新发送请求(例如在身份验证或重定向之后)。
80072F01|ERROR_INTERNET_INVALID_PROXY_REQUEST|The request to the proxy was invalid (WinINet).|发往代理的请求无效(WinINet)。
80072F02|ERROR_INTERNET_NEED_UI|A user interface or other blocking operation was requested (WinINet).|请求了用户界面或其他阻塞操作(WinINet)。
80072F04|ERROR_INTERNET_HANDLE_EXISTS|The request failed because the handle already exists (WinINet).|句柄已存在,请求失败(WinINet)。
80072F05|ERROR_WINHTTP_SECURE_CERT_DATE_INVALID|The date in the server certificate is invalid or has expired.|服务器证书中的日期无效或已过期。
80072F06|ERROR_WINHTTP_SECURE_CERT_CN_INVALID|The host name in the server certificate does not match the name requested.|服务器证书中的主机名与请求的名称不匹配。
80072F07|ERROR_INTERNET_HTTP_TO_HTTPS_ON_REDIR|The request was redirected from HTTP to HTTPS (WinINet).|请求从 HTTP 重定向到了 HTTPS(WinINet)。
80072F08|ERROR_INTERNET_HTTPS_TO_HTTP_ON_REDIR|The request was redirected from HTTPS to HTTP (WinINet).|请求从 HTTPS 重定向到了 HTTP(WinINet)。
80072F09|ERROR_INTERNET_MIXED_SECURITY|Some of the content was not secure (WinINet).|部分内容不安全(WinINet)。
80072F0A|ERROR_INTERNET_CHG_POST_IS_NON_SECURE|Data would be posted over an insecure connection after a change (WinINet).|更改后数据将通过不安全的连接提交(WinINet)。
80072F0B|ERROR_INTERNET_POST_IS_NON_SECURE|Data is being posted over an insecure connection (WinINet).|数据正通过不安全的连接提交(WinINet)。
80072F0C|ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED|A certificate is required to complete client authentication.|需要证书才能完成客户端身份验证。
80072F0D|ERROR_WINHTTP_SECURE_INVALID_CA|The certificate authority is invalid or incorrect (the chain ends in an untrusted root).|证书颁发机构无效或不正确(证书链的根不受信任)。
80072F0E|ERROR_INTERNET_CLIENT_AUTH_NOT_SETUP|Client authorization is not set up on this computer (WinINet).|此计算机未设置客户端授权(WinINet)。
80072F0F|ERROR_INTERNET_ASYNC_THREAD_FAILED|The asynchronous worker thread could not be started (WinINet).|无法启动异步工作线程(WinINet)。
80072F10|ERROR_INTERNET_REDIRECT_SCHEME_CHANGE|A redirect changed the protocol scheme (WinINet).|重定向更改了协议方案(WinINet)。
80072F11|ERROR_INTERNET_DIALOG_PENDING|Another thread has a dialog open (WinINet).|另一个线程已打开对话框(WinINet)。
80072F12|ERROR_INTERNET_RETRY_DIALOG|The dialog should be retried (WinINet).|应重试对话框(WinINet)。
80072F14|ERROR_INTERNET_HTTPS_HTTP_SUBMIT_REDIR|Submitted data is being redirected to a non-secure server (WinINet).|提交的数据被重定向到不安全的服务器(WinINet)。
80072F15|ERROR_INTERNET_INSERT_CDROM|The request needs a CD-ROM to be inserted (WinINet).|请求需要插入 CD-ROM(WinINet)。
80072F16|ERROR_INTERNET_FORTEZZA_LOGIN_NEEDED|The resource requires a Fortezza login (WinINet).|该资源需要 Fortezza 登录(WinINet)。
80072F17|ERROR_INTERNET_SEC_CERT_ERRORS|The server certificate has errors (untrusted, expired or wrong name).|服务器证书存在错误(不受信任、已过期或名称不符)。
80072F18|ERROR_INTERNET_SEC_CERT_NO_REV|The certificate carries no revocation information (WinINet).|证书不包含吊销信息(WinINet)。
80072F19|ERROR_WINHTTP_SECURE_CERT_REV_FAILED|Revocation of the server certificate could not be checked (the CRL or OCSP server is unreachable).|无法检查服务器证书的吊销状态(无法访问 CRL 或 OCSP 服务器)。
80072F44|ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN|A WinHttpRequest call came before Open.|在 Open 之前调用了 WinHttpRequest 方法。
80072F45|ERROR_WINHTTP_CANNOT_CALL_BEFORE_SEND|A WinHttpRequest call came before Send.|在 Send 之前调用了 WinHttpRequest 方法。
80072F46|ERROR_WINHTTP_CANNOT_CALL_AFTER_SEND|A WinHttpRequest call came after Send, where it is not allowed.|在 Send 之后调用了不允许的 WinHttpRequest 方法。
80072F47|ERROR_WINHTTP_CANNOT_CALL_AFTER_OPEN|A WinHttpRequest call came after Open, where it is not allowed.|在 Open 之后调用了不允许的 WinHttpRequest 方法。
80072F4E|ERROR_FTP_TRANSFER_IN_PROGRESS|An FTP transfer is already in progress (WinINet).|FTP 传输已在进行(WinINet)。
80072F4F|ERROR_FTP_DROPPED|The FTP operation did not complete because the session was dropped (WinINet).|FTP 会话中断,操作未完成(WinINet)。
80072F50|ERROR_FTP_NO_PASSIVE_MODE|Passive FTP mode is not available on the server (WinINet).|服务器不支持被动 FTP 模式(WinINet)。
80072F76|ERROR_WINHTTP_HEADER_NOT_FOUND|The requested header was not found.|未找到请求的标头。
80072F77|ERROR_HTTP_DOWNLEVEL_SERVER|The server did not return any headers (WinINet).|服务器未返回任何标头(WinINet)。
80072F78|ERROR_WINHTTP_INVALID_SERVER_RESPONSE|The server returned an invalid or unrecognised response.|服务器返回了无效或无法识别的响应。
80072F79|ERROR_WINHTTP_INVALID_HEADER|The supplied header is invalid.|提供的标头无效。
80072F7A|ERROR_WINHTTP_INVALID_QUERY_REQUEST|The request made to query headers is invalid.|查询标头的请求无效。
80072F7B|ERROR_WINHTTP_HEADER_ALREADY_EXISTS|The header could not be added because it already exists.|标头已存在,无法添加。
80072F7C|ERROR_WINHTTP_REDIRECT_FAILED|The redirect failed (scheme changed or too many redirects).|重定向失败(协议方案改变或重定向次数过多)。
80072F7D|ERROR_WINHTTP_SECURE_CHANNEL_ERROR|An error occurred in the secure channel (TLS handshake failed: protocol or cipher mismatch).|安全通道发生错误(TLS 握手失败:协议或密码套件不匹配)。
80072F7E|ERROR_INTERNET_UNABLE_TO_CACHE_FILE|The file could not be written to the cache (WinINet).|无法将文件写入缓存(WinINet)。
80072F7F|ERROR_INTERNET_TCPIP_NOT_INSTALLED|TCP/IP is not installed correctly (WinINet).|TCP/IP 未正确安装(WinINet)。
80072F80|ERROR_HTTP_NOT_REDIRECTED|The HTTP request was not redirected (WinINet).|HTTP 请求未被重定向(WinINet)。
80072F81|ERROR_HTTP_COOKIE_NEEDS_CONFIRMATION|The HTTP cookie requires confirmation (WinINet).|HTTP Cookie 需要确认(WinINet)。
80072F82|ERROR_HTTP_COOKIE_DECLINED|The HTTP cookie was declined by the server (WinINet).|服务器拒绝了 HTTP Cookie(WinINet)。
80072F83|ERROR_INTERNET_DISCONNECTED|The internet connection has been lost (WinINet).|Internet 连接已断开(WinINet)。
80072F84|ERROR_INTERNET_SERVER_UNREACHABLE|The web site or server cannot be reached (WinINet).|无法访问网站或服务器(WinINet)。
80072F85|ERROR_INTERNET_PROXY_SERVER_UNREACHABLE|The designated proxy server cannot be reached (WinINet).|无法访问指定的代理服务器(WinINet)。
80072F86|ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT|The proxy auto-configuration (PAC) script has an error.|代理自动配置(PAC)脚本有错误。
80072F87|ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT|The proxy auto-configuration (PAC) script could not be downloaded.|无法下载代理自动配置(PAC)脚本。
80072F88|ERROR_HTTP_REDIRECT_NEEDS_CONFIRMATION|The redirect requires user confirmation (WinINet).|重定向需要用户确认(WinINet)。
80072F89|ERROR_WINHTTP_SECURE_INVALID_CERT|The server certificate is invalid.|服务器证书无效。
80072F8A|ERROR_WINHTTP_SECURE_CERT_REVOKED|The server certificate has been revoked.|服务器证书已被吊销。
80072F8B|ERROR_INTERNET_FAILED_DUETOSECURITYCHECK|The function failed because of a security check (WinINet).|由于安全检查,函数失败(WinINet)。
80072F8C|ERROR_WINHTTP_NOT_INITIALIZED|WinHTTP was not initialized.|WinHTTP 未初始化。
80072F8D|ERROR_INTERNET_NEED_MSN_SSPI_PKG|The MSN SSPI package is required (WinINet).|需要 MSN SSPI 程序包(WinINet)。
80072F8E|ERROR_INTERNET_LOGIN_FAILURE_DISPLAY_ENTITY_BODY|The login failed; the server sent a body to display (WinINet).|登录失败,服务器返回了应显示的内容(WinINet)。
80072F8F|ERROR_WINHTTP_SECURE_FAILURE|A security error occurred on the TLS connection: certificate errors, a wrong clock or TLS inspection (WinINet calls this code ERROR_INTERNET_DECODING_FAILED).|TLS 连接发生安全错误:证书错误、时钟错误或 TLS 检查(WinINet 将此代码称为 ERROR_INTERNET_DECODING_FAILED)。
80072F90|ERROR_WINHTTP_UNHANDLED_SCRIPT_TYPE|The proxy auto-configuration script is of a type WinHTTP cannot run.|WinHTTP 无法运行此类型的代理自动配置脚本。
80072F91|ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR|The proxy auto-configuration script failed while running.|代理自动配置脚本运行出错。
80072F92|ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR|The WinHTTP auto-proxy service failed (WinHttpAutoProxySvc).|WinHTTP 自动代理服务(WinHttpAutoProxySvc)失败。
80072F93|ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE|The server certificate is not valid for server authentication (wrong key usage).|服务器证书不能用于服务器身份验证(密钥用法错误)。
80072F94|ERROR_WINHTTP_AUTODETECTION_FAILED|WPAD proxy auto-detection found no proxy configuration.|WPAD 代理自动检测未找到代理配置。
80072F95|ERROR_WINHTTP_HEADER_COUNT_EXCEEDED|The response has more headers than allowed.|响应的标头数量超过上限。
80072F96|ERROR_WINHTTP_HEADER_SIZE_OVERFLOW|The response headers are larger than allowed.|响应标头的大小超过上限。
80072F97|ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW|A chunked-encoding header is larger than allowed.|分块编码标头的大小超过上限。
80072F98|ERROR_WINHTTP_RESPONSE_DRAIN_OVERFLOW|The response body is too large to drain.|响应正文过大,无法排空。
80072F99|ERROR_WINHTTP_CLIENT_CERT_NO_PRIVATE_KEY|The client certificate has no private key.|客户端证书没有私钥。
80072F9A|ERROR_WINHTTP_CLIENT_CERT_NO_ACCESS_PRIVATE_KEY|The account cannot access the client certificate's private key.|该帐户无权访问客户端证书的私钥。
80072F9B|ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED_PROXY|The proxy requires a client certificate.|代理需要客户端证书。
80072F9C|ERROR_WINHTTP_SECURE_FAILURE_PROXY|A TLS security error occurred with the proxy.|与代理之间的 TLS 连接发生安全错误。
80072F9D|ERROR_WINHTTP_RESERVED_189|Reserved WinHTTP error code.|保留的 WinHTTP 错误代码。
80072F9E|ERROR_WINHTTP_HTTP_PROTOCOL_MISMATCH|The HTTP protocol version required was not negotiated with the server.|未能与服务器协商所需的 HTTP 协议版本。
80072F9F|ERROR_WINHTTP_GLOBAL_CALLBACK_FAILED|A global WinHTTP callback failed.|WinHTTP 全局回调失败。
80072FA0|ERROR_WINHTTP_FEATURE_DISABLED|The WinHTTP feature needed is disabled.|所需的 WinHTTP 功能已禁用。
80072FA1|ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED|Fast forwarding is not supported.|不支持快速转发。
`,
};
