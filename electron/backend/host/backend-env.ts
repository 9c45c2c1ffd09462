// The environment the backend process starts with, in browser mode (fork-backend.ts) and in Electron (main.ts, a
// utilityProcess). MALLOC_ARENA_MAX=2: glibc gives threads that allocate at once (index and diagnosis workers, V8's
// helper threads, libuv's file threads) arenas of their own, up to eight per core, and memory freed into one arena
// serves later allocations from it only. In the open/close soak (bench, BENCH_ONLY=soak) RSS after close went from a
// 143 MiB plateau to 150-152 MiB with the default arenas, and stayed at 124-129 MiB with two. Only glibc reads it
// (Linux); a value the user set is kept.
export function backendEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}
