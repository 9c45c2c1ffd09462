// The backend process's environment: two malloc arenas unless the user chose otherwise, everything else as given.
import { describe, expect, it } from 'vitest';
import { backendEnv } from './backend-env';

describe('backendEnv', () => {
  it('adds MALLOC_ARENA_MAX=2 and keeps the rest of the environment', () => {
    expect(backendEnv({ PATH: '/usr/bin', LANG: 'zh_CN.UTF-8' })).toEqual({ PATH: '/usr/bin', LANG: 'zh_CN.UTF-8', MALLOC_ARENA_MAX: '2' });
  });

  it('keeps a MALLOC_ARENA_MAX the user set', () => {
    expect(backendEnv({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
  });
});
