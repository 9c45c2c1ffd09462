import { describe, expect, it } from 'vitest';
import { splitPaths } from './paths';

describe('splitPaths', () => {
  it('reads local and UNC paths one a line, dropping Explorer quotes and blanks', () => {
    expect(splitPaths('"C:\\Windows\\CCM\\Logs"\r\n\n  \\\\client\\c$\\Windows\\CCM\\Logs  \n/tmp/x.zip')).toEqual([
      'C:\\Windows\\CCM\\Logs',
      '\\\\client\\c$\\Windows\\CCM\\Logs',
      '/tmp/x.zip',
    ]);
  });
});
