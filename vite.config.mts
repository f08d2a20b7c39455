import { defineConfig } from 'vite';

// The renderer is served from app://newsline/ in the app and from a loopback server in tests,
// so every asset URL is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    // Inline assets would need data: in script-src/style-src; keep them as files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
});
