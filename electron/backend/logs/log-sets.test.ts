import { describe, expect, it } from 'vitest';
import { DROPPED_PREFIX } from '../../../shared/api/upload';
import { LogSets } from './log-sets';

describe('LogSets names', () => {
  it('names a set by its last segment, whatever the slashes, and a zip inside a zip by the inner zip', () => {
    const sets = new LogSets();
    expect(sets.refFor('\\\\PC042\\c$\\Windows\\CCM\\Logs').name).toBe('Logs');
    expect(sets.refFor('/cases/4711/Logs/').name).toBe('Logs (2)');
    expect(sets.refFor('/cases/fleet.zip!/PC7-logs.zip').name).toBe('PC7-logs.zip');
    expect(sets.refFor(DROPPED_PREFIX).name).toBe('Dropped files');
    expect(sets.refFor('/').name).toBe('/');
    expect(sets.refFor('D:\\cases\\Logs!urgent').name).toBe('Logs!urgent');
  });
});
