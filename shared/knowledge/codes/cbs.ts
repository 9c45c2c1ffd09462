// FACILITY_SETUPAPI (0x800Fxxxx): component-based servicing (CBS_E_* 0x800F08xx/09xx, PSFX_E_* delta hydration
// 0x800F098x), how Windows updates fail to install through TrustedInstaller (CBS.log says more), and the setup
// API's SPAPI_E_* codes driver updates fail with.
// SOURCE: winerror.h names (FACILITY_SETUPAPI) as Microsoft Learn "Windows Update common errors and mitigation"
// and the DISM/CBS troubleshooting articles quote them (0x800F081F, 0x800F0831, 0x800F0922, 0x800F0988 …);
// meanings in our words.
import type { CodeFamily } from './code-family';

export const CBS: CodeFamily = {
  id: 'cbs',
  source: 'winerror.h (FACILITY_SETUPAPI); Microsoft Learn: Windows Update common errors and mitigation',
  ranges: [[0x800f0000, 0x800fffff]],
  zhGist: [['800F', '基于组件的服务(CBS)错误,请查看 CBS.log']],
  defaultSections: [['800F08', 'update.install.cbs'], ['800F09', 'update.install.cbs']],
  lines: `
800F0000|SPAPI_E_EXPECTED_SECTION_NAME|An INF file line was expected to be a section name.
800F0100|SPAPI_E_WRONG_INF_STYLE|The INF file style is wrong for the operation.
800F0101|SPAPI_E_SECTION_NOT_FOUND|A required INF section was not found.
800F0102|SPAPI_E_LINE_NOT_FOUND|A required INF line was not found.
800F0103|SPAPI_E_NO_BACKUP|The files affected by the installation were not backed up.
800F0200|SPAPI_E_NO_ASSOCIATED_CLASS|The INF names no device class.
800F0203|SPAPI_E_NO_DRIVER_SELECTED|No driver was selected for the device.|未为设备选择驱动程序。
800F020A|SPAPI_E_NO_INF|The INF for the driver was not found.
800F0228|SPAPI_E_NO_COMPAT_DRIVERS|No compatible drivers were found for the device.|找不到与该设备兼容的驱动程序。
800F023F|SPAPI_E_NO_AUTHENTICODE_CATALOG|The driver package has no Authenticode catalog.
800F0242|SPAPI_E_AUTHENTICODE_TRUST_NOT_ESTABLISHED|Trust in the driver publisher could not be established.
800F0243|SPAPI_E_AUTHENTICODE_PUBLISHER_NOT_TRUSTED|The driver publisher is not trusted.
800F0247|SPAPI_E_DRIVER_STORE_ADD_FAILED|Adding the driver to the driver store failed.|将驱动程序添加到驱动程序存储失败。
800F0248|SPAPI_E_DEVICE_INSTALL_BLOCKED|Device installation is blocked by policy.|设备安装被策略阻止。
800F0249|SPAPI_E_DRIVER_INSTALL_BLOCKED|Driver installation is blocked by policy.|驱动程序安装被策略阻止。
800F024B|SPAPI_E_FILE_HASH_NOT_IN_CATALOG|A file hash is not in the driver catalog (the package was changed).
800F0800|CBS_E_INTERNAL_ERROR|Internal error in component-based servicing.|基于组件的服务内部错误。
800F0801|CBS_E_NOT_INITIALIZED|The servicing session was not initialised.
800F0802|CBS_E_ALREADY_INITIALIZED|The servicing session was already initialised.
800F0803|CBS_E_INVALID_PARAMETER|Invalid parameter passed to servicing.
800F0804|CBS_E_OPEN_FAILED|The update package could not be opened.|无法打开更新包。
800F0805|CBS_E_INVALID_PACKAGE|The update package is not a valid CBS package.|更新包不是有效的 CBS 包。
800F0806|CBS_E_PENDING|The operation could not complete because a servicing operation is pending (restart first).|有挂起的维护操作,操作无法完成(请先重新启动)。
800F0807|CBS_E_NOT_INSTALLABLE|The package cannot be installed.|无法安装该程序包。
800F0808|CBS_E_IMAGE_NOT_ACCESSIBLE|The image being serviced cannot be accessed.
800F0809|CBS_E_ARRAY_ELEMENT_MISSING|An attempt was made to get a missing array element.
800F080A|CBS_E_REESTABLISH_SESSION|The servicing session must be re-established (CBS was reloaded).
800F080B|CBS_E_PROPERTY_NOT_AVAILABLE|The requested property is not available.
800F080C|CBS_E_UNKNOWN_UPDATE|The named update is not known to the package.
800F080D|CBS_E_MANIFEST_INVALID_ITEM|A manifest item is invalid.|清单项无效。
800F080E|CBS_E_MANIFEST_VALIDATION_DUPLICATE_ATTRIBUTES|A package manifest has duplicate attributes.
800F080F|CBS_E_MANIFEST_VALIDATION_DUPLICATE_ELEMENT|A package manifest has a duplicate element.
800F0810|CBS_E_MANIFEST_VALIDATION_MISSING_REQUIRED_ATTRIBUTES|A package manifest lacks a required attribute.
800F0811|CBS_E_MANIFEST_VALIDATION_MISSING_REQUIRED_ELEMENTS|A package manifest lacks a required element.
800F0812|CBS_E_MANIFEST_VALIDATION_UPDATES_PARENT_MISSING|An update in the manifest has no parent.
800F0813|CBS_E_INVALID_INSTALL_STATE|The package install state is invalid.
800F0814|CBS_E_INVALID_CONFIG_VALUE|A configuration value is invalid.
800F0815|CBS_E_INVALID_CARDINALITY|Invalid cardinality in the package.
800F0816|CBS_E_DPX_JOB_STATE_SAVED|The package extraction job state was saved (not an error on its own).
800F0817|CBS_E_PACKAGE_DELETED|The package was deleted.
800F0818|CBS_E_IDENTITY_MISMATCH|The package identity does not match.
800F0819|CBS_E_DUPLICATE_UPDATENAME|The package has duplicate update names.
800F081A|CBS_E_INVALID_DRIVER_OPERATION_KEY|Invalid driver operation key.
800F081B|CBS_E_UNEXPECTED_PROCESSOR_ARCHITECTURE|The package is for another processor architecture (x86 versus x64).|该程序包适用于其他处理器体系结构(x86 与 x64)。
800F081C|CBS_E_EXCESSIVE_EVALUATION|Applicability evaluation exceeded its limit.
800F081D|CBS_E_CYCLE_EVALUATION|A cycle was detected during applicability evaluation.
800F081E|CBS_E_NOT_APPLICABLE|The package is not applicable to this computer.|该程序包不适用于此计算机。
800F081F|CBS_E_SOURCE_MISSING|The source files for the package or file could not be found (repair source missing).|找不到程序包或文件的源文件(缺少修复源)。
800F0820|CBS_E_CANCEL|The operation was cancelled (often a shutdown during servicing).|操作已取消(通常是维护期间关机)。
800F0821|CBS_E_ABORT|The servicing session was aborted.|会话已中止。
800F0822|CBS_E_ILLEGAL_COMPONENT_UPDATE|The package would update a component in a way that is not allowed.
800F0823|CBS_E_NEW_SERVICING_STACK_REQUIRED|A newer servicing stack is required: install the latest servicing stack update first.|需要更新的维护堆栈:请先安装最新的维护堆栈更新。
800F0824|CBS_E_SOURCE_NOT_IN_LIST|The source is not in the list of sources.
800F0825|CBS_E_CANNOT_UNINSTALL|The package cannot be uninstalled.|无法卸载该程序包。
800F0826|CBS_E_PENDING_VICTIM|The operation failed because another pending operation blocks it (restart first).
800F0827|CBS_E_STACK_SHUTDOWN_REQUIRED|The servicing stack must shut down and restart.
800F0828|CBS_E_INSUFFICIENT_DISK_SPACE|Not enough disk space for the servicing operation.|磁盘空间不足,无法执行维护操作。
800F0829|CBS_E_AC_POWER_REQUIRED|The operation needs AC power.
800F082A|CBS_E_STACK_UPDATE_FAILED_REBOOT_REQUIRED|The servicing stack update failed; a restart is required.
800F082C|CBS_E_DEPENDENT_FAILURE|A dependent operation failed.
800F082D|CBS_E_PAC_INITIAL_FAILURE|Package applicability checking failed to start.
800F082E|CBS_E_NOT_ALLOWED_OFFLINE|The operation is not allowed on an offline image.
800F082F|CBS_E_EXCLUSIVE_WOULD_MERGE|An exclusive package would be merged with others.
800F0830|CBS_E_IMAGE_UNSERVICEABLE|The image can no longer be serviced (too much damage or pending state).|映像已无法维护(损坏过多或处于挂起状态)。
800F0831|CBS_E_STORE_CORRUPTION|The component store is corrupt (a required package is missing).|组件存储已损坏(缺少所需的程序包)。
800F0832|CBS_E_STORE_TOO_MUCH_CORRUPTION|The component store has too much corruption to repair.|组件存储损坏过多,无法修复。
800F0834|CBS_E_CANNOT_USE_PNP_DRIVER_ON_DECONSTRUCTED_DRIVER_IMAGE|A PnP driver cannot be used on a deconstructed driver image.
800F0835|CBS_E_STACK_SHUTTING_DOWN|The servicing stack is shutting down.
800F0837|CBS_E_POSTPONED_INSTALL_CONSIDERED|A postponed installation was considered.
800F0838|CBS_E_RESERVICING_REQUIRED_BASELINE|Re-servicing against the baseline is required.
800F0839|CBS_E_RPT_CRASHED|The servicing worker process crashed.
800F0840|CBS_E_SESSION_CORRUPT|The servicing session is corrupt.|维护会话已损坏。
800F0841|CBS_E_SESSION_INTERRUPTED|The servicing session was interrupted (often a restart during servicing).|维护会话被中断(通常是维护期间重新启动)。
800F0842|CBS_E_SESSION_FINALIZED|The servicing session is already finalised.
800F0843|CBS_E_SESSION_READONLY|The servicing session is read-only.
800F0846|CBS_E_NOT_SUPPORTED_ON_IMAGE_TYPE|The operation is not supported on this image type.
800F084F|CBS_E_RESOLVE_FAILED|Resolving the package failed.
800F0900|CBS_E_XML_PARSER_FAILURE|A package XML file could not be parsed.|无法解析程序包 XML 文件。
800F0901|CBS_E_MANIFEST_VALIDATION_MULTIPLE_UPDATE_COMPONENT_ON_SAME_FAMILY_NOT_ALLOWED|The manifest updates more than one component of the same family.
800F0902|CBS_E_BUSY|The servicing stack is busy with another operation.|维护堆栈正忙于其他操作。
800F0904|CBS_E_MORE_THAN_ONE_ACTIVE_EDITION|More than one active edition was found.
800F0905|CBS_E_NO_ACTIVE_EDITION|No active edition was found.
800F0906|CBS_E_DOWNLOAD_FAILURE|Source files could not be downloaded (Windows Update or WSUS could not supply them).|无法下载源文件(Windows 更新或 WSUS 无法提供)。
800F0907|CBS_E_GROUPPOLICY_DISALLOWED|Group policy does not allow downloading the source (set "Specify settings for optional component installation and component repair").|组策略不允许下载源文件(请配置"指定可选组件安装和组件修复的设置")。
800F0908|CBS_E_METERED_NETWORK|The download was not started on a metered network.
800F0909|CBS_E_PUBLIC_OBJECT_LEAK|A servicing public object leaked.
800F090B|CBS_E_REPAIR_PACKAGE_CORRUPT|The repair package is corrupt.
800F090C|CBS_E_COMPONENT_NOT_INSTALLED_BY_CBS|The component was not installed by CBS.
800F090D|CBS_E_MISSING_PACKAGE_MAPPING_INDEX|The package mapping index is missing.
800F090E|CBS_E_EMPTY_PACKAGE_MAPPING_INDEX|The package mapping index is empty.
800F090F|CBS_E_WINDOWS_UPDATE_SEARCH_FAILURE|The Windows Update search for the repair source failed.|在 Windows 更新中搜索修复源失败。
800F0910|CBS_E_WINDOWS_AUTOMATIC_UPDATE_SETTING_DISALLOWED|Automatic Updates settings do not allow downloading the source.
800F0911|CBS_E_SOURCE_MODIFIED|The source was modified.
800F0912|CBS_E_ONDEMAND_LOCALSOURCE_NOT_FOUND|The local source for the on-demand package was not found.
800F0914|CBS_E_WINRE_NOT_ENABLED|Windows RE is not enabled.
800F0915|CBS_E_REPAIR_CONTENT_MISSING|Repair content is missing.
800F0916|CBS_E_PAYLOAD_FILE_MISSING|A payload file is missing.
800F0920|CBS_E_HANG_DETECTED|A hang was detected during servicing.
800F0921|CBS_E_PRIMITIVES_FAILED|Processing the servicing primitives failed.|处理维护基元失败。
800F0922|CBS_E_INSTALLERS_FAILED|Processing advanced installers and generic commands failed (often the System Reserved partition is full, or a service is disabled).|处理高级安装程序和通用命令失败(通常是系统保留分区已满,或某服务被禁用)。
800F0923|CBS_E_SAFEMODE_ENTERED|Safe mode was entered during servicing.
800F0924|CBS_E_SESSIONS_LEAKED|Servicing sessions leaked.
800F0925|CBS_E_INVALID_EXECUTESTATE|Invalid execution state.
800F0926|CBS_E_CANNOT_REMOVE_CONTAINER_DEPENDENCY|A container dependency cannot be removed.
800F0927|CBS_E_ONDEMAND_RESERVICING_REQUIRED|On-demand re-servicing is required.
800F0928|CBS_E_ONLINE_ACTIONS_POSTPONED|Online actions were postponed.
800F0930|CBS_E_UNO_PACKAGE_CAB_MISSING|The package cab is missing.
800F0982|PSFX_E_MATCHING_COMPONENT_NOT_FOUND|No matching component was found to build a file from its delta (component store corruption).|找不到用于根据增量生成文件的匹配组件(组件存储损坏)。
800F0983|PSFX_E_MATCHING_COMPONENT_DIRECTORY_MISSING|The matching component directory is missing.
800F0984|PSFX_E_MATCHING_BINARY_MISSING|The matching binary for the delta is missing.
800F0985|PSFX_E_APPLY_REVERSE_DELTA_FAILED|Applying a reverse delta failed.
800F0986|PSFX_E_APPLY_FORWARD_DELTA_FAILED|Applying a forward delta failed.
800F0987|PSFX_E_NULL_DELTA_HYDRATION_FAILED|Hydrating a file from a null delta failed.
800F0988|PSFX_E_INVALID_DELTA_COMBINATION|Invalid delta combination (clean up the component store).|增量组合无效(请清理组件存储)。
800F0989|PSFX_E_REVERSE_DELTA_MISSING|A reverse delta is missing.
800F0990|PSFX_E_UNSUPPORTED_COMPRESSION_SWITCH|Unsupported compression switch.
800F0991|PSFX_E_MISSING_PAYLOAD_FILE|A payload file is missing.
800F0992|PSFX_E_PARTIAL_HYDRATION|Only part of the file could be hydrated.
800F0993|PSFX_E_REBASE_HYDRATION_CANDIDATES_MISSING|The candidates to rebase from are missing.
800F0994|PSFX_E_REBASE_HASH_ALG_NOT_SUPPORTED|The rebase hash algorithm is not supported.
800F0995|PSFX_E_REBASE_MISSING_BASE_FILE|The base file for the rebase is missing.
`,
};
