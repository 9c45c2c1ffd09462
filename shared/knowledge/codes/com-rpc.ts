// Generic COM and RPC HRESULTs (FACILITY_NULL, FACILITY_RPC, FACILITY_ITF: E_*, CO_E_*, RPC_E_*, REGDB_E_*) and
// WMI's WBEM_E_* (0x80041xxx), which ConfigMgr's client reads everything through.
// SOURCE: winerror.h names as documented in Microsoft Learn "COM Error Codes" (Generic, RPC, ITF);
// wbemcli.h names as documented in "WMI Error Constants". Meanings in our words.
import type { CodeFamily } from './code-family';

export const COM_RPC: CodeFamily = {
  id: 'com-rpc',
  source: 'Microsoft Learn: COM Error Codes (Generic, RPC, ITF); WMI Error Constants',
  ranges: [[0x80000000, 0x8000ffff], [0x80010000, 0x8001ffff], [0x80040000, 0x8004ffff]],
  zhGist: [['8000', 'COM 常规错误'], ['8001', 'RPC/COM 调用错误'], ['8004', 'COM 接口错误'], ['80041', 'WMI 错误']],
  lines: `
80004001|E_NOTIMPL|Not implemented.|未实现。
80004002|E_NOINTERFACE|No such interface supported.|不支持此接口。
80004004|E_ABORT|Operation aborted.|操作已中止。
80004005|E_FAIL|Unspecified error.|未指定的错误。
8000FFFF|E_UNEXPECTED|Catastrophic (unexpected) failure.|灾难性(意外)故障。
80040154|REGDB_E_CLASSNOTREG|Class not registered (a COM component is not registered).|类未注册(COM 组件未注册)。
8004100E|WBEM_E_INVALID_NAMESPACE|WMI: invalid namespace.|WMI:命名空间无效。
80041010|WBEM_E_INVALID_CLASS|WMI: invalid class.|WMI:类无效。
`,
};
