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
80190194|BG_E_HTTP_ERROR_404|BITS: HTTP 404, the requested URL does not exist on the server.|BITS:HTTP 404,服务器上不存在请求的 URL。
80D03805|DO_E_DOWNLOAD_NO_PROGRESS|Delivery Optimization: the download made no progress.|传递优化:下载没有进展。
`,
};
