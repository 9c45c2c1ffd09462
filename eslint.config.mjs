// ESLint in `npm test`: typescript-eslint's recommended rules, the React hooks rules, and an import rule that
// keeps shared/ pure (vscode's `common/` layer: no Node, no DOM, no Electron; docs/decisions.md "Layers").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'bench/out/**', 'node_modules/**', 'test-results/**', 'e2e/output/**', 'wasm/**', 'shared/index/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a destructured field left out).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The classic hooks rules; the React Compiler rules of v7's preset assume the compiler, which we do not use.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // shared/ is the pure core: bytes in, records out. Tests beside it may use Node.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*'], message: 'shared/ is pure: no Node APIs (put I/O in electron/backend).' },
          { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
          { group: ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'crypto', 'zlib', 'stream', 'events', 'buffer'], message: 'shared/ is pure: no Node built-ins.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure: no DOM or React.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'shared/ is pure: pass settings in.' },
        { name: 'Buffer', message: 'shared/ is pure: use Uint8Array.' },
        { name: 'window', message: 'shared/ is pure: no DOM.' },
        { name: 'document', message: 'shared/ is pure: no DOM.' },
        { name: 'require', message: 'shared/ is pure: ES imports only.' },
      ],
    },
  },
);
