import { describe, expect, it } from 'vitest';
import { DROPPED_PREFIX } from '../../../shared/api/upload';
import type { LogSetRef } from '../../../shared/api/contract';
import { setFor } from './log-sets';

describe('set names', () => {
  it('names a set by its last segment, whatever the slashes, and a zip inside a zip by the inner zip', () => {
    // each set stays open (its logs hold it), so a second 'Logs' is told apart
    const open: LogSetRef[] = [];
    const refFor = (path: string): LogSetRef => {
      const ref = setFor(path, open, () => `set${open.length + 1}`);
      open.push(ref);
      return ref;
    };
    expect(refFor('\\\\PC042\\c$\\Windows\\CCM\\Logs').name).toBe('Logs');
    expect(refFor('/cases/4711/Logs/').name).toBe('Logs (2)');
    expect(refFor('/cases/fleet.zip!/PC7-logs.zip').name).toBe('PC7-logs.zip');
    expect(refFor(DROPPED_PREFIX).name).toBe('Dropped files');
    expect(refFor('/').name).toBe('/');
    expect(refFor('D:\\cases\\Logs!urgent').name).toBe('Logs!urgent');
  });
});

describe('setFor', () => {
  it('gives logs opened from one path the set their open logs already share, and a new one once none is open', () => {
    let n = 0;
    const newId = (): string => `set${++n}`;
    const first = setFor('/cases/PC042/Logs', [], newId);
    expect(setFor('/cases/PC042/Logs', [first], newId)).toBe(first);
    expect(setFor('/cases/PC042/Logs', [], newId)).toMatchObject({ id: 'set2', name: 'Logs' });
  });
});
