import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    // Two cores here: forks keep worker_threads-based code honest and memory per file bounded.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
