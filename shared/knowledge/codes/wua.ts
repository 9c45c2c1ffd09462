// The Windows Update Agent's own codes (FACILITY_WINDOWSUPDATE 0x24: 0x8024xxxx, and the 0x0024xxxx success
// codes), by component: general 0x80240, MSI 0x80241, update handler 0x80242, UI 0x80243, the web service and
// protocol talker 0x80244 (the client's HTTP/SOAP conversation with WSUS), redirector/SIH 0x80245, download
// manager 0x80246, setup/metadata 0x80247, data store 0x80248, inventory 0x80249, automatic updates 0x8024A,
// tasks and trust 0x8024B, drivers 0x8024C, self-update 0x8024D, expressions 0x8024E, reporter 0x8024F.
// SOURCE: Microsoft Learn "Windows Update error codes by component" and wuerror.h of the Windows SDK (names);
// meanings shortened in our words.
import type { CodeFamily } from './code-family';

export const WUA: CodeFamily = {
  id: 'wua',
  source: 'Microsoft Learn: Windows Update error codes by component; wuerror.h (Windows SDK)',
  ranges: [[0x80240000, 0x8024ffff], [0x00240000, 0x0024ffff]],
  zhGist: [
    ['80240', 'Windows 更新代理常规错误'],
    ['80241', 'Windows Installer 相关的搜索错误'],
    ['80242', '更新处理程序(安装程序)错误'],
    ['80243', 'Windows 更新界面错误'],
    ['80244', '协议通信(PT)错误:客户端与更新服务器之间的 HTTP/SOAP 通信失败'],
    ['80245', '重定向器或服务器启动修复(SIH)错误'],
    ['80246', '下载管理器错误'],
    ['80247', '脱机扫描或更新元数据验证错误'],
    ['80248', 'Windows 更新数据存储区错误'],
    ['80249', '清单(Inventory)错误'],
    ['8024A', '自动更新(AU)错误'],
    ['8024B', 'Windows 更新任务或信任错误'],
    ['8024C', '驱动程序错误'],
    ['8024D', 'Windows 更新代理自更新(安装)错误'],
    ['8024E', '适用性表达式求值错误'],
    ['8024F', '报告器错误'],
    ['00240', 'Windows 更新成功/提示代码'],
  ],
  // the guide's reference section is the Windows Update error code list (KB938205): where no section of ours fits
  defaultSections: [['8024', 'reference.error-codes']],
  lines: `
80240001|WU_E_NO_SERVICE|Windows Update Agent was unable to provide the service.|Windows 更新代理无法提供服务。
80240002|WU_E_MAX_CAPACITY_REACHED|The maximum capacity of the service was exceeded.
80240003|WU_E_UNKNOWN_ID|An ID cannot be found.
80240004|WU_E_NOT_INITIALIZED|The object could not be initialized.
80240005|WU_E_RANGEOVERLAP|The update handler requested a byte range overlapping a previously requested range.
80240006|WU_E_TOOMANYRANGES|The requested number of byte ranges exceeds the maximum (2^31 - 1).
80240007|WU_E_INVALIDINDEX|The index to a collection was invalid.
80240008|WU_E_ITEMNOTFOUND|The key for the item queried could not be found.
80240009|WU_E_OPERATIONINPROGRESS|Another conflicting operation was in progress.
8024000A|WU_E_COULDNOTCANCEL|Cancellation of the operation was not allowed.
8024000B|WU_E_CALL_CANCELLED|Operation was cancelled.|操作已取消。
8024000C|WU_E_NOOP|No operation was required.|无需执行任何操作。
8024000D|WU_E_XML_MISSINGDATA|Required information is missing from the update's XML data.
8024000E|WU_E_XML_INVALID|The update's XML data holds invalid information.|更新的 XML 数据中有无效信息。
8024000F|WU_E_CYCLE_DETECTED|Circular update relationships were detected in the metadata.
80240010|WU_E_TOO_DEEP_RELATION|Update relationships too deep to evaluate were evaluated.
80240011|WU_E_INVALID_RELATIONSHIP|An invalid update relationship was detected.
80240012|WU_E_REG_VALUE_INVALID|An invalid registry value was read.
80240013|WU_E_DUPLICATE_ITEM|Operation tried to add a duplicate item to a list.
80240014|WU_E_INVALID_INSTALL_REQUESTED|Updates requested for install are not installable by the caller.
80240016|WU_E_INSTALL_NOT_ALLOWED|Install attempted while another installation ran or a mandatory restart was pending.
80240017|WU_E_NOT_APPLICABLE|Operation not performed: there are no applicable updates.|没有适用的更新,未执行操作。
80240018|WU_E_NO_USERTOKEN|A required user token is missing.
80240019|WU_E_EXCLUSIVE_INSTALL_CONFLICT|An exclusive update cannot be installed with other updates at the same time.
8024001A|WU_E_POLICY_NOT_SET|A policy value was not set.
8024001B|WU_E_SELFUPDATE_IN_PROGRESS|The Windows Update Agent is self-updating.|Windows 更新代理正在自更新。
8024001D|WU_E_INVALID_UPDATE|An update contains invalid metadata.
8024001E|WU_E_SERVICE_STOP|Operation did not complete because the service or system was shutting down.|服务或系统正在关闭,操作未完成。
8024001F|WU_E_NO_CONNECTION|Operation did not complete because the network connection was unavailable.|网络连接不可用,操作未完成。
80240020|WU_E_NO_INTERACTIVE_USER|Operation did not complete because no interactive user is logged on.
80240021|WU_E_TIME_OUT|Operation did not complete because it timed out.|操作超时,未完成。
80240022|WU_E_ALL_UPDATES_FAILED|Operation failed for all the updates.|所有更新的操作均失败。
80240023|WU_E_EULAS_DECLINED|The license terms for all updates were declined.
80240024|WU_E_NO_UPDATE|There are no updates.
80240025|WU_E_USER_ACCESS_DISABLED|Group Policy settings prevented access to Windows Update.
80240026|WU_E_INVALID_UPDATE_TYPE|The type of update is invalid.
80240027|WU_E_URL_TOO_LONG|The URL exceeded the maximum length.
80240028|WU_E_UNINSTALL_NOT_ALLOWED|Uninstall not allowed: the request did not come from a WSUS server.
80240029|WU_E_INVALID_PRODUCT_LICENSE|Search may have missed updates because of an unlicensed application.
8024002A|WU_E_MISSING_HANDLER|A component required to detect applicable updates was missing.
8024002B|WU_E_LEGACYSERVER|The operation requires a newer version of the server.
8024002C|WU_E_BIN_SOURCE_ABSENT|A delta-compressed update could not be installed because it required the source.
8024002D|WU_E_SOURCE_ABSENT|A full-file update could not be installed because it required the source.
8024002E|WU_E_WU_DISABLED|Access to an unmanaged server is not allowed.|已通过策略禁用对 Windows 更新的访问。
8024002F|WU_E_CALL_CANCELLED_BY_POLICY|Cancelled because the DisableWindowsUpdateAccess policy is set.
80240030|WU_E_INVALID_PROXY_SERVER|The format of the proxy list was invalid.|代理列表格式无效。
80240031|WU_E_INVALID_FILE|The file is in the wrong format.
80240032|WU_E_INVALID_CRITERIA|The search criteria string was invalid.|搜索条件字符串无效。
80240033|WU_E_EULA_UNAVAILABLE|License terms could not be downloaded.
80240034|WU_E_DOWNLOAD_FAILED|Update failed to download.
80240035|WU_E_UPDATE_NOT_PROCESSED|The update was not processed.
80240036|WU_E_INVALID_OPERATION|The object's current state did not allow the operation.
80240037|WU_E_NOT_SUPPORTED|The functionality for the operation is not supported.
80240038|WU_E_WINHTTP_INVALID_FILE|The downloaded file has an unexpected content type.|下载的文件内容类型不符合预期。
80240039|WU_E_TOO_MANY_RESYNC|The server asked the agent to resync too many times.
80240040|WU_E_NO_SERVER_CORE_SUPPORT|The WUA API method does not run on Server Core.
80240041|WU_E_SYSPREP_IN_PROGRESS|The service is not available while sysprep is running.
80240042|WU_E_UNKNOWN_SERVICE|The update service is no longer registered with Automatic Updates.
80240043|WU_E_NO_UI_SUPPORT|There is no support for the WUA UI.
80240044|WU_E_PER_MACHINE_UPDATE_ACCESS_DENIED|Only administrators can do this on per-machine updates.
80240045|WU_E_UNSUPPORTED_SEARCHSCOPE|The search scope is not supported for this type of search.
80240046|WU_E_BAD_FILE_URL|The URL does not point to a file.
80240047|WU_E_REVERT_NOT_ALLOWED|The update could not be reverted.
80240048|WU_E_INVALID_NOTIFICATION_INFO|The featured update notification info returned by the server is invalid.
80240049|WU_E_OUTOFRANGE|The data is out of range.
8024004A|WU_E_SETUP_IN_PROGRESS|Agent operations are not available while OS setup is running.
8024004B|WU_E_ORPHANED_DOWNLOAD_JOB|An orphaned download job was found with no active callers.
8024004C|WU_E_LOW_BATTERY|The battery level is too low to install the update.
8024004D|WU_E_INFRASTRUCTUREFILE_INVALID_FORMAT|The downloaded infrastructure file is incorrectly formatted.
8024004E|WU_E_INFRASTRUCTUREFILE_REQUIRES_SSL|The infrastructure file must be downloaded using strong SSL.
8024004F|WU_E_IDLESHUTDOWN_OPCOUNT_DISCOVERY|A discovery call kept the operation count non-zero at idle shutdown.
80240050|WU_E_IDLESHUTDOWN_OPCOUNT_SEARCH|A search call kept the operation count non-zero at idle shutdown.
80240051|WU_E_IDLESHUTDOWN_OPCOUNT_DOWNLOAD|A download call kept the operation count non-zero at idle shutdown.
80240052|WU_E_IDLESHUTDOWN_OPCOUNT_INSTALL|An install call kept the operation count non-zero at idle shutdown.
80240053|WU_E_IDLESHUTDOWN_OPCOUNT_OTHER|An unspecified call kept the operation count non-zero at idle shutdown.
80240054|WU_E_INTERACTIVE_CALL_CANCELLED|An interactive user cancelled the operation started from the WUA UI.
80240055|WU_E_AU_CALL_CANCELLED|Automatic Updates cancelled: the update no longer applies.
80240056|WU_E_SYSTEM_UNSUPPORTED|This OS version or edition does not support the needed functionality.
80240057|WU_E_NO_SUCH_HANDLER_PLUGIN|The requested handler or evaluator is not provided by this agent plugin.
80240058|WU_E_INVALID_SERIALIZATION_VERSION|The requested serialization version is not supported.
80240059|WU_E_NETWORK_COST_EXCEEDS_POLICY|The network cost does not meet the network cost policy.
8024005A|WU_E_CALL_CANCELLED_BY_HIDE|Cancelled: the update is hidden.
8024005B|WU_E_CALL_CANCELLED_BY_INVALID|Cancelled: the update is invalid.
8024005C|WU_E_INVALID_VOLUMEID|The specified volume id is invalid.
8024005D|WU_E_UNRECOGNIZED_VOLUMEID|The specified volume id is unrecognized.
8024005E|WU_E_EXTENDEDERROR_NOTSET|The installation extended error code is not specified.
8024005F|WU_E_EXTENDEDERROR_FAILED|The installation extended error code is set to general fail.
80240060|WU_E_IDLESHUTDOWN_OPCOUNT_SERVICEREGISTRATION|A service registration call kept the operation count non-zero at idle shutdown.
80240061|WU_E_FILETRUST_SHA2SIGNATURE_MISSING|No valid SHA2+ signature on a Microsoft-signed payload.
80240062|WU_E_UPDATE_NOT_APPROVED|The update is not in the servicing approval list.
80240063|WU_E_CALL_CANCELLED_BY_INTERACTIVE_SEARCH|Search cancelled by another interactive search against the same service.
80240064|WU_E_INSTALL_JOB_RESUME_NOT_ALLOWED|Install job cannot resume: another installation is in progress.
80240065|WU_E_INSTALL_JOB_NOT_SUSPENDED|Install job cannot resume: it is not suspended.
80240066|WU_E_INSTALL_USERCONTEXT_ACCESSDENIED|User context passed to installation by a caller without privileges.
80240067|WU_E_STANDBY_ACTIVITY_NOT_ALLOWED|Not allowed while the device is on battery in disconnected standby.
80240068|WU_E_COULD_NOT_EVALUATE_PROPERTY|The property could not be evaluated.
80240069|WU_E_SERVICE_UNEXPECTED_EXIT|The service process exited unexpectedly with a failure code.
8024006A|WU_E_ACCESS_DENIED_CALLER_IDENTITY|Access denied: the caller identity does not meet the requirements.
8024006B|WU_E_SERVICE_REENABLE_ACCESS_DENIED|The service is disabled and re-enabling it was denied.
80240FFF|WU_E_UNEXPECTED|An operation failed for a reason no other code covers.|其他代码未涵盖的 Windows 更新代理错误。
80241001|WU_E_MSI_WRONG_VERSION|Search may have missed updates: Windows Installer is older than 3.1.
80241002|WU_E_MSI_NOT_CONFIGURED|Search may have missed updates: Windows Installer is not configured.
80241003|WU_E_MSP_DISABLED|Search may have missed updates: policy disabled Windows Installer patching.
80241004|WU_E_MSI_WRONG_APP_CONTEXT|The update could not be applied: the application is installed per-user.
80241005|WU_E_MSI_NOT_PRESENT|Search may have missed updates: Windows Installer is older than 3.1.
80241FFF|WU_E_MSP_UNEXPECTED|Search may have missed updates: Windows Installer failed.
80244000|WU_E_PT_SOAPCLIENT_BASE|Base of the WU_E_PT_SOAPCLIENT_* codes (ATL SOAP client errors).
80244001|WU_E_PT_SOAPCLIENT_INITIALIZE|The SOAP client failed to initialize (possibly MSXML).|SOAP 客户端初始化失败。
80244002|WU_E_PT_SOAPCLIENT_OUTOFMEMORY|The SOAP client ran out of memory.|SOAP 客户端内存不足。
80244003|WU_E_PT_SOAPCLIENT_GENERATE|The SOAP client failed to generate the request.|SOAP 客户端生成请求消息失败。
80244004|WU_E_PT_SOAPCLIENT_CONNECT|The SOAP client failed to connect to the server.|SOAP 客户端无法连接到服务器。
80244005|WU_E_PT_SOAPCLIENT_SEND|The SOAP client failed to send a message (WinHTTP error).|SOAP 客户端发送消息失败。
80244006|WU_E_PT_SOAPCLIENT_SERVER|The SOAP client failed because of a server error.|SOAP 客户端因服务器错误而失败。
80244007|WU_E_PT_SOAPCLIENT_SOAPFAULT|The SOAP client got a SOAP fault: the server answered the request with an error.|SOAP 客户端收到 SOAP 错误:服务器以错误答复了请求。
80244008|WU_E_PT_SOAPCLIENT_PARSEFAULT|The SOAP client failed to parse a SOAP fault.|SOAP 客户端无法解析服务器返回的 SOAP 错误。
80244009|WU_E_PT_SOAPCLIENT_READ|The SOAP client failed while reading the server's response.|SOAP 客户端读取服务器响应失败。
8024400A|WU_E_PT_SOAPCLIENT_PARSE|The SOAP client failed to parse the server's response.|SOAP 客户端无法解析服务器响应。
8024400B|WU_E_PT_SOAP_VERSION|Unrecognised namespace for the SOAP envelope.|服务器返回的 SOAP 版本不受支持。
8024400C|WU_E_PT_SOAP_MUST_UNDERSTAND|The SOAP client could not understand a header.|SOAP 消息中有客户端无法理解的必需元素。
8024400D|WU_E_PT_SOAP_CLIENT|The SOAP message was malformed.|SOAP 消息格式错误(客户端问题),服务器未处理。
8024400E|WU_E_PT_SOAP_SERVER|The SOAP message could not be processed because of a server error.|服务器出错,无法处理 SOAP 消息(问题在 WSUS 服务器端)。
8024400F|WU_E_PT_WMI_ERROR|Unspecified WMI error.|WMI 错误(协议通信)。
80244010|WU_E_PT_EXCEEDED_MAX_SERVER_TRIPS|The number of round trips to the server exceeded the maximum.|与服务器的往返次数超过上限。
80244011|WU_E_PT_SUS_SERVER_NOT_SET|The WUServer policy value is missing in the registry.|注册表中缺少 WUServer 策略值。
80244012|WU_E_PT_DOUBLE_INITIALIZATION|Initialization failed: the object was already initialized.|协议通信重复初始化。
80244013|WU_E_PT_INVALID_COMPUTER_NAME|The computer name could not be determined.|无法确定计算机名称。
80244015|WU_E_PT_REFRESH_CACHE_REQUIRED|Server changed or cookie invalid: refresh the cache and retry.|服务器要求客户端刷新其缓存(重新同步)。
80244016|WU_E_PT_HTTP_STATUS_BAD_REQUEST|HTTP 400: the server could not process the request.|HTTP 400:请求语法无效,服务器无法处理。
80244017|WU_E_PT_HTTP_STATUS_DENIED|HTTP 401: the resource requires user authentication.|HTTP 401:请求的资源需要用户身份验证。
80244018|WU_E_PT_HTTP_STATUS_FORBIDDEN|HTTP 403: the server declined the request.|HTTP 403:服务器理解请求但拒绝执行。
80244019|WU_E_PT_HTTP_STATUS_NOT_FOUND|HTTP 404: the server cannot find the requested URI.|HTTP 404:服务器找不到请求的 URI。
8024401A|WU_E_PT_HTTP_STATUS_BAD_METHOD|HTTP 405: the HTTP method is not allowed.|HTTP 405:不允许使用该 HTTP 方法。
8024401B|WU_E_PT_HTTP_STATUS_PROXY_AUTH_REQ|HTTP 407: proxy authentication is required.|HTTP 407:需要代理身份验证。
8024401C|WU_E_PT_HTTP_STATUS_REQUEST_TIMEOUT|HTTP 408: the server timed out waiting for the request.|HTTP 408:服务器等待请求超时。
8024401D|WU_E_PT_HTTP_STATUS_CONFLICT|HTTP 409: conflict with the current state of the resource.|HTTP 409:请求与资源的当前状态冲突。
8024401E|WU_E_PT_HTTP_STATUS_GONE|HTTP 410: the resource is no longer available.|HTTP 410:请求的资源在服务器上已不存在。
8024401F|WU_E_PT_HTTP_STATUS_SERVER_ERROR|HTTP 500: internal server error.|HTTP 500:服务器内部错误。
80244020|WU_E_PT_HTTP_STATUS_NOT_SUPPORTED|HTTP 501: the server does not support the functionality.|HTTP 501:服务器不支持完成请求所需的功能。
80244021|WU_E_PT_HTTP_STATUS_BAD_GATEWAY|HTTP 502: bad gateway (a proxy or gateway got an invalid upstream response).|HTTP 502 错误网关:代理或网关从上游服务器收到无效响应。
80244022|WU_E_PT_HTTP_STATUS_SERVICE_UNAVAIL|HTTP 503: the service is temporarily overloaded.|HTTP 503:服务暂时过载。
80244023|WU_E_PT_HTTP_STATUS_GATEWAY_TIMEOUT|HTTP 504: gateway timeout.|HTTP 504:等待网关超时。
80244024|WU_E_PT_HTTP_STATUS_VERSION_NOT_SUP|HTTP 505: HTTP version not supported.|HTTP 505:服务器不支持请求所用的 HTTP 版本。
80244025|WU_E_PT_FILE_LOCATIONS_CHANGED|File location changed: refresh internal state and resend.|服务器上的文件位置已更改,需要重新同步。
80244026|WU_E_PT_REGISTRATION_NOT_SUPPORTED|Registration with a non-WSUS server is not supported.|服务器不支持注册。
80244027|WU_E_PT_NO_AUTH_PLUGINS_REQUESTED|The server returned an empty authentication information list.|服务器未请求任何身份验证插件。
80244028|WU_E_PT_NO_AUTH_COOKIES_CREATED|The agent could not create any valid authentication cookie.|身份验证插件未能创建任何 Cookie。
80244029|WU_E_PT_INVALID_CONFIG_PROP|A configuration property value was wrong.|配置属性值无效。
8024402A|WU_E_PT_CONFIG_PROP_MISSING|A configuration property value was missing.|缺少配置属性值。
8024402B|WU_E_PT_HTTP_STATUS_NOT_MAPPED|The HTTP request failed for a reason no WU_E_PT_HTTP_* code covers.|HTTP 请求失败,原因不对应任何 HTTP 状态代码。
8024402C|WU_E_PT_WINHTTP_NAME_NOT_RESOLVED|The proxy server or target server name cannot be resolved.|无法解析代理服务器或目标服务器名称。
8024402D|WU_E_PT_LOAD_SHEDDING|The server is shedding load.
8024402E|WU_E_PT_CLIENT_ENFORCED_LOAD_SHEDDING|The agent is honouring the service's load-shedding interval.
8024402F|WU_E_PT_ECP_SUCCEEDED_WITH_ERRORS|External cab file processing completed with some errors.|外部 cab 文件处理已完成,但有错误。
80244030|WU_E_PT_ECP_INIT_FAILED|The external cab processor did not initialize.
80244031|WU_E_PT_ECP_INVALID_FILE_FORMAT|The format of a metadata file was invalid.
80244032|WU_E_PT_ECP_INVALID_METADATA|The external cab processor found invalid metadata.
80244033|WU_E_PT_ECP_FAILURE_TO_EXTRACT_DIGEST|The file digest could not be extracted from an external cab file.
80244034|WU_E_PT_ECP_FAILURE_TO_DECOMPRESS_CAB_FILE|An external cab file could not be decompressed.
80244035|WU_E_PT_ECP_FILE_LOCATION_ERROR|The external cab processor could not get file locations.
80240436|WU_E_PT_CATALOG_SYNC_REQUIRED|The server does not support category-specific search; a full catalog search is needed.
80240437|WU_E_PT_SECURITY_VERIFICATION_FAILURE|There was a problem authorizing with the service.
80240438|WU_E_PT_ENDPOINT_UNREACHABLE|There is no route or network connectivity to the endpoint.|没有到终结点的路由或网络连接。
80240439|WU_E_PT_INVALID_FORMAT|The data received does not meet the data contract.|收到的数据格式不符合预期。
8024043A|WU_E_PT_INVALID_URL|The URL is invalid.|URL 无效。
8024043B|WU_E_PT_NWS_NOT_LOADED|Unable to load the NWS runtime.
8024043C|WU_E_PT_PROXY_AUTH_SCHEME_NOT_SUPPORTED|The proxy authentication scheme is not supported.|不支持该代理身份验证方案。
8024043D|WU_E_SERVICEPROP_NOTAVAIL|The requested service property is not available.
8024043E|WU_E_PT_ENDPOINT_REFRESH_REQUIRED|The endpoint provider plugin requires an online refresh.
8024043F|WU_E_PT_ENDPOINTURL_NOTAVAIL|No URL is available for the requested service endpoint.
80240440|WU_E_PT_ENDPOINT_DISCONNECTED|The connection to the service endpoint died.|与终结点的连接已断开。
80240441|WU_E_PT_INVALID_OPERATION|The protocol talker is in a state that does not allow the operation.
80240442|WU_E_PT_OBJECT_FAULTED|The object is faulted because of a previous error.
80240443|WU_E_PT_NUMERIC_OVERFLOW|The operation would overflow a number.
80240444|WU_E_PT_OPERATION_ABORTED|The operation was aborted.|操作已中止。
80240445|WU_E_PT_OPERATION_ABANDONED|The operation was abandoned.|操作已放弃。
80240446|WU_E_PT_QUOTA_EXCEEDED|A quota was exceeded.|超出配额。
80240447|WU_E_PT_NO_TRANSLATION_AVAILABLE|The information is not available in the requested language.
80240448|WU_E_PT_ADDRESS_IN_USE|The address is already in use.
80240449|WU_E_PT_ADDRESS_NOT_AVAILABLE|The address is not valid in this context.
8024044A|WU_E_PT_OTHER|Unrecognised error in the Windows Web Services framework.
8024044B|WU_E_PT_SECURITY_SYSTEM_FAILURE|A security operation failed in the Windows Web Services framework.|安全操作失败。
80244100|WU_E_PT_DATA_BOUNDARY_RESTRICTED|The client is data-boundary restricted and must use a restricted endpoint.
80244101|WU_E_PT_GENERAL_AAD_CLIENT_ERROR|Error retrieving the Azure AD device ticket.
80244FFF|WU_E_PT_UNEXPECTED|A communication error no other WU_E_PT_* code covers.|其他代码未涵盖的协议通信错误。
8024502D|WU_E_PT_SAME_REDIR_ID|A redirector cab with a new redirectorId could not be downloaded during recovery.
8024502E|WU_E_PT_NO_MANAGED_RECOVER|Redirector recovery skipped because the server is managed.
80245001|WU_E_REDIRECTOR_LOAD_XML|The redirector XML document could not be loaded.
80245002|WU_E_REDIRECTOR_S_FALSE|The redirector XML document is missing required information.
80245003|WU_E_REDIRECTOR_ID_SMALLER|The downloaded redirector cab's id is lower than the cached one.
80245004|WU_E_REDIRECTOR_UNKNOWN_SERVICE|The service ID is not supported in the service environment.
80245005|WU_E_REDIRECTOR_UNSUPPORTED_CONTENTTYPE|The redirector server's response had an unsupported content type.
80245006|WU_E_REDIRECTOR_INVALID_RESPONSE|The redirector server's response was an error or invalid.
80245008|WU_E_REDIRECTOR_ATTRPROVIDER_EXCEEDED_MAX_NAMEVALUE|The attribute provider exceeded the maximum number of name/value pairs.
80245009|WU_E_REDIRECTOR_ATTRPROVIDER_INVALID_NAME|The attribute provider returned an invalid name.
8024500A|WU_E_REDIRECTOR_ATTRPROVIDER_INVALID_VALUE|The attribute provider returned an invalid value.
8024500B|WU_E_REDIRECTOR_SLS_GENERIC_ERROR|Error connecting to or parsing the Service Locator Service redirector.
8024500C|WU_E_REDIRECTOR_CONNECT_POLICY|Connections to the redirector server are disallowed by managed policy.
8024500D|WU_E_REDIRECTOR_ONLINE_DISALLOWED|The redirector would go online but the caller disallowed it.
802450FF|WU_E_REDIRECTOR_UNEXPECTED|A redirector failure no other code covers.
80245101|WU_E_SIH_VERIFY_DOWNLOAD_ENGINE|Verification of the servicing engine package failed.
80245102|WU_E_SIH_VERIFY_DOWNLOAD_PAYLOAD|Verification of a servicing package failed.
80245103|WU_E_SIH_VERIFY_STAGE_ENGINE|Verification of the staged engine failed.
80245104|WU_E_SIH_VERIFY_STAGE_PAYLOAD|Verification of a staged payload failed.
80245105|WU_E_SIH_ACTION_NOT_FOUND|The servicing action was not found.
80245106|WU_E_SIH_SLS_PARSE|Parse error in the service environment response.
80245107|WU_E_SIH_INVALIDHASH|A downloaded file failed an integrity check.
80245108|WU_E_SIH_NO_ENGINE|No engine in the server-initiated healing response.
80245109|WU_E_SIH_POST_REBOOT_INSTALL_FAILED|Post-reboot install failed.
8024510A|WU_E_SIH_POST_REBOOT_NO_CACHED_SLS_RESPONSE|Reboot actions pending but no cached SLS response after reboot.
8024510B|WU_E_SIH_PARSE|Parsing command line arguments failed.
8024510C|WU_E_SIH_SECURITY|Security check failed.
8024510D|WU_E_SIH_PPL|PPL check failed.
8024510E|WU_E_SIH_POLICY|Execution was disabled by policy.
8024510F|WU_E_SIH_STDEXCEPTION|A standard exception was caught.
80245110|WU_E_SIH_NONSTDEXCEPTION|A non-standard exception was caught.
80245111|WU_E_SIH_ENGINE_EXCEPTION|The healing engine hit an exception no other code covers.
80245112|WU_E_SIH_BLOCKED_FOR_PLATFORM|SIH client command not supported on this platform.
80245113|WU_E_SIH_ANOTHER_INSTANCE_RUNNING|Another SIH client is already running.
80245114|WU_E_SIH_DNSRESILIENCY_OFF|DNS resiliency disabled by service configuration.
802451FF|WU_E_SIH_UNEXPECTED|A healing failure no other code covers.
8024C001|WU_E_DRV_PRUNED|A driver was skipped.
8024C002|WU_E_DRV_NOPROP_OR_LEGACY|A driver property could not be found.
8024C003|WU_E_DRV_REG_MISMATCH|The driver's registry type does not match the expected type.
8024C004|WU_E_DRV_NO_METADATA|The driver update is missing metadata.
8024C005|WU_E_DRV_MISSING_ATTRIBUTE|The driver update is missing a required attribute.
8024C006|WU_E_DRV_SYNC_FAILED|Driver synchronization failed.
8024C007|WU_E_DRV_NO_PRINTER_CONTENT|Information to synchronize applicable printers is missing.
8024C008|WU_E_DRV_DEVICE_PROBLEM|The device reported a problem after the driver update.
8024CFFF|WU_E_DRV_UNEXPECTED|A driver error no other code covers.
80248000|WU_E_DS_SHUTDOWN|The agent is shutting down.
80248001|WU_E_DS_INUSE|The data store was in use.
80248002|WU_E_DS_INVALID|The current and expected states of the data store do not match.|数据存储区已损坏。
80248003|WU_E_DS_TABLEMISSING|The data store is missing a table.|数据存储区缺少表。
80248004|WU_E_DS_TABLEINCORRECT|The data store has a table with unexpected columns.|数据存储区的表结构不正确。
80248005|WU_E_DS_INVALIDTABLENAME|A table is not in the data store.
80248006|WU_E_DS_BADVERSION|The current and expected data store versions do not match.|数据存储区版本不正确。
80248007|WU_E_DS_NODATA|The information requested is not in the data store.|数据存储区中没有所请求的信息。
80248008|WU_E_DS_MISSINGDATA|The data store is missing required information (NULL in a required column).|数据存储区缺少所需数据。
80248009|WU_E_DS_MISSINGREF|The data store references missing license terms, file, property or row.|数据存储区缺少所需的引用。
8024800A|WU_E_DS_UNKNOWNHANDLER|The update's handler could not be recognised.|无法识别更新的处理程序,更新未处理。
8024800B|WU_E_DS_CANTDELETE|The update is still referenced by one or more services.
8024800C|WU_E_DS_LOCKTIMEOUTEXPIRED|The data store section could not be locked in time.
8024800D|WU_E_DS_NOCATEGORIES|The category has no parent and is not top-level.
8024800E|WU_E_DS_ROWEXISTS|A row with the same primary key exists.
8024800F|WU_E_DS_STOREFILELOCKED|The data store is locked by another process.|数据存储区文件被锁定。
80248010|WU_E_DS_CANNOTREGISTER|The data store cannot be registered with COM in this process.
80248011|WU_E_DS_UNABLETOSTART|Could not create a data store object in another process.|数据存储区无法启动。
80248013|WU_E_DS_DUPLICATEUPDATEID|The server sent the same update with two revision IDs.
80248014|WU_E_DS_UNKNOWNSERVICE|The service is not in the data store.|数据存储区中没有该服务。
80248015|WU_E_DS_SERVICEEXPIRED|The service registration has expired.
80248016|WU_E_DS_DECLINENOTALLOWED|A mandatory or deadline update cannot be hidden.
80248017|WU_E_DS_TABLESESSIONMISMATCH|A table is not associated with the session.
80248018|WU_E_DS_SESSIONLOCKMISMATCH|A table lock is not associated with the session.
80248019|WU_E_DS_NEEDWINDOWSSERVICE|The built-in Windows Update service cannot be removed.
8024801A|WU_E_DS_INVALIDOPERATION|The operation is not allowed.
8024801B|WU_E_DS_SCHEMAMISMATCH|The data store schema does not match the backup's.
8024801C|WU_E_DS_RESETREQUIRED|The data store requires a session reset.
8024801D|WU_E_DS_IMPERSONATED|Requested with an impersonated identity.
8024801E|WU_E_DS_DATANOTAVAILABLE|Update metadata was never received from the server.|从未从服务器收到更新元数据。
8024801F|WU_E_DS_DATANOTLOADED|Update metadata was available but not loaded from the data store.
80248020|WU_E_DS_NODATA_NOSUCHREVISION|No such update revision is known.
80248021|WU_E_DS_NODATA_NOSUCHUPDATE|No such update is known.
80248022|WU_E_DS_NODATA_EULA|An update's EULA information is missing.
80248023|WU_E_DS_NODATA_SERVICE|A service's information is missing.
80248024|WU_E_DS_NODATA_COOKIE|A service's synchronization information is missing.
80248025|WU_E_DS_NODATA_TIMER|A timer's information is missing.
80248026|WU_E_DS_NODATA_CCR|A download's information is missing.
80248027|WU_E_DS_NODATA_FILE|A file's information is missing.
80248028|WU_E_DS_NODATA_DOWNLOADJOB|A download job's information is missing.
80248029|WU_E_DS_NODATA_TMI|A service's timestamp information is missing.
80248FFF|WU_E_DS_UNEXPECTED|A data store error no other code covers.|其他代码未涵盖的数据存储区错误。
80249001|WU_E_INVENTORY_PARSEFAILED|Parsing of the rule file failed.
80249002|WU_E_INVENTORY_GET_INVENTORY_TYPE_FAILED|Failed to get the requested inventory type from the server.
80249003|WU_E_INVENTORY_RESULT_UPLOAD_FAILED|Failed to upload the inventory result to the server.
80249004|WU_E_INVENTORY_UNEXPECTED|An inventory error no other code covers.
80249005|WU_E_INVENTORY_WMI_ERROR|A WMI error while enumerating instances.
8024A000|WU_E_AU_NOSERVICE|Automatic Updates was unable to service incoming requests.|自动更新无法为请求提供服务(服务未运行)。
8024A002|WU_E_AU_NONLEGACYSERVER|The old AU client stopped because the WSUS server was upgraded.
8024A003|WU_E_AU_LEGACYCLIENTDISABLED|The old AU client was disabled.
8024A004|WU_E_AU_PAUSED|Automatic Updates is paused.
8024A005|WU_E_AU_NO_REGISTERED_SERVICE|No unmanaged service is registered with AU.
8024A006|WU_E_AU_DETECT_SVCID_MISMATCH|The default AU service changed during the search.
8024A007|WU_E_REBOOT_IN_PROGRESS|A reboot is in progress.
8024A008|WU_E_AU_OOBE_IN_PROGRESS|AU cannot work while Windows Welcome is running.
8024AFFF|WU_E_AU_UNEXPECTED|An Automatic Updates error no other code covers.
80242000|WU_E_UH_REMOTEUNAVAILABLE|No remote process is available for the update handler.
80242001|WU_E_UH_LOCALONLY|The handler is local only.
80242002|WU_E_UH_UNKNOWNHANDLER|The update handler could not be recognised.
80242003|WU_E_UH_REMOTEALREADYACTIVE|A remote update handler already exists.
80242004|WU_E_UH_DOESNOTSUPPORTACTION|The update does not support install (uninstall).
80242005|WU_E_UH_WRONGHANDLER|The wrong handler was specified.
80242006|WU_E_UH_INVALIDMETADATA|The update contains invalid metadata.
80242007|WU_E_UH_INSTALLERHUNG|The installer exceeded the time limit.
80242008|WU_E_UH_OPERATIONCANCELLED|The update handler's operation was cancelled.
80242009|WU_E_UH_BADHANDLERXML|The handler-specific metadata is invalid.
8024200A|WU_E_UH_CANREQUIREINPUT|The update requires user input.
8024200B|WU_E_UH_INSTALLERFAILURE|The installer failed to install (uninstall) one or more updates.|安装程序未能安装(卸载)一个或多个更新。
8024200C|WU_E_UH_FALLBACKTOSELFCONTAINED|Download self-contained content instead of delta content.
8024200D|WU_E_UH_NEEDANOTHERDOWNLOAD|The update needs to be downloaded again.
8024200E|WU_E_UH_NOTIFYFAILURE|The handler failed to report the install status.
8024200F|WU_E_UH_INCONSISTENT_FILE_NAMES|File names in metadata and package are inconsistent.
80242010|WU_E_UH_FALLBACKERROR|The handler failed to fall back to self-contained content.
80242011|WU_E_UH_TOOMANYDOWNLOADREQUESTS|The handler exceeded the maximum number of download requests.
80242012|WU_E_UH_UNEXPECTEDCBSRESPONSE|The handler got an unexpected response from CBS.|CBS 返回了意外的响应。
80242013|WU_E_UH_BADCBSPACKAGEID|The metadata holds an invalid CBS package identifier.
80242014|WU_E_UH_POSTREBOOTSTILLPENDING|The post-reboot operation is still in progress.
80242015|WU_E_UH_POSTREBOOTRESULTUNKNOWN|The post-reboot result could not be determined.
80242016|WU_E_UH_POSTREBOOTUNEXPECTEDSTATE|Unexpected update state after the post-reboot operation.
80242017|WU_E_UH_NEW_SERVICING_STACK_REQUIRED|The servicing stack must be updated first.
80242018|WU_E_UH_CALLED_BACK_FAILURE|A callback installer called back with an error.
80242019|WU_E_UH_CUSTOMINSTALLER_INVALID_SIGNATURE|The custom installer signature does not match.
8024201A|WU_E_UH_UNSUPPORTED_INSTALLCONTEXT|The installer does not support the installation configuration.
8024201B|WU_E_UH_INVALID_TARGETSESSION|The targeted session for install is invalid.
8024201C|WU_E_UH_DECRYPTFAILURE|The handler failed to decrypt the update files.
8024201D|WU_E_UH_HANDLER_DISABLEDUNTILREBOOT|The update handler is disabled until reboot.
8024201E|WU_E_UH_APPX_NOT_PRESENT|The AppX infrastructure is not present.
8024201F|WU_E_UH_NOTREADYTOCOMMIT|The update was not installed or staged before commit.
80242020|WU_E_UH_APPX_INVALID_PACKAGE_VOLUME|Not a valid AppX package volume.
80242021|WU_E_UH_APPX_DEFAULT_PACKAGE_VOLUME_UNAVAILABLE|The default storage volume is unavailable.
80242022|WU_E_UH_APPX_INSTALLED_PACKAGE_VOLUME_UNAVAILABLE|The application's volume is unavailable.
80242023|WU_E_UH_APPX_PACKAGE_FAMILY_NOT_FOUND|The package family is not present.
80242024|WU_E_UH_APPX_SYSTEM_VOLUME_NOT_FOUND|No package volume is marked as system.
80242025|WU_E_UH_UA_SESSION_INFO_VERSION_NOT_SUPPORTED|Unsupported OptionalSessionInfo version.
80242026|WU_E_UH_RESERVICING_REQUIRED_BASELINE|Install the baseline update(s) first.
80242FFF|WU_E_UH_UNEXPECTED|An update handler error no other code covers.
80246001|WU_E_DM_URLNOTAVAILABLE|The requested file has no URL.
80246002|WU_E_DM_INCORRECTFILEHASH|The file digest was not recognised.|下载的文件哈希值不正确。
80246003|WU_E_DM_UNKNOWNALGORITHM|The file metadata asks for an unknown hash algorithm.
80246004|WU_E_DM_NEEDDOWNLOADREQUEST|A download request is required from the handler.
80246005|WU_E_DM_NONETWORK|The network connection was unavailable.
80246006|WU_E_DM_WRONGBITSVERSION|The BITS version is incompatible.
80246007|WU_E_DM_NOTDOWNLOADED|The update has not been downloaded.|更新尚未下载。
80246008|WU_E_DM_FAILTOCONNECTTOBITS|The download manager could not connect to BITS.|无法连接到 BITS。
80246009|WU_E_DM_BITSTRANSFERERROR|Unspecified BITS transfer error.
8024600A|WU_E_DM_DOWNLOADLOCATIONCHANGED|The download source moved; restart the download.
8024600B|WU_E_DM_CONTENTCHANGED|The content changed in a new revision; restart the download.
8024600C|WU_E_DM_DOWNLOADLIMITEDBYUPDATESIZE|The network limits downloads by update size.
8024600E|WU_E_DM_UNAUTHORIZED|The client was denied authorization to download the content.
8024600F|WU_E_DM_BG_ERROR_TOKEN_REQUIRED|The BITS job's user token no longer exists.
80246010|WU_E_DM_DOWNLOADSANDBOXNOTFOUND|The download sandbox directory was not found.
80246011|WU_E_DM_DOWNLOADFILEPATHUNKNOWN|The downloaded update has an unknown file path.
80246012|WU_E_DM_DOWNLOADFILEMISSING|Files of the downloaded update are missing.
80246013|WU_E_DM_UPDATEREMOVED|The downloaded update was already removed.
80246014|WU_E_DM_READRANGEFAILED|A needed portion of a downloaded file was not found.
80246016|WU_E_DM_UNAUTHORIZED_NO_USER|Download denied: no user logged on.
80246017|WU_E_DM_UNAUTHORIZED_LOCAL_USER|Download denied for the local user.
80246018|WU_E_DM_UNAUTHORIZED_DOMAIN_USER|Download denied for the domain user.
80246019|WU_E_DM_UNAUTHORIZED_MSA_USER|Download denied for the user's Microsoft account.
8024601A|WU_E_DM_FALLINGBACKTOBITS|The download continues by falling back to BITS.
8024601B|WU_E_DM_DOWNLOAD_VOLUME_CONFLICT|Another caller requested download to a different volume.
8024601C|WU_E_DM_SANDBOX_HASH_MISMATCH|The update sandbox hash does not match.
8024601D|WU_E_DM_HARDRESERVEID_CONFLICT|The hard reserve id conflicts with another caller's.
8024601E|WU_E_DM_DOSVC_REQUIRED|The update has to be downloaded via Delivery Optimization.
8024601F|WU_E_DM_DOWNLOADTYPE_CONFLICT|Only one download type per update at a time.
80246FFF|WU_E_DM_UNEXPECTED|A download manager error no other code covers.
8024D001|WU_E_SETUP_INVALID_INFDATA|Agent update failed: an INF file holds invalid information.
8024D002|WU_E_SETUP_INVALID_IDENTDATA|Agent update failed: wuident.cab holds invalid information.
8024D003|WU_E_SETUP_ALREADY_INITIALIZED|Agent update failed: setup initialized twice.
8024D004|WU_E_SETUP_NOT_INITIALIZED|Agent update failed: setup initialization never completed.
8024D005|WU_E_SETUP_SOURCE_VERSION_MISMATCH|Agent update failed: INF versions do not match the source files.
8024D006|WU_E_SETUP_TARGET_VERSION_GREATER|Agent update failed: a WUA file on the system is newer.
8024D007|WU_E_SETUP_REGISTRATION_FAILED|Agent update failed: regsvr32.exe returned an error.
8024D008|WU_E_SELFUPDATE_SKIP_ON_FAILURE|Agent update skipped because earlier attempts failed.
8024D009|WU_E_SETUP_SKIP_UPDATE|Agent update skipped by a directive in wuident.cab.
8024D00A|WU_E_SETUP_UNSUPPORTED_CONFIGURATION|Agent update failed: unsupported system configuration.
8024D00B|WU_E_SETUP_BLOCKED_CONFIGURATION|Agent update failed: the system blocks the update.
8024D00C|WU_E_SETUP_REBOOT_TO_FIX|Agent update failed: a restart is required.
8024D00D|WU_E_SETUP_ALREADYRUNNING|Agent setup is already running.
8024D00E|WU_E_SETUP_REBOOTREQUIRED|Agent setup requires a reboot to complete.
8024D00F|WU_E_SETUP_HANDLER_EXEC_FAILURE|Agent update failed: the setup handler failed.
8024D010|WU_E_SETUP_INVALID_REGISTRY_DATA|Agent update failed: the registry holds invalid information.
8024D011|WU_E_SELFUPDATE_REQUIRED|The agent must be updated before search can continue.|Windows 更新代理自更新失败。
8024D012|WU_E_SELFUPDATE_REQUIRED_ADMIN|The agent must be updated by an administrator before search can continue.
8024D013|WU_E_SETUP_WRONG_SERVER_VERSION|Agent update failed: the server has no update information for this version.
8024D014|WU_E_SETUP_DEFERRABLE_REBOOT_PENDING|Agent updated; a reboot is required to finish.
8024D015|WU_E_SETUP_NON_DEFERRABLE_REBOOT_PENDING|Agent updated; a reboot is required to finish.
8024D016|WU_E_SETUP_FAIL|Agent update failed for an unknown reason.
8024DFFF|WU_E_SETUP_UNEXPECTED|Agent update failed for a reason no other code covers.
8024E001|WU_E_EE_UNKNOWN_EXPRESSION|An applicability expression was unrecognised.
8024E002|WU_E_EE_INVALID_EXPRESSION|An applicability expression was invalid.
8024E003|WU_E_EE_MISSING_METADATA|An expression has the wrong number of metadata nodes.
8024E004|WU_E_EE_INVALID_VERSION|The serialized expression data version is invalid.
8024E005|WU_E_EE_NOT_INITIALIZED|The expression evaluator could not be initialized.
8024E006|WU_E_EE_INVALID_ATTRIBUTEDATA|An expression has an invalid attribute.
8024E007|WU_E_EE_CLUSTER_ERROR|The cluster state of the computer could not be determined.
8024EFFF|WU_E_EE_UNEXPECTED|An expression evaluator error no other code covers.
80243001|WU_E_INSTALLATION_RESULTS_UNKNOWN_VERSION|Install results in the registry have an unknown format version.
80243002|WU_E_INSTALLATION_RESULTS_INVALID_DATA|Install results in the registry have an invalid format.
80243003|WU_E_INSTALLATION_RESULTS_NOT_FOUND|Install results are not available; the operation may not have started.
80243004|WU_E_TRAYICON_FAILURE|Could not create the notification area icon.
80243FFD|WU_E_NON_UI_MODE|Cannot show UI in non-UI mode.
80243FFE|WU_E_WUCLTUI_UNSUPPORTED_VERSION|Unsupported version of the WU client UI exports.
80243FFF|WU_E_AUCLIENT_UNEXPECTED|A user interface error no other code covers.
8024F001|WU_E_REPORTER_EVENTCACHECORRUPT|The event cache file was defective.
8024F002|WU_E_REPORTER_EVENTNAMESPACEPARSEFAILED|The event namespace descriptor XML could not be parsed.
8024F003|WU_E_INVALID_EVENT|The event namespace descriptor XML could not be parsed.
8024F004|WU_E_SERVER_BUSY|The server rejected an event because it was too busy.
8024F005|WU_E_CALLBACK_COOKIE_NOT_FOUND|The callback cookie was not found.
8024FFFF|WU_E_REPORTER_UNEXPECTED|A reporter error no other code covers.
80247001|WU_E_OL_INVALID_SCANFILE|The scan package was invalid.
80247002|WU_E_OL_NEWCLIENT_REQUIRED|The scan package requires a newer agent.
80247003|WU_E_INVALID_EVENT_PAYLOAD|An invalid event payload was specified.
80247004|WU_E_INVALID_EVENT_PAYLOADSIZE|The event payload size is invalid.
80247005|WU_E_SERVICE_NOT_REGISTERED|The service is not registered.
80247FFF|WU_E_OL_UNEXPECTED|Search using the scan package failed.
80247100|WU_E_METADATA_NOOP|No operation was required by metadata verification.
80247101|WU_E_METADATA_CONFIG_INVALID_BINARY_ENCODING|The metadata config binary encoding was invalid.
80247102|WU_E_METADATA_FETCH_CONFIG|Could not fetch the configuration for metadata signature verification.
80247104|WU_E_METADATA_INVALID_PARAMETER|Metadata verification failed on an invalid parameter.
80247105|WU_E_METADATA_UNEXPECTED|Metadata verification failed for a reason no other code covers.
80247106|WU_E_METADATA_NO_VERIFICATION_DATA|No update metadata had verification data (may be disabled on the server).
80247107|WU_E_METADATA_BAD_FRAGMENTSIGNING_CONFIG|The fragment signing configuration was bad.
80247108|WU_E_METADATA_FAILURE_PROCESSING_FRAGMENTSIGNING_CONFIG|Failure parsing the fragment signing configuration.
80247120|WU_E_METADATA_XML_MISSING|Required XML data was missing from the configuration.
80247121|WU_E_METADATA_XML_FRAGMENTSIGNING_MISSING|Fragment signing data was missing from the XML configuration.
80247122|WU_E_METADATA_XML_MODE_MISSING|Mode data was missing from the XML configuration.
80247123|WU_E_METADATA_XML_MODE_INVALID|An invalid metadata enforcement mode was detected.
80247124|WU_E_METADATA_XML_VALIDITY_INVALID|An invalid timestamp validity window configuration was detected.
80247125|WU_E_METADATA_XML_LEAFCERT_MISSING|Leaf certificate data was missing from the XML configuration.
80247126|WU_E_METADATA_XML_INTERMEDIATECERT_MISSING|Intermediate certificate data was missing from the XML configuration.
80247127|WU_E_METADATA_XML_LEAFCERT_ID_MISSING|The leaf certificate id attribute was missing.
80247128|WU_E_METADATA_XML_BASE64CERDATA_MISSING|The certificate base64CerData attribute was missing.
80247140|WU_E_METADATA_BAD_SIGNATURE|An update's metadata has a bad or invalid digital signature.
80247141|WU_E_METADATA_UNSUPPORTED_HASH_ALG|Unsupported hash algorithm for metadata verification.
80247142|WU_E_METADATA_SIGNATURE_VERIFY_FAILED|Error while verifying an update's metadata signature.
80247150|WU_E_METADATATRUST_CERTIFICATECHAIN_VERIFICATION|Failure verifying trust of the metadata signing certificate chain.
80247151|WU_E_METADATATRUST_UNTRUSTED_CERTIFICATECHAIN|A metadata signing certificate chain is untrusted.
80247160|WU_E_METADATA_TIMESTAMP_TOKEN_MISSING|An expected metadata timestamp token was missing.|缺少预期的元数据时间戳令牌。
80247161|WU_E_METADATA_TIMESTAMP_TOKEN_VERIFICATION_FAILED|A metadata timestamp token failed verification.
80247162|WU_E_METADATA_TIMESTAMP_TOKEN_UNTRUSTED|A metadata timestamp token signer chain was untrusted.
80247163|WU_E_METADATA_TIMESTAMP_TOKEN_VALIDITY_WINDOW|A metadata timestamp token is outside its validity window.
80247164|WU_E_METADATA_TIMESTAMP_TOKEN_SIGNATURE|A metadata timestamp token failed signature validation.
80247165|WU_E_METADATA_TIMESTAMP_TOKEN_CERTCHAIN|A metadata timestamp token certificate failed chain verification.
80247166|WU_E_METADATA_TIMESTAMP_TOKEN_REFRESHONLINE|Refreshing a missing timestamp token from the network failed.
80247167|WU_E_METADATA_TIMESTAMP_TOKEN_ALL_BAD|All cached metadata timestamp tokens are invalid.
80247168|WU_E_METADATA_TIMESTAMP_TOKEN_NODATA|No metadata timestamp tokens exist in the cache.
80247169|WU_E_METADATA_TIMESTAMP_TOKEN_CACHELOOKUP|Error looking up a metadata timestamp token in the cache.
8024717E|WU_E_METADATA_TIMESTAMP_TOKEN_VALIDITYWINDOW_UNEXPECTED|A timestamp validity window check failed unexpectedly.
8024717F|WU_E_METADATA_TIMESTAMP_TOKEN_UNEXPECTED|A timestamp token verification failed for a reason no other code covers.
80247180|WU_E_METADATA_CERT_MISSING|An expected metadata signing certificate was missing.
80247181|WU_E_METADATA_LEAFCERT_BAD_TRANSPORT_ENCODING|A metadata signing leaf certificate's encoding was malformed.
80247182|WU_E_METADATA_INTCERT_BAD_TRANSPORT_ENCODING|A metadata signing intermediate certificate's encoding was malformed.
80247183|WU_E_METADATA_CERT_UNTRUSTED|A metadata certificate chain was untrusted.
8024B001|WU_E_WUTASK_INPROGRESS|The task is in progress.
8024B002|WU_E_WUTASK_STATUS_DISABLED|The task status is disabled.
8024B003|WU_E_WUTASK_NOT_STARTED|The task has not started.
8024B004|WU_E_WUTASK_RETRY|The task stopped and must run again.
8024B005|WU_E_WUTASK_CANCELINSTALL_DISALLOWED|A non-scheduled install cannot be cancelled.
8024B101|WU_E_UNKNOWN_HARDWARECAPABILITY|Hardware capability metadata was not found after a sync.
8024B102|WU_E_BAD_XML_HARDWARECAPABILITY|Hardware capability metadata was malformed.
8024B103|WU_E_WMI_NOT_SUPPORTED|The WMI dependency is not supported on this platform.
8024B104|WU_E_UPDATE_MERGE_NOT_ALLOWED|Merging of the update is not allowed.
8024B105|WU_E_SKIPPED_UPDATE_INSTALLATION|Only merged updates are installed; non-mergeable ones skipped.
8024B201|WU_E_SLS_INVALID_REVISION|The SLS response returned an invalid revision number.
8024B301|WU_E_FILETRUST_DUALSIGNATURE_RSA|No valid RSA signature on an infrastructure payload.
8024B302|WU_E_FILETRUST_DUALSIGNATURE_ECC|No valid ECC signature on an infrastructure payload.
8024B303|WU_E_TRUST_SUBJECT_NOT_TRUSTED|The subject is not trusted by WU for the action.
8024B304|WU_E_TRUST_PROVIDER_UNKNOWN|Unknown trust provider for WU.
00240001|WU_S_SERVICE_STOP|The Windows Update Agent stopped successfully.
00240002|WU_S_SELFUPDATE|The Windows Update Agent updated itself.
00240003|WU_S_UPDATE_ERROR|Completed, but there were errors applying the updates.
00240005|WU_S_REBOOT_REQUIRED|A restart is required to complete installation.
00240004|WU_S_MARKED_FOR_DISCONNECT|The object was marked to be disconnected at the end of the current call.
00240006|WU_S_ALREADY_INSTALLED|The update is already installed.
00240007|WU_S_ALREADY_UNINSTALLED|The update is already uninstalled.
00240008|WU_S_ALREADY_DOWNLOADED|The update is already downloaded.
`,
};
