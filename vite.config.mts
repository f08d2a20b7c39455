import { defineConfig, type Plugin } from 'vite';

/**
 * main.ts loads the app with import('./start') so that its requests to main go out first; this lets the
 * browser fetch and compile that chunk, and load its styles, while main.ts runs, instead of only once
 * import() is reached. The React chunk (ui) is left out on purpose: compiled early, it would compete with
 * drawing the timeline, which is what the window shows first.
 */
function preloadStartChunk(): Plugin {
  return {
    name: 'newsline:preload-start-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.endsWith('/renderer/start.ts'));
        if (chunks.length === 0) throw new Error('the start chunk was not found; keep renderer/start.ts as a dynamic import of main.ts');
        return chunks.flatMap((chunk) => {
          if (chunk.type !== 'chunk') return [];
          // Their styles too: otherwise they are requested only when import() runs, and the import waits for them.
          const css = [...(chunk.viteMetadata?.importedCss ?? [])].map((href) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const,
          }));
          // And the chunks it imports statically (the bundler's runtime): a modulepreload fetches only the
          // module named, so otherwise they are asked for only once import() runs, one more round trip to
          // the app protocol, which at that moment is busy sending the document.
          const modules = [chunk.fileName, ...chunk.imports.filter((file) => file !== ctx.chunk?.fileName)].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }));
          return [...modules, ...css];
        });
      },
    },
  };
}

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
