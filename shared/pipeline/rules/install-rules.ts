// Rules for one specific update (update.*): the installers (CBS, Windows Installer), supersedence, detection.
import { loc } from '../../knowledge/localized';
import { codesOn, inTimeOrder, onLines, onLinesWithCode, pickCode, type Rule } from './rule';
import { linesOf, RULE_PATTERNS } from './patterns';

export const INSTALL_RULES: readonly Rule[] = [
  {
    id: 'install-cbs',
    section: 'update.install.cbs',
    severity: 'error',
    priority: 10,
    title: loc('Component-based servicing failed ({code})', '基于组件的服务失败({code})'),
    explanation: loc(
      'CBS (which installs Windows updates on Vista and later) logged failures: {meaning} Corruption of the component store is the usual cause.',
      'CBS(在 Vista 及更高版本上安装 Windows 更新)记录了失败:{meaningZh} 通常是组件存储损坏所致。',
    ),
    detect(ctx) {
      const failed = RULE_PATTERNS.cbsFailure.re;
      const lines = ctx.window.ofKind(['cbs', 'dism']).filter((e) => e.entry.severity === 'error' || failed.test(e.entry.text));
      if (!lines.length) return null;
      const inLines = codesOn(ctx, lines);
      const f = pickCode(inLines, (v) => v >>> 16 === 0x800f) ?? pickCode(inLines, () => true);
      return f ?? { evidence: lines.slice(0, 4) };
    },
    nextSteps: () => [
      loc('Repair the component store: DISM /Online /Cleanup-Image /RestoreHealth (add /Source:WIM:X:\\sources\\install.wim:1 /LimitAccess when the source is missing, 0x800F081F), then sfc /scannow.', '修复组件存储:DISM /Online /Cleanup-Image /RestoreHealth(源文件缺失 0x800F081F 时加上 /Source:WIM:X:\\sources\\install.wim:1 /LimitAccess),然后运行 sfc /scannow。'),
      loc('On Windows 7 / Server 2008 R2 run the System Update Readiness tool (KB947821) and read %windir%\\Logs\\CBS\\CheckSUR.log.', '在 Windows 7 / Server 2008 R2 上运行系统更新准备工具(KB947821),并查看 %windir%\\Logs\\CBS\\CheckSUR.log。'),
      loc('Install the update by hand as SYSTEM (psexec -s wusa.exe <file>.msu /quiet /norestart); if it works as a logged-on user but not as SYSTEM, troubleshoot the SYSTEM context.', '以 SYSTEM 身份手动安装该更新(psexec -s wusa.exe <文件>.msu /quiet /norestart);如果以登录用户身份可以成功而 SYSTEM 不行,请排查 SYSTEM 上下文。'),
    ],
  },
  {
    id: 'install-msi',
    section: 'update.install.msi',
    severity: 'error',
    priority: 10,
    title: loc('Windows Installer failed (Return value 3)', 'Windows Installer 失败(Return value 3)'),
    explanation: loc('The installer log shows an action that returned 3 (failure). The cause is in the lines just above it.', '安装程序日志显示某个操作返回 3(失败)。原因在其上方的几行中。'),
    detect(ctx) {
      const msi = ctx.window.ofKind(['msi']);
      const i = msi.findIndex((e) => RULE_PATTERNS.msiReturn3.re.test(e.entry.text));
      if (i < 0) return null;
      const before = msi.slice(Math.max(0, i - 12), i).filter((e) => RULE_PATTERNS.msiCause.re.test(e.entry.text)).slice(-3);
      const code = ctx.codes.find((c) => before.includes(c.at))?.value ?? 0x80070643;
      return { evidence: inTimeOrder(before, [msi[i]]), code };
    },
    nextSteps: () => [
      loc('Read the lines just above "Return value 3": the failing custom action or the "Error NNNN" message names the cause.', '阅读 "Return value 3" 上方的几行:失败的自定义操作或 "Error NNNN" 消息说明了原因。'),
      loc('Reproduce with verbose logging (KB223300): msiexec /i <package>.msi /l*v %TEMP%\\update.log with the deployment\'s switches.', '启用详细日志记录(KB223300)重现:使用部署的开关运行 msiexec /i <包>.msi /l*v %TEMP%\\update.log。'),
      loc('Install by hand as SYSTEM with the same switches (psexec -s); if it works for a logged-on user but not as SYSTEM, focus on the SYSTEM context. Check the update\'s KB article for known issues.', '使用相同开关以 SYSTEM 身份手动安装(psexec -s);如果登录用户可以而 SYSTEM 不行,重点排查 SYSTEM 上下文。查看该更新的知识库文章中的已知问题。'),
    ],
  },
  {
    id: 'update-superseded',
    section: 'update.supersedence',
    severity: 'warning',
    priority: 20,
    title: loc('The deployed update is superseded or expired', '部署的更新已被取代或已过期'),
    explanation: loc('The client skipped or could not act on an update because it is superseded or expired.', '由于更新已被取代或已过期,客户端跳过了该更新或无法对其执行操作。'),
    detect: (ctx) => onLines(linesOf(ctx, 'updateSuperseded')),
    nextSteps: () => [
      loc('Deploy the newest superseding update instead; check the supersedence rules of the software update point (when superseded updates expire).', '改为部署最新的取代更新;检查软件更新点的取代规则(被取代的更新何时过期)。'),
      loc('An expired update you still need can only be deployed outside software update deployments (package/application).', '仍需要的已过期更新只能在软件更新部署之外部署(程序包/应用程序)。'),
    ],
  },
  {
    id: 'update-detection',
    section: 'update.detection',
    severity: 'error',
    priority: 15,
    title: loc('The client cannot match the deployed update ({code})', '客户端无法匹配部署的更新({code})'),
    explanation: loc(
      'The deployment targets an update the client\'s scan results do not hold, or one still detected as needed after installing: {meaning}',
      '部署的目标更新不在客户端的扫描结果中,或安装后仍被检测为需要:{meaningZh}',
    ),
    detect: (ctx) => onLinesWithCode(ctx, linesOf(ctx, 'updateNotTargeted')),
    nextSteps: () => [
      loc('Run a Software Update Scan Cycle on the client, then read UpdatesStore.log and WindowsUpdate.log for the update id.', '在客户端上运行软件更新扫描周期,然后在 UpdatesStore.log 和 WindowsUpdate.log 中查找该更新 ID。'),
      loc('Check the update\'s KB article for prerequisites (service pack level) and that the deployed update id matches the client (x86 vs x64).', '检查该更新知识库文章中的先决条件(服务包级别),并确认部署的更新 ID 与客户端匹配(x86 与 x64)。'),
    ],
  },
  {
    id: 'update-install-failed',
    section: 'update',
    severity: 'error',
    priority: 30,
    title: loc('A software update failed to install ({code})', '软件更新安装失败({code})'),
    explanation: loc('The client logged a failure installing an update: {meaning}', '客户端记录了更新安装失败:{meaningZh}'),
    detect: (ctx) => onLinesWithCode(ctx, linesOf(ctx, 'updateInstallError').filter((e) => e.entry.severity === 'error')),
    nextSteps: () => [
      loc('Find out which installer the update uses (CBS for Windows updates, Windows Installer for others) and read its log: %windir%\\Logs\\CBS\\CBS.log or the MSI log.', '确定该更新使用哪种安装程序(Windows 更新用 CBS,其他用 Windows Installer),并查看其日志:%windir%\\Logs\\CBS\\CBS.log 或 MSI 日志。'),
    ],
  },
];
