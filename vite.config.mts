import { defineConfig, type Plugin } from 'vite';

/**
 * main.ts loads the app with import('./start') so that its requests to main go out first; this lets the
 * browser fetch and compile that chunk, and load its styles, while main.ts runs, instead of only once
 * import() is reached.
 */
function preloadStartChunk(): Plugin {
  return {
    name: 'newsline:preload-start-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/renderer/start.tsx'));
        if (!chunk || chunk.type !== 'chunk') throw new Error('the start chunk was not found; keep renderer/start.tsx as a dynamic import of main.ts');
        // Its styles too: otherwise they are requested only when import() runs, and the import waits for them.
        const css = [...(chunk.viteMetadata?.importedCss ?? [])].map((href) => ({
          tag: 'link',
          attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` },
          injectTo: 'head' as const,
        }));
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }, ...css];
      },
    },
  };
}

// The renderer is served from app://newsline/ in the app and from a loopback server in tests,
// so every asset URL is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [preloadStartChunk()],
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
