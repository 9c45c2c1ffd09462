// Generic COM and RPC HRESULTs (FACILITY_NULL, FACILITY_RPC, FACILITY_DISPATCH, FACILITY_STORAGE, FACILITY_ITF,
// FACILITY_WINDOWS: E_*, CO_E_*, RPC_E_*, DISP_E_*, STG_E_*, REGDB_E_*) and WMI's WBEM_E_* (0x80041xxx), which
// ConfigMgr's client reads everything through.
// SOURCE: winerror.h names as documented in Microsoft Learn "COM Error Codes" (Generic, RPC, ITF);
// wbemcli.h names as documented in "WMI Error Constants". Meanings in our words.
import type { CodeFamily } from './code-family';

export const COM_RPC: CodeFamily = {
  id: 'com-rpc',
  source: 'Microsoft Learn: COM Error Codes (Generic, RPC, ITF); WMI Error Constants',
  ranges: [[0x80000000, 0x8000ffff], [0x80010000, 0x8001ffff], [0x80020000, 0x8003ffff], [0x80040000, 0x8004ffff], [0x80080000, 0x8008ffff]],
  zhGist: [
    ['8000', 'COM 常规错误'],
    ['8001', 'COM 远程调用(RPC)错误'],
    ['8002', 'COM 自动化错误'],
    ['8003', 'COM 结构化存储错误'],
    ['8004', 'COM 接口错误'],
    ['80041', 'WMI 错误'],
    ['8008', 'COM 服务器激活错误'],
  ],
  lines: `
8000000A|E_PENDING|The data necessary to complete the operation is not yet available.|完成操作所需的数据尚不可用。
80004001|E_NOTIMPL|Not implemented.|未实现。
80004002|E_NOINTERFACE|No such interface supported (often a COM registration broken by a partial install).|不支持此接口(通常是部分安装破坏了 COM 注册)。
80004003|E_POINTER|Invalid pointer.|指针无效。
80004004|E_ABORT|Operation aborted.|操作已中止。
80004005|E_FAIL|Unspecified error.|未指定的错误。
80004017|CO_E_RUNAS_SYNTAX|The RunAs specification of a COM server has invalid syntax.
80004018|CO_E_CREATEPROCESS_FAILURE|COM could not create the server process.
80004019|CO_E_RUNAS_CREATEPROCESS_FAILURE|COM could not create the server process as the RunAs user.
8000401A|CO_E_RUNAS_LOGON_FAILURE|COM could not log on the RunAs user of the server.
8000401B|CO_E_LAUNCH_PERMSSION_DENIED|The client is not allowed to launch the COM server.|客户端无权启动该 COM 服务器。
8000401C|CO_E_START_SERVICE_FAILURE|COM could not start the service that hosts the server.|COM 无法启动承载服务器的服务。
8000401D|CO_E_REMOTE_COMMUNICATION_FAILURE|COM could not communicate with the remote server.
8000401E|CO_E_SERVER_START_TIMEOUT|The COM server did not respond in time after it was started.|COM 服务器启动后未及时响应。
8000401F|CO_E_CLSREG_INCONSISTENT|The class registration information is inconsistent.
80004020|CO_E_IIDREG_INCONSISTENT|The interface registration information is inconsistent.
80004022|CO_E_RELOAD_DLL|A DLL must be loaded.
80004023|CO_E_MSI_ERROR|A Windows Installer error was encountered while activating a COM class.
8000FFFF|E_UNEXPECTED|Catastrophic (unexpected) failure.|灾难性(意外)故障。
80010001|RPC_E_CALL_REJECTED|The call was rejected by the callee (the server is busy).|被调用方拒绝了调用(服务器忙)。
80010002|RPC_E_CALL_CANCELED|The call was cancelled by the message filter.
80010006|RPC_E_CONNECTION_TERMINATED|The connection terminated or is unusable; other connections remain valid.
80010007|RPC_E_SERVER_DIED|The COM server disappeared; the call may have executed.|COM 服务器已消失;调用可能已执行。
80010008|RPC_E_CLIENT_DIED|The caller disappeared while the server was processing the call.
80010009|RPC_E_INVALID_DATAPACKET|The marshalled parameter data is incorrect.
8001000A|RPC_E_CANTTRANSMIT_CALL|The call was not transmitted: the message queue was full.
8001000F|RPC_E_INVALID_DATA|Received data is invalid.
80010010|RPC_E_INVALID_PARAMETER|A parameter is invalid and cannot be marshalled.
80010012|RPC_E_SERVER_DIED_DNE|The COM server disappeared; the call did not execute.
80010100|RPC_E_SYS_CALL_FAILED|A system call failed.|系统调用失败。
80010101|RPC_E_OUT_OF_RESOURCES|A required resource (memory, events) could not be allocated.
80010102|RPC_E_ATTEMPTED_MULTITHREAD|Calls were made on more than one thread in single-threaded mode.
80010103|RPC_E_NOT_REGISTERED|The requested interface is not registered on the server object.
80010104|RPC_E_FAULT|RPC could not call the server or could not return the results.
80010105|RPC_E_SERVERFAULT|The COM server threw an exception while processing the call.|COM 服务器在处理调用时引发异常。
80010106|RPC_E_CHANGED_MODE|The thread's COM mode cannot change after it is set.
80010107|RPC_E_INVALIDMETHOD|The method called does not exist on the server.
80010108|RPC_E_DISCONNECTED|The object invoked has disconnected from its clients (its process ended).|被调用的对象已与其客户端断开连接(其进程已结束)。
80010109|RPC_E_RETRY|The object chose not to process the call now; try again later.
8001010A|RPC_E_SERVERCALL_RETRYLATER|The application is busy (message filter).
8001010B|RPC_E_SERVERCALL_REJECTED|The message filter rejected the call.
8001010D|RPC_E_CANTCALLOUT_ININPUTSYNCCALL|An outgoing call cannot be made while dispatching an input-synchronous call.
8001010E|RPC_E_WRONG_THREAD|An interface marshalled for a different thread was called.
8001010F|RPC_E_THREAD_NOT_INIT|CoInitialize has not been called on the current thread.
80010111|RPC_E_INVALID_HEADER|COM received a packet with an invalid header.
80010113|RPC_E_INVALID_IPID|The requested object or interface does not exist.
80010114|RPC_E_INVALID_OBJECT|The requested object does not exist.
80010117|RPC_E_CALL_COMPLETE|The call context cannot be accessed after the call completed.
80010119|RPC_E_TOO_LATE|COM security must be initialised before any interface is marshalled.
8001011A|RPC_E_NO_GOOD_SECURITY_PACKAGES|No compatible security packages between client and server, or the user is not logged on.
8001011B|RPC_E_ACCESS_DENIED|Access is denied (COM).|拒绝访问(COM)。
8001011C|RPC_E_REMOTE_DISABLED|Remote calls are not allowed for this process.
8001011F|RPC_E_TIMEOUT|The COM call timed out.|COM 调用超时。
8001FFFF|RPC_E_UNEXPECTED|An internal COM/RPC error occurred.
80020003|DISP_E_MEMBERNOTFOUND|Member not found (automation).
80020005|DISP_E_TYPEMISMATCH|Type mismatch (automation).
80020006|DISP_E_UNKNOWNNAME|Unknown name (automation).
80020009|DISP_E_EXCEPTION|An exception occurred in the automation call.|自动化调用中发生异常。
8002000A|DISP_E_OVERFLOW|Value out of range (automation).
8002000B|DISP_E_BADINDEX|Invalid index (automation).
8002000E|DISP_E_BADPARAMCOUNT|Invalid number of parameters (automation).
8002801D|TYPE_E_LIBNOTREGISTERED|The type library is not registered.|类型库未注册。
80029C4A|TYPE_E_CANTLOADLIBRARY|Error loading a type library or DLL.
80030002|STG_E_FILENOTFOUND|A storage file could not be found.
80030005|STG_E_ACCESSDENIED|Access denied (structured storage).
80030008|STG_E_INSUFFICIENTMEMORY|Not enough memory to complete the storage operation.
8003001D|STG_E_WRITEFAULT|A disk error occurred during a write.
8003001E|STG_E_READFAULT|A disk error occurred during a read.
80030020|STG_E_SHAREVIOLATION|A share violation occurred (structured storage).
80030021|STG_E_LOCKVIOLATION|A lock violation occurred (structured storage).
80030070|STG_E_MEDIUMFULL|Not enough disk space to complete the operation.
800300FB|STG_E_INVALIDHEADER|The file is not a valid compound file (a damaged MSI or MSP, for example).|该文件不是有效的复合文件(例如损坏的 MSI 或 MSP)。
80030109|STG_E_DOCFILECORRUPT|The compound file is corrupt.|复合文件已损坏。
80040112|CLASS_E_NOTLICENSED|The class is not licensed for use.
80040150|REGDB_E_READREGDB|Could not read a key from the registry.|无法从注册表读取项。
80040151|REGDB_E_WRITEREGDB|Could not write a key to the registry.|无法将项写入注册表。
80040152|REGDB_E_KEYMISSING|Could not find the key in the registry.|在注册表中找不到该项。
80040153|REGDB_E_INVALIDVALUE|Invalid value in the registry.
80040154|REGDB_E_CLASSNOTREG|Class not registered (a COM component is not registered).|类未注册(COM 组件未注册)。
80040155|REGDB_E_IIDNOTREG|Interface not registered.|接口未注册。
800401F0|CO_E_NOTINITIALIZED|CoInitialize has not been called.
800401F1|CO_E_ALREADYINITIALIZED|CoInitialize has already been called.
800401F3|CO_E_CLASSSTRING|Invalid class string (ProgID or CLSID not registered).
800401F5|CO_E_APPNOTFOUND|Application not found.
800401F8|CO_E_DLLNOTFOUND|The DLL for the class was not found.
800401F9|CO_E_ERRORINDLL|Error in the DLL.
800401FD|CO_E_OBJNOTCONNECTED|The object is not connected to its server.
80040200|CO_E_FAILEDTOIMPERSONATE|Unable to impersonate the DCOM client.
80041001|WBEM_E_FAILED|The WMI call failed.|WMI 调用失败。
80041002|WBEM_E_NOT_FOUND|WMI: object not found (the class, instance or namespace does not exist).|WMI:找不到对象(类、实例或命名空间不存在)。
80041003|WBEM_E_ACCESS_DENIED|WMI: access denied.|WMI:拒绝访问。
80041004|WBEM_E_PROVIDER_FAILURE|WMI: a provider failed.|WMI:提供程序失败。
80041005|WBEM_E_TYPE_MISMATCH|WMI: type mismatch.|WMI:类型不匹配。
80041006|WBEM_E_OUT_OF_MEMORY|WMI: not enough memory.|WMI:内存不足。
80041007|WBEM_E_INVALID_CONTEXT|WMI: invalid context object.
80041008|WBEM_E_INVALID_PARAMETER|WMI: a parameter is invalid.|WMI:参数无效。
80041009|WBEM_E_NOT_AVAILABLE|WMI: the resource is not available (often a stopped service).
8004100A|WBEM_E_CRITICAL_ERROR|WMI: critical error (the repository may be corrupt).|WMI:严重错误(存储库可能已损坏)。
8004100B|WBEM_E_INVALID_STREAM|WMI: invalid stream.
8004100C|WBEM_E_NOT_SUPPORTED|WMI: feature or operation not supported.
8004100D|WBEM_E_INVALID_SUPERCLASS|WMI: invalid superclass.
8004100E|WBEM_E_INVALID_NAMESPACE|WMI: invalid namespace (for ConfigMgr: root\\ccm is missing or damaged).|WMI:命名空间无效(ConfigMgr 中:root\\ccm 丢失或损坏)。
8004100F|WBEM_E_INVALID_OBJECT|WMI: invalid object.
80041010|WBEM_E_INVALID_CLASS|WMI: invalid class.|WMI:类无效。
80041011|WBEM_E_PROVIDER_NOT_FOUND|WMI: the provider was not found.|WMI:找不到提供程序。
80041012|WBEM_E_INVALID_PROVIDER_REGISTRATION|WMI: the provider registration is invalid.
80041013|WBEM_E_PROVIDER_LOAD_FAILURE|WMI: the provider could not be loaded.|WMI:无法加载提供程序。
80041014|WBEM_E_INITIALIZATION_FAILURE|WMI: a component failed to initialise.|WMI:组件初始化失败。
80041015|WBEM_E_TRANSPORT_FAILURE|WMI: a network transport failure (remote WMI or DCOM blocked).|WMI:网络传输失败(远程 WMI 或 DCOM 被阻止)。
80041016|WBEM_E_INVALID_OPERATION|WMI: the operation is not valid.
80041017|WBEM_E_INVALID_QUERY|WMI: invalid query.|WMI:查询无效。
80041018|WBEM_E_INVALID_QUERY_TYPE|WMI: invalid query language.
80041019|WBEM_E_ALREADY_EXISTS|WMI: the object already exists.
8004101A|WBEM_E_OVERRIDE_NOT_ALLOWED|WMI: the override is not allowed.
8004101B|WBEM_E_PROPAGATED_QUALIFIER|WMI: the qualifier was inherited and cannot be changed here.
8004101C|WBEM_E_PROPAGATED_PROPERTY|WMI: the property was inherited and cannot be changed here.
8004101D|WBEM_E_UNEXPECTED|WMI: unexpected failure.
8004101E|WBEM_E_ILLEGAL_OPERATION|WMI: illegal operation.
8004101F|WBEM_E_CANNOT_BE_KEY|WMI: the property cannot be a key.
80041020|WBEM_E_INCOMPLETE_CLASS|WMI: the class is incomplete.
80041021|WBEM_E_INVALID_SYNTAX|WMI: invalid query syntax.
80041022|WBEM_E_NONDECORATED_OBJECT|WMI: the object is missing its decoration (server and namespace).
80041023|WBEM_E_READ_ONLY|WMI: the property is read-only.
80041024|WBEM_E_PROVIDER_NOT_CAPABLE|WMI: the provider cannot perform the operation.
80041025|WBEM_E_CLASS_HAS_CHILDREN|WMI: the class has subclasses.
80041026|WBEM_E_CLASS_HAS_INSTANCES|WMI: the class has instances.
80041027|WBEM_E_QUERY_NOT_IMPLEMENTED|WMI: the query is not implemented by the provider.
80041028|WBEM_E_ILLEGAL_NULL|WMI: a null value is not allowed here.
80041029|WBEM_E_INVALID_QUALIFIER_TYPE|WMI: invalid qualifier type.
8004102A|WBEM_E_INVALID_PROPERTY_TYPE|WMI: invalid property type.
8004102B|WBEM_E_VALUE_OUT_OF_RANGE|WMI: the value is out of range.
8004102C|WBEM_E_CANNOT_BE_SINGLETON|WMI: the class cannot be a singleton.
8004102D|WBEM_E_INVALID_CIM_TYPE|WMI: invalid CIM type.
8004102E|WBEM_E_INVALID_METHOD|WMI: invalid method.
8004102F|WBEM_E_INVALID_METHOD_PARAMETERS|WMI: invalid method parameters.
80041030|WBEM_E_SYSTEM_PROPERTY|WMI: a system property cannot be changed.
80041031|WBEM_E_INVALID_PROPERTY|WMI: invalid property.
80041032|WBEM_E_CALL_CANCELLED|WMI: the call was cancelled.
80041033|WBEM_E_SHUTTING_DOWN|WMI: the WMI service is shutting down.|WMI:WMI 服务正在关闭。
80041034|WBEM_E_PROPAGATED_METHOD|WMI: the method was inherited and its signature does not match.
80041035|WBEM_E_UNSUPPORTED_PARAMETER|WMI: a parameter (such as query text) is too complex or unsupported.
80041036|WBEM_E_MISSING_PARAMETER_ID|WMI: a method parameter is missing.
80041037|WBEM_E_INVALID_PARAMETER_ID|WMI: a method parameter has an invalid ID qualifier.
80041038|WBEM_E_NONCONSECUTIVE_PARAMETER_IDS|WMI: method parameter IDs are out of sequence.
80041039|WBEM_E_PARAMETER_ID_ON_RETVAL|WMI: the return value has an ID qualifier.
8004103A|WBEM_E_INVALID_OBJECT_PATH|WMI: the object path is invalid.
8004103B|WBEM_E_OUT_OF_DISK_SPACE|WMI: out of disk space, or the repository reached its size limit.|WMI:磁盘空间不足,或存储库达到大小上限。
8004103C|WBEM_E_BUFFER_TOO_SMALL|WMI: the buffer is too small.
8004103D|WBEM_E_UNSUPPORTED_PUT_EXTENSION|WMI: the provider does not support the requested put operation.
8004103E|WBEM_E_UNKNOWN_OBJECT_TYPE|WMI: an object of unknown type or version was met while marshalling.
8004103F|WBEM_E_UNKNOWN_PACKET_TYPE|WMI: a packet of unknown type or version was met while marshalling.
80041040|WBEM_E_MARSHAL_VERSION_MISMATCH|WMI: the packet has an unsupported version.
80041041|WBEM_E_MARSHAL_INVALID_SIGNATURE|WMI: the packet appears to be corrupt.
80041042|WBEM_E_INVALID_QUALIFIER|WMI: a qualifier is invalid.
80041043|WBEM_E_INVALID_DUPLICATE_PARAMETER|WMI: a parameter is duplicated.
80041044|WBEM_E_TOO_MUCH_DATA|WMI: too much data.
80041045|WBEM_E_SERVER_TOO_BUSY|WMI: the server is too busy.|WMI:服务器太忙。
80041046|WBEM_E_INVALID_FLAVOR|WMI: invalid qualifier flavor.
80041047|WBEM_E_CIRCULAR_REFERENCE|WMI: circular reference.
80041048|WBEM_E_UNSUPPORTED_CLASS_UPDATE|WMI: the class update is not supported.
80041049|WBEM_E_CANNOT_CHANGE_KEY_INHERITANCE|WMI: the key inheritance of the class cannot be changed.
80041050|WBEM_E_CANNOT_CHANGE_INDEX_INHERITANCE|WMI: the index inheritance of the class cannot be changed.
80041051|WBEM_E_TOO_MANY_PROPERTIES|WMI: too many properties.
80041052|WBEM_E_UPDATE_TYPE_MISMATCH|WMI: the update changes a property type.
80041053|WBEM_E_UPDATE_OVERRIDE_NOT_ALLOWED|WMI: the update overrides a qualifier that may not be overridden.
80041054|WBEM_E_UPDATE_PROPAGATED_METHOD|WMI: the update changes an inherited method.
80041055|WBEM_E_METHOD_NOT_IMPLEMENTED|WMI: the method is not implemented.
80041056|WBEM_E_METHOD_DISABLED|WMI: the method is disabled.
80041057|WBEM_E_REFRESHER_BUSY|WMI: the refresher is busy.
80041058|WBEM_E_UNPARSABLE_QUERY|WMI: the query cannot be parsed.
80041059|WBEM_E_NOT_EVENT_CLASS|WMI: the class is not an event class.
8004105A|WBEM_E_MISSING_GROUP_WITHIN|WMI: GROUP BY needs a WITHIN clause.
8004105B|WBEM_E_MISSING_AGGREGATION_LIST|WMI: GROUP BY is missing its aggregation list.
8004105C|WBEM_E_PROPERTY_NOT_AN_OBJECT|WMI: the property is not an object.
8004105D|WBEM_E_AGGREGATING_BY_OBJECT|WMI: aggregating by an object property is not allowed.
80041060|WBEM_E_BACKUP_RESTORE_WINMGMT_RUNNING|WMI: backup or restore needs the WMI service stopped.
80041061|WBEM_E_QUEUE_OVERFLOW|WMI: the event queue overflowed.
80041062|WBEM_E_PRIVILEGE_NOT_HELD|WMI: a required privilege is not held.
80041063|WBEM_E_INVALID_OPERATOR|WMI: invalid operator in the query.
80041065|WBEM_E_CANNOT_BE_ABSTRACT|WMI: the class cannot be abstract.
80041066|WBEM_E_AMENDED_OBJECT|WMI: an amended object was written without the amended flag.
8004106C|WBEM_E_QUOTA_VIOLATION|WMI: a WMI quota was exceeded (too many objects or memory in the provider host).|WMI:超出 WMI 配额(提供程序主机中的对象或内存过多)。
8004107A|WBEM_E_VETO_PUT|WMI: the put operation was vetoed.
80041081|WBEM_E_PROVIDER_SUSPENDED|WMI: the provider is suspended.
80041087|WBEM_E_ENCRYPTED_CONNECTION_REQUIRED|WMI: an encrypted connection is required.
80041088|WBEM_E_PROVIDER_TIMED_OUT|WMI: the provider timed out.|WMI:提供程序超时。
80041089|WBEM_E_NO_KEY|WMI: the object has no key.
80080001|CO_E_CLASS_CREATE_FAILED|Attempt to create a class object failed.
80080002|CO_E_SCM_ERROR|The COM service could not bind the object.
80080003|CO_E_SCM_RPC_FAILURE|RPC communication with the COM service failed.
80080004|CO_E_BAD_PATH|Bad path to the object.
80080005|CO_E_SERVER_EXEC_FAILURE|Server execution failed: the COM server (for example the Windows Update service) could not start or crashed.|服务器执行失败:COM 服务器(例如 Windows 更新服务)无法启动或已崩溃。
80080006|CO_E_OBJSRV_RPC_FAILURE|The COM service could not communicate with the object server.
80080008|CO_E_SERVER_STOPPING|The object server was stopping when the COM service contacted it.|COM 服务联系对象服务器时,该服务器正在停止。
`,
};
