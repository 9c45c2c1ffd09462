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
80072EE4|ERROR_WINHTTP_INTERNAL_ERROR|An internal error occurred in WinHTTP.|WinHTTP 内部错误。
80072EE5|ERROR_WINHTTP_INVALID_URL|The URL is invalid.|URL 无效。
80072EE6|ERROR_WINHTTP_UNRECOGNIZED_SCHEME|The URL does not use a recognised protocol.|URL 使用了无法识别的协议。
80072EE7|ERROR_WINHTTP_NAME_NOT_RESOLVED|The server name or address could not be resolved (DNS).|无法解析服务器名称或地址(DNS)。
80072EEF|ERROR_WINHTTP_LOGIN_FAILURE|The login request was denied.|登录请求被拒绝。
80072EF1|ERROR_WINHTTP_OPERATION_CANCELLED|The operation was cancelled.|操作已取消。
80072EFD|ERROR_WINHTTP_CANNOT_CONNECT|A connection with the server could not be established.|无法与服务器建立连接。
80072EFE|ERROR_WINHTTP_CONNECTION_ERROR|The connection with the server was terminated abnormally.|与服务器的连接异常终止。
80072F00|ERROR_WINHTTP_RESEND_REQUEST|The request must be resent.|必须重新发送请求。
80072F05|ERROR_WINHTTP_SECURE_CERT_DATE_INVALID|The date in the server certificate is invalid or has expired.|服务器证书中的日期无效或已过期。
80072F06|ERROR_WINHTTP_SECURE_CERT_CN_INVALID|The host name in the server certificate does not match.|服务器证书中的主机名不匹配。
80072F0C|ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED|A certificate is required to complete client authentication.|需要证书才能完成客户端身份验证。
80072F0D|ERROR_WINHTTP_SECURE_INVALID_CA|The certificate authority is invalid or incorrect.|证书颁发机构无效或不正确。
80072F17|ERROR_WINHTTP_SECURE_FAILURE|Errors were found in the server certificate (secure channel failure).|服务器证书存在错误(安全通道失败)。
80072F19|ERROR_WINHTTP_SECURE_CERT_REV_FAILED|Revocation information for the certificate is not available.|无法获取证书的吊销信息。
80072F76|ERROR_WINHTTP_HEADER_NOT_FOUND|The requested header was not found.|未找到请求的标头。
80072F78|ERROR_WINHTTP_INVALID_SERVER_RESPONSE|The server returned an invalid or unrecognised response.|服务器返回了无效或无法识别的响应。
80072F7D|ERROR_WINHTTP_SECURE_CHANNEL_ERROR|An error occurred in the secure channel (TLS).|安全通道(TLS)发生错误。
80072F8F|ERROR_INTERNET_DECODING_FAILED|Content decoding failed (often a wrong clock or TLS inspection).|内容解码失败(常见原因:时钟错误或 TLS 检查)。
80072F94|ERROR_WINHTTP_AUTODETECTION_FAILED|WPAD proxy auto-detection failed.|WPAD 代理自动检测失败。
`,
};
