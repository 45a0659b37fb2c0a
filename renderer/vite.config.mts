import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// Relative base so the same build loads from app://, from 127.0.0.1 and from any sub-path.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    // AIRR_RENDERER_OUT lets parallel e2e runs build to separate folders.
    outDir: process.env.AIRR_RENDERER_OUT ?? fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
  },
  server: { host: '127.0.0.1', strictPort: true },
});
