// Configuration Manager client codes (customer bit set, facility 0x7D0/0x7D1: 0x87D0xxxx, 0x87D1xxxx): messaging
// and CI agent 0x87D002xx, applications 0x87D003xx/004xx, software updates 0x87D006xx/007xx, content transfer
// 0x87D008xx, software distribution and App-V 0x87D01xxx, device management (SyncML statuses) 0x87D1xxxx.
// ConfigMgr publishes message texts for these, not symbolic names, so the name column is `-`.
// SOURCE: the message texts CMTrace's and OneTrace's error lookup show (ConfigMgr's own resource strings), as
// collected in Scott McAllister's "ConfigMgr and Intune error codes" list (2023); meanings shortened in our words.
import type { CodeFamily } from './code-family';

export const CONFIGMGR: CodeFamily = {
  id: 'configmgr',
  source: "CMTrace/OneTrace error lookup messages, as listed in 'ConfigMgr and Intune error codes' (S. McAllister, 2023)",
  ranges: [[0x87d00000, 0x87d1ffff]],
  zhGist: [['87D0', 'Configuration Manager 客户端错误'], ['87D1', 'Configuration Manager 客户端错误']],
  lines: `
87D00200|-|Name not found.
87D00201|-|Incorrect name format.
87D00202|-|The service is shutting down.|服务正在关闭。
87D00203|-|No data supplied.
87D00204|-|Data too large.
87D00205|-|Invalid path.
87D00206|-|Invalid file.
87D00207|-|Parsing error.
87D00208|-|Invalid command.
87D00209|-|Data type mismatch.
87D00210|-|Invalid translator.
87D00211|-|Invalid address.
87D00212|-|The context is closed.
87D00213|-|A timeout occurred.|发生超时。
87D00214|-|Invalid name length.
87D00215|-|Item not found (often a WMI query or policy that returned nothing).|未找到项目(通常是 WMI 查询或策略无结果)。
87D00216|-|Invalid service parameter.
87D00217|-|Data is corrupt.|数据已损坏。
87D00218|-|Invalid service settings.
87D00219|-|Global service not set.
87D00220|-|Invalid type.
87D00221|-|Invalid user.
87D00222|-|The operation was cancelled.
87D00223|-|Version mismatch.
87D00224|-|Invalid message.
87D00225|-|Invalid address type.
87D00226|-|Invalid protocol.
87D00227|-|The functionality is disabled.
87D00228|-|Invalid endpoint.
87D00229|-|Failed to get credentials.
87D00230|-|Logon with the given credentials failed.
87D00231|-|Transient error; the operation may succeed on retry.
87D00232|-|The message is not signed.
87D00233|-|The message is not trusted.
87D00234|-|An internal endpoint cannot receive a remote message.
87D00235|-|Syntax error while parsing.
87D00236|-|Low memory.
87D00237|-|Incompatible reply mode.
87D00238|-|Public key not found.
87D00239|-|Client ID not found.
87D00240|-|Insufficient disk space.|磁盘空间不足。
87D00241|-|Failed to connect to the database.
87D00242|-|A stored procedure failed.
87D00243|-|Public key mismatch.
87D00244|-|The object or subsystem has not been initialised.
87D00245|-|The object or subsystem has already been initialised.
87D00246|-|Error evaluating the health of the client.
87D00247|-|A component needed for the operation is missing or not registered.
87D00248|-|Network communication error.|网络通信错误。
87D00249|-|The property is not valid for this configuration item type.
87D0024A|-|The job is already connected.
87D0024B|-|The name already exists.
87D0024C|-|Invalid XML schema document.
87D0025D|-|An XML document failed validation against its schema.
87D0025E|-|A message was not trusted enough to forward to an endpoint.
87D0025F|-|The client disconnected.
87D00260|-|The job state does not allow the requested action.
87D00261|-|Failed to persist the configuration item definition.
87D00262|-|Unknown type of DTS message received.
87D00263|-|Invalid message received from DTS.
87D00264|-|Invalid operation.
87D00265|-|Invalid store state.
87D00266|-|Inconsistent data.
87D00267|-|Download failed.|下载失败。
87D00268|-|Compilation failed.
87D00269|-|The required management point was not found.|找不到所需的管理点。
87D0026A|-|Key type not found.
87D0026B|-|Agent type not found.
87D0026C|-|Status not found.
87D0026D|-|Pause duration too small.
87D0026E|-|Pause duration too big.
87D0026F|-|The pause cookie did not match.
87D00270|-|The component is not paused.
87D00271|-|The component is paused.
87D00272|-|The component is disabled.
87D00273|-|The component has already been asked to pause.
87D00274|-|No callback completion interface was specified.
87D00275|-|Failed to acquire the lock.
87D00276|-|A system restart is required.|需要重新启动系统。
87D00277|-|Insufficient resources to complete the operation.
87D00278|-|General configuration item download failure.
87D00279|-|Configuration item download timed out.
87D0027A|-|Configuration item download failed: hash mismatch.
87D0027B|-|General CI documents download failure.
87D0027C|-|CI documents download timed out.
87D0027D|-|CI documents download failed: hash mismatch.
87D0027E|-|Bad HTTP status code.
87D0027F|-|The system health agent could not bind (the NAP agent may not be running).
87D00280|-|The certificate store is empty.
87D00281|-|No certificate matches the criteria specified.
87D00282|-|More than one certificate matched and "select first certificate" is not set.
87D00283|-|Missing private key.
87D00284|-|Missing subject name.
87D00285|-|The search criteria verb is missing or invalid.
87D00286|-|Invalid SMS authority.
87D00287|-|The signing certificate is missing.
87D00288|-|Failed to decompress the configuration item.
87D00289|-|Failed to decompress CI documents.
87D00290|-|The job contains no items.
87D00291|-|No task sequence policies are assigned.
87D00292|-|The client could not compute the message signature for in-band authentication.
87D00293|-|The client could not refresh the site server signing certificate.
87D00294|-|Unable to verify the policy.
87D00295|-|The registration certificate is missing or invalid.
87D00296|-|The client failed to process one or more CI documents.
87D00297|-|Invalid key.
87D00298|-|The client database record could not be validated.
87D00299|-|The client does not recognise this type of signature.
87D00310|-|Client error raised by the state message system (resync state message).|客户端状态消息系统返回的错误(重新同步状态消息)。
87D00314|-|CI version info timed out.
87D00315|-|The CI version info data is not available.
87D00316|-|The CI agent job was cancelled.
87D0031D|-|Unsupported configuration: the application targets a user but is set to install when no user is logged on.
87D0031E|-|Unsupported configuration: the application installs for a user but was targeted to a device.
87D0031F|-|The discovery script returned invalid data.
87D00320|-|The script host is not installed yet.
87D00321|-|The script execution timed out.|脚本执行超时。
87D00322|-|Rule conflict.
87D00323|-|No user is logged on.
87D00324|-|The application was not detected after the installation completed (check the detection method).|安装完成后未检测到应用程序(请检查检测方法)。
87D00325|-|The application was still detected after the uninstall completed.|卸载完成后仍检测到应用程序。
87D00326|-|The application deployment metadata was not found in WMI.
87D00327|-|The script is not signed (PowerShell execution policy).
87D00328|-|The configuration item digest was not found.
87D00329|-|Application requirement evaluation or detection failed.
87D0032A|-|The uninstall command line is invalid.
87D00330|-|This deployment type does not support a required deployment.
87D00400|-|Unexpected error while evaluating the detection rules.
87D00401|-|Incorrect XML expression in the detection rules.
87D00402|-|The detection rules contain an invalid operator.
87D00403|-|The detection rules contain an unsupported data type.
87D00420|-|The detection rules refer to an unsupported WMI namespace.
87D00440|-|Expected policy documents are incomplete or missing.
87D00441|-|The deployment metadata is not available on the client.
87D00442|-|An install or uninstall was attempted for a simulated deployment.
87D00600|-|The scan tool policy was not found (software updates may be disabled in client settings).|找不到扫描工具策略(客户端设置中可能未启用软件更新)。
87D00601|-|Scanning for updates timed out.|扫描更新超时。
87D00602|-|The content location request timed out.|内容位置请求超时。
87D00603|-|The scan tool policy was removed, so the scan cannot complete.|扫描工具策略已被删除,扫描无法完成。
87D00604|-|The scan tool was not found in the job queue.
87D00605|-|The scan tool has been removed.
87D00606|-|Offline scan tool history not found.
87D00607|-|Content not found: no distribution point has the content.|找不到内容:没有分发点提供该内容。
87D00608|-|Invalid instance type.
87D00626|-|Invalid process instance information.
87D00627|-|Process instance not found.
87D00628|-|Invalid content location.
87D00629|-|A rescan of the updates is pending.|更新的重新扫描正在挂起。
87D00630|-|The maximum number of retries is exhausted.|已用完最大重试次数。
87D00631|-|A scan retry is pending.|扫描重试正在挂起。
87D00632|-|The online scan is pending.|联机扫描正在挂起。
87D00633|-|The offline scan is pending.
87D00634|-|The legacy scanner is not supported.
87D00650|-|The pre-install scan failed.|安装前扫描失败。
87D00651|-|The post-install scan failed.|安装后扫描失败。
87D00652|-|The software update policy was not found.|找不到软件更新策略。
87D00653|-|A software update download failure occurred.|软件更新下载失败。
87D00654|-|A software update install failure occurred.|软件更新安装失败。
87D00655|-|One or more software updates failed to install.|一个或多个软件更新安装失败。
87D00656|-|The updates handler could not continue because of an internal error.|更新处理程序因内部错误无法继续。
87D00657|-|Error detecting software update status after a successful scan.|扫描成功后检测软件更新状态时出错。
87D00658|-|Software updates processing was cancelled.|软件更新处理已取消。
87D00659|-|Error reading the policy for a software update.|读取软件更新策略时出错。
87D00660|-|Unable to monitor a software update's execution.|无法监视软件更新的执行。
87D00661|-|Error detecting update status after a successful installation.|安装成功后检测更新状态时出错。
87D00662|-|Failed to trigger the installation of software updates.|无法触发软件更新的安装。
87D00663|-|Failed to report the installation status of software updates.|无法报告软件更新的安装状态。
87D00664|-|The updates handler job was cancelled.|更新处理程序作业已取消。
87D00665|-|No updates to process in the job.|作业中没有要处理的更新。
87D00666|-|Software updates cannot be installed outside the maintenance window.|不能在维护时段之外安装软件更新。
87D00667|-|No current or future maintenance window exists to install software updates.|没有当前或将来的维护时段可用于安装软件更新。
87D00668|-|The software update is still detected as needed after installation.|安装后软件更新仍被检测为需要。
87D00669|-|No content location for the software updates at this time.|暂时无法获取软件更新的内容位置。
87D0066A|-|None of the child updates of a bundle are applicable.|捆绑包中的子更新均不适用。
87D00671|-|Waiting for a third-party orchestration engine to start the installation.
87D00690|-|The software update is not applicable.|该软件更新不适用。
87D00691|-|The software update source was not found.|找不到软件更新源。
87D00692|-|Group policy conflict: a domain policy sets another update server.|组策略冲突:域策略设置了另一个更新服务器。
87D00693|-|The Windows Update Agent version is too low.|Windows 更新代理版本过低。
87D00694|-|The WSUS source already exists.
87D00695|-|Incomplete scan results.|扫描结果不完整。
87D00696|-|The software update is already installed.|该软件更新已安装。
87D00697|-|The software update is installed but needs a restart to complete.|该软件更新已安装,但需要重新启动才能完成。
87D00698|-|The software update being attempted is not actionable.
87D00699|-|A scan is already in progress.|扫描已在进行中。
87D00700|-|Software updates installation is not allowed at this time.|此时不允许安装软件更新。
87D00701|-|Software updates download is not allowed at this time.|此时不允许下载软件更新。
87D00702|-|The assignment policy was not found.|找不到分配策略。
87D00703|-|Another software updates install job is in progress; only one is allowed at a time.|另一个软件更新安装作业正在进行;一次只允许一个。
87D00704|-|A hard reboot is pending.|硬重启正在挂起。
87D00705|-|A pause state is required.
87D00706|-|No active job exists.
87D00707|-|Job ID mismatch.
87D00708|-|Software updates install is not required.
87D00709|-|Failed to resume monitoring of the process.
87D0070A|-|Invalid command line.
87D0070B|-|Failed to create a process.
87D0070C|-|Software update execution timed out.|软件更新执行超时。
87D0070D|-|The software update failed when attempted.|尝试安装时软件更新失败。
87D0070E|-|An empty command line was specified.
87D0070F|-|Invalid updates installer path.
87D00710|-|Failed to compare the process creation time.
87D00711|-|The software updates deployment is not active yet (its start time is in the future).|软件更新部署尚未生效(开始时间在将来)。
87D00712|-|A system restart is required to complete the installation.|需要重新启动系统才能完成安装。
87D00713|-|Software updates detection results have not been received yet.|尚未收到软件更新检测结果。
87D00714|-|User-based install is not allowed while a system restart is pending.
87D00715|-|No updates were specified in the requested job.
87D00800|-|The content transfer manager job is in an unexpected state.|内容传输管理器作业处于意外状态。
87D00801|-|General multicast (MCS) failure.
87D00802|-|Multicast protocol version mismatch.
87D00803|-|Error opening the multicast session.
87D00804|-|Error performing the multicast health check.
87D00805|-|Multicast encryption is empty.
87D00806|-|The multicast server is busy with many clients.
87D00807|-|An invalid path was specified for the package.
87D00808|-|The package is not multicast shared.
87D00809|-|The package is not multicast enabled.
87D0080A|-|Invalid multicast configuration.
87D0080B|-|The multicast server encountered a WDS error.
87D0080C|-|No WDS session is available.
87D01001|-|Another software execution is in progress, or a restart is pending.|另一个软件执行正在进行,或重新启动正在挂起。
87D01002|-|Another execution of this program is already pending.
87D01004|-|The program is disabled.
87D01005|-|The policy for this program does not exist or is invalid.
87D01006|-|The requested program is not pending.
87D01008|-|Failed to mark the client cache as in use.
87D01009|-|Failed to get data from WMI.
87D01010|-|A restart is in progress, or a pending execution of this program requires a restart.
87D01011|-|The execution request was not found.
87D01012|-|No program is running.
87D01013|-|The program depends on another program that has not run successfully.
87D01014|-|The program cannot run: it targets a user, needs user input or runs in user context.
87D01015|-|Failed to notify the caller that software distribution is paused (state or cookie mismatch).
87D01017|-|The content hash in the policy is empty or wrong, or hash verification failed.|策略中的内容哈希为空或错误,或哈希验证失败。
87D01018|-|The program cannot run now because the client is on the internet.
87D01100|-|A non-fatal error occurred running the program; it is retried if retries remain.
87D01101|-|A fatal error occurred running the program; it is not retried.
87D01102|-|An error occurred creating the execution context.
87D01103|-|A non-fatal error occurred preparing to run the program; it is retried if retries remain.
87D01104|-|The program command line is invalid.
87D01105|-|Could not get process information for the launched program; it is not monitored.
87D01106|-|Failed to verify the executable or to build its command line.
87D01107|-|None of the program locations could be accessed; it may retry.
87D01108|-|None of the program locations could be accessed; it will not retry.
87D01109|-|Failed to verify that the file is a valid installation package.
87D0110A|-|A fatal error occurred preparing to run the program; it is not retried.
87D01200|-|No content request was found with the given handle.
87D01201|-|Not enough free space in the client cache, or the disk is full.|客户端缓存可用空间不足,或磁盘已满。
87D01202|-|The client cache is smaller than the requested content.|客户端缓存小于所请求内容的大小。
87D01203|-|The client cache is in use by a running program or a download.
87D01204|-|No distribution points were found for the requested content.|找不到提供所请求内容的分发点。
87D01210|-|Failed to get content locations.|无法获取内容位置。
87D01250|-|A restart cannot be started because a software installation job is in progress.
87D01251|-|The deployment type handler could not be initialised (the type may be unsupported here).
87D01280|-|The virtual application is in use.
87D01281|-|A supported App-V client is not installed.
87D01285|-|A dependent App-V package is not installed.
87D01286|-|A higher version of the App-V package is already installed by another deployment type.
87D0128A|-|The App-V client reported a launch error.
87D0128B|-|The App-V application is not installed.
87D0128C|-|No streaming distribution point was found for the App-V package.
87D0128E|-|The App-V deployment type cannot be uninstalled: other deployment types still publish its components.
87D0128F|-|The App-V time command failed.
87D01290|-|Error querying the App-V WMI provider.
87D01291|-|The virtual environment is not applicable.
87D01292|-|The virtual application is in use.
87D02002|-|The software distribution policy for this program was not found.
87D02004|-|The software distribution policy was not found.
87D10065|-|SyncML: the command is being carried out but has not completed.
87D1012C|-|SyncML: the target is one of several alternatives.
87D1012D|-|SyncML: the target has a new URI.
87D1012E|-|SyncML: the target has temporarily moved to another URI.
87D1012F|-|SyncML: the target can be found at another URI.
87D10130|-|SyncML: the command was not executed on the target.
87D10131|-|SyncML: the target must be accessed through the specified proxy URI.
87D10190|-|SyncML: the command has malformed syntax.
87D10191|-|SyncML: the requester must authenticate.
87D10192|-|SyncML: payment is required.
87D10193|-|SyncML: the command was understood but refused.
87D10194|-|SyncML: the target was not found.
87D10195|-|SyncML: the command is not allowed on the target.
87D10196|-|SyncML: an optional feature of the request is not supported.
87D10197|-|SyncML: the originator must authenticate.
87D10198|-|SyncML: an expected message was not received in time.
87D10199|-|SyncML: update conflict between client and server versions of the data.
87D1019A|-|SyncML: the target is gone and no forwarding URI is known.
87D1019B|-|SyncML: the command needs size information in its Meta element.
87D1019C|-|SyncML: the command was incomplete or malformed.
87D1019D|-|SyncML: the item is larger than the recipient accepts.
87D1019E|-|SyncML: the target URI is too long.
87D1019F|-|SyncML: unsupported media type or format.
87D101A0|-|SyncML: the byte size in the request is too big.
87D101A1|-|SyncML: the request failed for now; retry later.
87D101A2|-|SyncML: Put or Add failed because the target already exists.
87D101A3|-|SyncML: a conflict was resolved in the server's favour.
87D101A4|-|SyncML: the recipient has no storage left for the remaining data.
87D101A5|-|SyncML: the search grammar is not known.
87D101A6|-|SyncML: the CGI scripting in the LocURI is malformed.
87D101A7|-|SyncML: the soft-deleted item was already hard-deleted on the server.
87D101A8|-|SyncML: the chunked object size does not match the declared size.
87D101A9|-|SyncML: the sender lacks access permissions (ACL) on the recipient.
87D101AA|-|SyncML: partial item not accepted.
87D101AB|-|SyncML: a parent with children cannot be deleted.
87D101AC|-|SyncML: move failed.
87D101F4|-|SyncML: the recipient hit an unexpected condition.
87D101F5|-|SyncML: the recipient does not support the command.
87D101F6|-|SyncML: a gateway or proxy got an invalid response upstream.
87D101F7|-|SyncML: the recipient is temporarily overloaded or in maintenance.
87D101F8|-|SyncML: a gateway or proxy timed out waiting upstream.
87D101F9|-|SyncML: the SyncML DTD version is not supported.
87D101FA|-|SyncML: an application error occurred processing the request.
87D101FB|-|SyncML: an error failed every command in an Atomic element.
87D101FC|-|SyncML: the synchronisation state must be refreshed.
87D101FE|-|SyncML: a failure in the recipient data store.
87D101FF|-|SyncML: a severe server error occurred.
87D10200|-|SyncML: an application error occurred during the session.
87D10201|-|SyncML: the SyncML protocol version is not supported.
87D10202|-|SyncML: the operation was cancelled before the command was processed.
87D10204|-|SyncML: the Atomic element failed and this command was not rolled back.
87D10205|-|SyncML: the response to an Atomic command was too large for one message.
87D103E8|-|Unknown error (device management).
`,
};
