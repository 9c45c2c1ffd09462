import { describe, expect, it } from 'vitest';
import { codes } from '../../index/units';
import { TAG_MARK_AT } from '../../index/cmtrace-indexer';
import { cmtraceFormat } from './format';
import { attributeMark, CLOSE, isScriptHint, OPEN, TAG_ATTRIBUTES, TAG_START } from './shape';

describe('the CMTrace shape', () => {
  it('spells the format\'s own sample lines', () => {
    for (const line of cmtraceFormat.samples[0].lines) {
      let at = line.indexOf(CLOSE + TAG_START);
      expect(line.startsWith(OPEN) && at > 0).toBe(true);
      at += CLOSE.length + TAG_START.length;
      for (let k = 0; k < TAG_ATTRIBUTES.length; k++) {
        at = line.indexOf(attributeMark(k), at);
        expect(at, attributeMark(k)).toBeGreaterThan(0);
      }
    }
  });
  it('is what the byte indexer\'s unrolled compares read, in attribute order', () => {
    expect(TAG_MARK_AT).toHaveLength(TAG_ATTRIBUTES.length);
    TAG_MARK_AT.forEach((isMark, k) => {
      const u = codes(`x${attributeMark(k)}x`);
      expect(isMark(u, 1), attributeMark(k)).toBe(true);
      expect(isMark(codes(`x${attributeMark((k + 1) % TAG_ATTRIBUTES.length)}x`), 1)).toBe(false);
    });
  });
  it('takes script files and MDT writers as script hints, not binaries', () => {
    for (const v of ['remediate.ps1', 'Mod.PSM1:12', 'ZTIGather.wsf', 'ZTIGather', 'LiteTouch', 'a.cmd', 'x.bat:3']) expect(isScriptHint(v), v).toBe(true);
    for (const v of ['', 'cwuahandler.cpp:3909', 'ps1', 'script.ps1x', 'instruction.cxx:732', 'TSManager']) expect(isScriptHint(v), v).toBe(false);
  });
});
