import { defineConfig, type Plugin } from 'vite';

/**
 * main.ts loads the app with import('./start') so that its requests to main go out first; this lets the
 * browser fetch and compile that chunk, and load its styles, while main.ts runs, instead of only once
 * import() is reached. The rest of the interface (ui.tsx) is part of that chunk: the window is usable only once
 * its controls are drawn, and as a chunk of its own, asked for when the start chunk ran, its code arrived (on a
 * busy machine) after the document and the timeline, even when preloaded (renderer/start.ts says why).
 */
function preloadStartChunk(): Plugin {
  return {
    name: 'newsline:preload-start-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const entry = (file: string) => Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.endsWith(file));
        const chunks = entry('/renderer/start.ts');
        if (chunks.length !== 1) throw new Error('the start chunk was not found; keep renderer/start.ts a dynamic import of main.ts');
        const preloaded = new Set<string>();
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
          const files = [chunk.fileName, ...chunk.imports].filter((file) => file !== ctx.chunk?.fileName && !preloaded.has(file));
          for (const file of files) preloaded.add(file);
          const modules = files.map((file) => ({
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
