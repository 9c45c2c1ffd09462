// TextDecoder/TextEncoder and atob are globals in every runtime we target (Node >= 16, browsers, Electron),
// but they live in the DOM lib, which shared/ must not see. Declare just what the core uses.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function atob(data: string): string;
