import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { startCssPlugin } from './start-css-plugin';
import { startPathGuard } from './start-path-guard';
import { earlyScriptPlugin } from './early-script-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

// Relative base so the same build loads from app://, from 127.0.0.1 and from any sub-path.
export default defineConfig({
  root,
  base: './',
  plugins: [
    react(),
    // Opens the database while the app's script loads (src/warm-database.ts).
    earlyScriptPlugin(fileURLToPath(new URL('src/warm-database.ts', import.meta.url))),
    // docs/ARCHITECTURE.md, "Start-up": what the library screen must not load.
    startPathGuard([
      {
        pattern: /node_modules\/zod\//,
        reason: 'schemas load with the deferred storage code, not at start.',
      },
      { pattern: /assets\/frameworks\//, reason: 'the framework pack loads with the screens that score.' },
      {
        pattern: /node_modules\/@trussworks\/.*\.[cm]?js$/,
        reason: 'the first screen uses plain USWDS markup; the components load with the other screens.',
      },
    ]),
    startCssPlugin({
      vendorCss: '@trussworks/react-uswds/lib/uswds.css',
      // USWDS's body face, regular and bold: the library's text, labels, buttons and table.
      preloadFonts: [
        { family: 'Source Sans Pro Web', weight: 400, style: 'normal' },
        { family: 'Source Sans Pro Web', weight: 700, style: 'normal' },
      ],
    }),
  ],
  publicDir: false,
  build: {
    // AIRR_RENDERER_OUT lets parallel e2e runs build to separate folders.
    outDir: process.env.AIRR_RENDERER_OUT ?? fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // The app's own modules have no import-time side effects (a lint-free convention: no bare imports
      // but CSS), so a module whose exports a chunk does not use stays out of that chunk. Without this,
      // re-exports in data/index.ts would pull schema modules into the start chunk.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/renderer/src/') || id.endsWith('.css') },
      output: {
        codeSplitting: {
          // React DOM (over 200 kB) in a chunk of its own: Chromium parses each module script on a background
          // thread as it arrives, and the start chunk was the last to finish; two chunks parse side by side.
          groups: [{ name: 'react-dom', test: /node_modules\/(react-dom|scheduler)\// }],
        },
      },
    },
  },
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
  },
  server: { host: '127.0.0.1', strictPort: true },
});
