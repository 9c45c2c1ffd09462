// .NET runtime HRESULTs (FACILITY_URT, 0x8013xxxx: COR_E_*, CORSEC_E_*): what managed code such as the WSUS
// console, WSUS's own services and PowerShell-based detection fails with.
// SOURCE: corerror.h names as documented in Microsoft Learn ".NET HRESULTs" / the exception classes' HResult.
// Meanings in our words.
import type { CodeFamily } from './code-family';

export const DOTNET: CodeFamily = {
  id: 'dotnet',
  source: 'Microsoft Learn: .NET exception HRESULTs (corerror.h)',
  ranges: [[0x80130000, 0x8013ffff]],
  zhGist: [['8013', '.NET 运行时错误']],
  lines: `
80131013|COR_E_TYPEUNLOADED|The type has been unloaded.
80131014|COR_E_APPDOMAINUNLOADED|An unloaded application domain was accessed.
80131015|COR_E_CANNOTUNLOADAPPDOMAIN|The application domain could not be unloaded.
80131018|COR_E_ASSEMBLYEXPECTED|The module was expected to contain an assembly manifest.
80131040|FUSION_E_REF_DEF_MISMATCH|The located assembly's manifest does not match the assembly reference (wrong version of a DLL).|找到的程序集清单与程序集引用不匹配(DLL 版本不对)。
80131047|FUSION_E_INVALID_NAME|The assembly name or code base is invalid.
80131107|CLDB_E_FILE_OLDVER|The metadata file is an old version.
80131124|CLDB_E_INDEX_NOTFOUND|A metadata index was not found.
80131500|COR_E_EXCEPTION|A general .NET exception.|.NET 常规异常。
80131501|COR_E_SYSTEM|A .NET system exception.
80131502|COR_E_ARGUMENTOUTOFRANGE|An argument was out of its valid range.
80131503|COR_E_ARRAYTYPEMISMATCH|An object of the wrong type was stored in an array.
80131504|COR_E_CONTEXTMARSHAL|An object was marshalled across a context boundary.
80131505|COR_E_TIMEOUT|The .NET operation timed out.|.NET 操作超时。
80131506|COR_E_EXECUTIONENGINE|Internal error in the .NET runtime (execution engine).
80131507|COR_E_FIELDACCESS|Access to the field is denied.
80131508|COR_E_INDEXOUTOFRANGE|An array index was out of range.
80131509|COR_E_INVALIDOPERATION|The operation is not valid in the object's current state.
8013150A|COR_E_SECURITY|A .NET security check failed (SecurityException): the code was denied a permission it asked for.|.NET 安全检查失败(SecurityException):代码请求的权限被拒绝。
8013150C|COR_E_SERIALIZATION|Serialization or deserialization failed.
8013150D|COR_E_VERIFICATION|Code verification failed (unverifiable code).
80131515|COR_E_NOTSUPPORTED|The operation is not supported.
80131522|COR_E_TYPELOAD|A type could not be loaded.|无法加载类型。
80131524|COR_E_DLLNOTFOUND|A DLL named in a DllImport was not found.
80131529|COR_E_DUPLICATEWAITOBJECT|The same object appears twice in a wait list.
8013152B|COR_E_SEMAPHOREFULL|The semaphore count would exceed its maximum.
8013152C|COR_E_WAITHANDLECANNOTBEOPENED|The named wait handle could not be opened.
8013152D|COR_E_ABANDONEDMUTEX|A mutex was abandoned by the thread that held it.
80131533|COR_E_SAFEARRAYTYPEMISMATCH|The SAFEARRAY type does not match the expected type.
80131537|COR_E_FORMAT|A value has the wrong format (parsing failed).
80131538|COR_E_SAFEARRAYRANKMISMATCH|The SAFEARRAY rank does not match the expected rank.
8013153B|COR_E_OPERATIONCANCELED|The operation was cancelled.
80131541|COR_E_DATAMISALIGNED|A data unit was read or written at a misaligned address.
80131542|COR_E_CODECONTRACTFAILED|A code contract failed.
80131600|COR_E_APPLICATION|An application-defined .NET exception.
80131605|COR_E_CUSTOMATTRIBUTEFORMAT|A custom attribute has an invalid binary format.
80131620|COR_E_IO|An I/O error occurred in .NET code.
80131621|COR_E_FILELOAD|An assembly or file was found but could not be loaded.|找到了程序集或文件,但无法加载。
80131622|COR_E_OBJECTDISPOSED|The object has been disposed.
80131623|COR_E_SAFEHANDLEMISSINGATTRIBUTE|A SafeHandle lacks the required attribute.
80131700|CLR_E_SHIM_RUNTIMELOAD|The .NET runtime could not be loaded (wrong or missing .NET Framework version).|无法加载 .NET 运行时(.NET Framework 版本错误或缺失)。
80132000|CLR_E_BIND_ASSEMBLY_VERSION_TOO_LOW|The bound assembly version is lower than requested.
80132001|CLR_E_BIND_ASSEMBLY_PUBLIC_KEY_MISMATCH|The bound assembly has a different public key token.
80132003|CLR_E_BIND_UNRECOGNIZED_IDENTITY_FORMAT|The assembly identity has an unrecognised format.
80132004|CLR_E_BIND_ASSEMBLY_NOT_FOUND|The assembly was not found.
80132005|CLR_E_BIND_TYPE_NOT_FOUND|The type was not found.
`,
};
