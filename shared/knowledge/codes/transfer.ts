// Background transfer and download services: BITS (BG_E_*, 0x8019xxxx with the HTTP status in the low word,
// 0x8020xxxx) and Delivery Optimization (DO_E_*, 0x80D0xxxx), which move update content for WUA and ConfigMgr.
// SOURCE: Microsoft Learn "BITS return values" (bitsmsg.h) and "Delivery Optimization reference" error codes.
// Meanings in our words.
import type { CodeFamily } from './code-family';

export const TRANSFER: CodeFamily = {
  id: 'transfer',
  source: 'Microsoft Learn: BITS return values (bitsmsg.h); Delivery Optimization error codes',
  ranges: [[0x80190000, 0x8019ffff], [0x80200000, 0x8020ffff], [0x80d00000, 0x80d0ffff]],
  zhGist: [['8019', 'BITS HTTP 错误'], ['8020', 'BITS 错误'], ['80D0', '传递优化错误']],
  lines: `
80190190|BG_E_HTTP_ERROR_400|BITS: HTTP 400, bad request.|BITS:HTTP 400,错误的请求。
80190191|BG_E_HTTP_ERROR_401|BITS: HTTP 401, authentication required.|BITS:HTTP 401,需要身份验证。
80190193|BG_E_HTTP_ERROR_403|BITS: HTTP 403, forbidden.|BITS:HTTP 403,禁止访问。
80190194|BG_E_HTTP_ERROR_404|BITS: HTTP 404, the URL does not exist on the server.|BITS:HTTP 404,服务器上不存在该 URL。
80190195|BG_E_HTTP_ERROR_405|BITS: HTTP 405, method not allowed.|BITS:HTTP 405,不允许的方法。
80190197|BG_E_HTTP_ERROR_407|BITS: HTTP 407, proxy authentication required.|BITS:HTTP 407,需要代理身份验证。
80190198|BG_E_HTTP_ERROR_408|BITS: HTTP 408, request timeout.|BITS:HTTP 408,请求超时。
80190199|BG_E_HTTP_ERROR_409|BITS: HTTP 409, conflict.|BITS:HTTP 409,冲突。
8019019A|BG_E_HTTP_ERROR_410|BITS: HTTP 410, gone.|BITS:HTTP 410,资源已不存在。
8019019B|BG_E_HTTP_ERROR_411|BITS: HTTP 411, length required.|BITS:HTTP 411,需要长度。
8019019C|BG_E_HTTP_ERROR_412|BITS: HTTP 412, precondition failed.|BITS:HTTP 412,前提条件失败。
8019019D|BG_E_HTTP_ERROR_413|BITS: HTTP 413, request entity too large.|BITS:HTTP 413,请求实体过大。
8019019E|BG_E_HTTP_ERROR_414|BITS: HTTP 414, request URI too long.|BITS:HTTP 414,请求 URI 过长。
8019019F|BG_E_HTTP_ERROR_415|BITS: HTTP 415, unsupported media type.|BITS:HTTP 415,不支持的媒体类型。
801901A0|BG_E_HTTP_ERROR_416|BITS: HTTP 416, requested range not satisfiable.|BITS:HTTP 416,请求的范围无法满足。
801901A1|BG_E_HTTP_ERROR_417|BITS: HTTP 417, expectation failed.|BITS:HTTP 417,期望失败。
801901F4|BG_E_HTTP_ERROR_500|BITS: HTTP 500, internal server error.|BITS:HTTP 500,服务器内部错误。
801901F5|BG_E_HTTP_ERROR_501|BITS: HTTP 501, not implemented.|BITS:HTTP 501,未实现。
801901F6|BG_E_HTTP_ERROR_502|BITS: HTTP 502, bad gateway.|BITS:HTTP 502,错误网关。
801901F7|BG_E_HTTP_ERROR_503|BITS: HTTP 503, service unavailable.|BITS:HTTP 503,服务不可用。
801901F8|BG_E_HTTP_ERROR_504|BITS: HTTP 504, gateway timeout.|BITS:HTTP 504,网关超时。
801901F9|BG_E_HTTP_ERROR_505|BITS: HTTP 505, HTTP version not supported.|BITS:HTTP 505,不支持的 HTTP 版本。
80200001|BG_E_NOT_FOUND|BITS: the requested job or file was not found.
80200002|BG_E_INVALID_STATE|BITS: the action is not allowed in the job's current state.
80200003|BG_E_EMPTY|BITS: the job has no files.
80200004|BG_E_FILE_NOT_AVAILABLE|BITS: no file is available because no URL produced one.
80200005|BG_E_PROTOCOL_NOT_AVAILABLE|BITS: no protocol is available for the URL.
80200007|BG_E_ERROR_CONTEXT_UNKNOWN|BITS: the error happened in an unknown place.
80200008|BG_E_ERROR_CONTEXT_GENERAL_QUEUE_MANAGER|BITS: the error happened in the BITS queue manager.
80200009|BG_E_ERROR_CONTEXT_LOCAL_FILE|BITS: the error happened while processing the local file.
8020000A|BG_E_ERROR_CONTEXT_REMOTE_FILE|BITS: the error happened while processing the remote file.
8020000B|BG_E_ERROR_CONTEXT_GENERAL_TRANSPORT|BITS: the error happened in the transport layer.
8020000C|BG_E_ERROR_CONTEXT_QUEUE_MANAGER_NOTIFICATION|BITS: the error happened in the notification callback.
8020000D|BG_E_DESTINATION_LOCKED|BITS: the destination volume is locked (for example by CheckDisk).
8020000E|BG_E_VOLUME_CHANGED|BITS: the destination volume changed.
8020000F|BG_E_ERROR_INFORMATION_UNAVAILABLE|BITS: error information is unavailable.
80200010|BG_E_NETWORK_DISCONNECTED|BITS: no network connection is active; the job resumes when one is.|BITS:当前没有活动的网络连接;连接恢复后作业将继续。
80200011|BG_E_MISSING_FILE_SIZE|BITS: the server did not return the file size (the URL may point to dynamic content).
80200012|BG_E_INSUFFICIENT_HTTP_SUPPORT|BITS: the server does not support HTTP 1.1.
80200013|BG_E_INSUFFICIENT_RANGE_SUPPORT|BITS: the server (or a proxy) does not support the HTTP Range header.|BITS:服务器(或代理)不支持 HTTP Range 标头。
80200014|BG_E_REMOTE_NOT_SUPPORTED|BITS: remote use of BITS is not supported.
80200015|BG_E_NEW_OWNER_DIFF_MAPPING|BITS: the new job owner has different drive mappings.
80200016|BG_E_NEW_OWNER_NO_FILE_ACCESS|BITS: the new job owner cannot access the job's files.
80200018|BG_E_PROXY_LIST_TOO_LARGE|BITS: the proxy list is too long.
80200019|BG_E_PROXY_BYPASS_LIST_TOO_LARGE|BITS: the proxy bypass list is too long.
8020001B|BG_E_INVALID_SERVER_RESPONSE|BITS: the server returned an invalid response.
8020001C|BG_E_TOO_MANY_FILES|BITS: the job has too many files.
8020001D|BG_E_LOCAL_FILE_CHANGED|BITS: the local file changed during the transfer.
8020001E|BG_E_ERROR_CONTEXT_REMOTE_APPLICATION|BITS: the error was reported by the remote server application.
8020001F|BG_E_SESSION_NOT_FOUND|BITS: the upload session was not found on the server.
80200020|BG_E_TOO_LARGE|BITS: the upload is larger than the server accepts.
80D01001|DO_E_NO_SERVICE|Delivery Optimization was unable to provide the service.|传递优化无法提供服务。
80D02002|DO_E_DOWNLOAD_NO_PROGRESS|Delivery Optimization: the download made no progress within the allowed time.|传递优化:下载在规定时间内没有进展。
80D02003|DO_E_JOB_NOT_FOUND|Delivery Optimization: the job was not found.
80D02005|DO_E_NO_DOWNLOADS|Delivery Optimization: no downloads exist.
80D0200C|DO_E_JOB_TOO_OLD|Delivery Optimization: the job reached its maximum age without completing.
80D02011|DO_E_UNKNOWN_PROPERTY_ID|Delivery Optimization: unknown property ID.
80D02012|DO_E_READ_ONLY_PROPERTY|Delivery Optimization: the property is read-only.
80D02013|DO_E_INVALID_STATE|Delivery Optimization: the action is not allowed in the job's state.
80D02018|DO_E_FILE_DOWNLOADSINK_UNSPECIFIED|Delivery Optimization: no download destination was specified.
80D02200|DO_E_DOWNLOAD_NO_URI|Delivery Optimization: the download was started without a URI.
80D03804|DO_E_BLOCKED_BY_POWER_STATE|Delivery Optimization paused the download: the device went on battery.
80D03805|DO_E_BLOCKED_BY_NO_NETWORK|Delivery Optimization paused the download: network connectivity was lost.|传递优化暂停了下载:网络连接已断开。
80D03807|DO_E_BLOCKED_BY_VPN_POLICY|Delivery Optimization paused the download because of the VPN policy.
80D05001|DO_E_HTTP_BLOCKSIZE_MISMATCH|Delivery Optimization: the HTTP server returned a different amount of data than requested.
80D05002|DO_E_HTTP_CERT_VALIDATION|Delivery Optimization: validation of the HTTP server certificate failed.
80D05010|DO_E_INVALID_RANGE|Delivery Optimization: the byte range is invalid.
80D05011|DO_E_INSUFFICIENT_RANGE_SUPPORT|Delivery Optimization: the server does not support the HTTP Range header.
80D05012|DO_E_OVERLAPPING_RANGES|Delivery Optimization: the byte ranges overlap.
`,
};
