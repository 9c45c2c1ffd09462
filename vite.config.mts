import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './': the same build loads from file:// in Electron and from http://127.0.0.1 in browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
});
