// Configuration Manager client codes (customer bit set, facility 0x7D0/0x7D1: 0x87D0xxxx, 0x87D1xxxx). ConfigMgr
// publishes messages for these, not symbolic names, so the name column is `-`.
// SOURCE: Microsoft Learn "Configuration Manager error code reference" (Error codes); the message text CMTrace's
// error lookup shows. Meanings in our words.
import type { CodeFamily } from './code-family';

export const CONFIGMGR: CodeFamily = {
  id: 'configmgr',
  source: 'Microsoft Learn: Configuration Manager error code reference',
  ranges: [[0x87d00000, 0x87d1ffff]],
  zhGist: [['87D0', 'Configuration Manager 客户端错误'], ['87D1', 'Configuration Manager 客户端错误']],
  lines: `
87D00215|-|ConfigMgr: item not found (often a WMI query that returned nothing).|ConfigMgr:未找到项目(通常是 WMI 查询无结果)。
87D00310|-|ConfigMgr client error raised by the state message system (resync state message).|ConfigMgr 客户端状态消息系统返回的错误(重新同步状态消息)。
87D00324|-|ConfigMgr: the application was not detected after installation completed.|ConfigMgr:安装完成后未检测到应用程序。
87D00607|-|ConfigMgr: content could not be located (no distribution point has it).|ConfigMgr:找不到内容(没有分发点提供该内容)。
87D00664|-|ConfigMgr: the updates handler job was cancelled.|ConfigMgr:更新处理程序作业已取消。
87D00668|-|ConfigMgr: the software update is still detected as needed after installation.|ConfigMgr:安装后软件更新仍被检测为需要。
87D00669|-|ConfigMgr: no content location for the software updates at this time.|ConfigMgr:暂时无法获取软件更新的内容位置。
87D00692|-|ConfigMgr: group policy conflict (a domain policy sets another update server).|ConfigMgr:组策略冲突(域策略设置了另一个更新服务器)。
`,
};
