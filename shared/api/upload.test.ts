import { describe, expect, it } from 'vitest';
import { cleanUploadName } from './upload';

describe('cleanUploadName', () => {
  it('keeps the last path segment without control characters or surrounding spaces', () => {
    expect(cleanUploadName('C:\\Users\\me\\Logs.zip')).toBe('Logs.zip');
    expect(cleanUploadName('  WUAHandler\u0007.log \t')).toBe('WUAHandler.log');
  });
  it('cuts a name to 255 characters and refuses what is no name', () => {
    expect(cleanUploadName('a'.repeat(300) + '.log')).toHaveLength(255);
    for (const bad of ['', '   ', '..', 'dir/.', '\u0001\u0002']) expect(cleanUploadName(bad)).toBeNull();
  });
});
