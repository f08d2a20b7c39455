import { defineConfig, type Plugin } from 'vite';

/**
 * main.ts loads the app with import('./start') so that its requests to main go out first; this lets the
 * browser fetch and compile that chunk, and load its styles, while main.ts runs, instead of only once
 * import() is reached. The rest of the interface (ui.tsx) is part of that chunk: the window is usable only once
 * its controls are drawn, and as a chunk of its own, asked for when the start chunk ran, its code arrived (on a
 * busy machine) after the document and the timeline, even when preloaded (renderer/start.ts says why).
 *
 * The start chunk is named by a module script of its own, after main.ts's, rather than by a modulepreload link:
 * Chromium began compiling a modulepreloaded chunk on its background thread only once import() asked for it
 * (traced: main.ts ran at 133 ms, the chunk's bytes were in by 121 ms, its compile began at 175 ms), where a
 * module script's code is compiled as its bytes stream in. Module scripts run in document order, so main.ts still
 * runs first and sends its requests before any of the chunk runs; evaluating the chunk only defines the app, and
 * main.ts's import() gets that same module. Alternated cold loads in the startup bench's conditions (20 and 24
 * pairs, load 10-12): usable in a median 416 against 476 ms and 458 against 501 ms (paired ratios 0.91, 1/1.06).
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
          const script = { tag: 'script', attrs: { type: 'module', crossorigin: true, src: `./${chunk.fileName}` }, injectTo: 'head' as const };
          // And the chunks it imports statically (the bundler's runtime): otherwise they are asked for only once
          // the chunk has been parsed, one more round trip to the app protocol, which at that moment is busy
          // sending the document.
          const files = chunk.imports.filter((file) => file !== ctx.chunk?.fileName && !preloaded.has(file));
          for (const file of files) preloaded.add(file);
          const modules = files.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }));
          return [script, ...modules, ...css];
        });
      },
    },
  };
}

/**
 * No compile hint on the start chunk. Chrome's explicit hint (`//# allFunctionsCalledOnLoad` on its first line) has
 * V8 compile every function of the chunk while it streams in, off the main thread, and it did take about 40 ms of
 * compiling off the page's main thread (branch s14). But the page can run none of the chunk before all of it is
 * compiled, and the main thread had nothing else to do meanwhile (it waited for that compile, idle, after main.ts);
 * compiling every function, most never called at startup, is more work in all, on the same 2 cores. Measured in
 * the startup bench's conditions (alternated cold loads of the two builds, 20 pairs each way, load 8-12): the
 * build without the hint usable in a median 463 and 471 ms against 518 and 544 ms with it (paired ratios 0.86 and
 * 1/1.07). Lazily compiled, each function is compiled as the first frame reaches it.
 */

/**
 * vis-timeline's module is Timeline and Graph2d in one, and the bundler keeps Graph2d with its line graph, bars,
 * axes and legend (about a fifth of vis-timeline) because their prototypes are set up by statements at the module's
 * top level, which it cannot prove free of effects. Newsline draws only a Timeline: those parts are cut from the
 * module's source before bundling, by markers of the installed version. Each cut must find its markers, and no
 * name cut may be left referenced, or the build stops: a vis-timeline that changed shape is then looked at, not
 * bundled half-cut.
 */
const GRAPH2D_CUTS: Array<{ from: string; to: string; names: string[] }> = [
  { from: '\n/** DataScale */\nclass DataScale {', to: '\n/**\n * Item\n */\nclass Item {', names: ['DataScale', 'DataAxis', 'Points', 'Bargraph', 'Line', 'GraphGroup'] },
  { from: '\nfunction Legend(body, options, side, linegraphOptions) {', to: '\n/** A horizontal time axis */\nclass TimeAxis extends Component {', names: ['Legend', 'LineGraph', 'UNGROUPED'] },
  { from: '\nfunction Graph2d(container, items, groups, options) {', to: '\n/**\n * This object contains all possible options.', names: ['Graph2d'] },
];
const GRAPH2D_EXPORTS: Array<[string, string]> = [
  ['\n    DataAxis,\n    DataScale,\n    GraphGroup,\n', '\n'],
  ['\n    Legend,\n    LineGraph,\n', '\n'],
  ['\nexport { Graph2d, Timeline, timeline };', '\nexport { Timeline, timeline };'],
];

export function cutGraph2d(code: string): string {
  let out = code;
  for (const cut of GRAPH2D_CUTS) {
    const from = out.indexOf(cut.from);
    const to = from < 0 ? -1 : out.indexOf(cut.to, from);
    if (from < 0 || to < 0 || out.indexOf(cut.from, from + 1) >= 0) throw new Error(`vis-timeline: Graph2d cut not found (${cut.names[0]}); see vite.config.mts`);
    out = out.slice(0, from) + out.slice(to);
  }
  for (const [before, after] of GRAPH2D_EXPORTS) {
    if (out.split(before).length !== 2) throw new Error(`vis-timeline: Graph2d export not found (${before.trim()}); see vite.config.mts`);
    out = out.replace(before, after);
  }
  // vis-timeline's helpers are vis-util's whole namespace spread into one object, which keeps all of vis-util (its
  // own configurator, colour picker, validator and popup among them): the object gets only the helpers used.
  const spread = '\nconst availableUtils = {\n  ...util,\n';
  if (out.split(spread).length !== 2 || /availableUtils(?!\s*\.|[\w$]|\s*=\s*\{|,\s*"xss")/.test(out)) throw new Error('vis-timeline: its helpers object changed shape; see vite.config.mts');
  const own = new Set(['convert', 'setupXSSProtection', 'xss']);
  const used = [...new Set([...out.matchAll(/availableUtils\s*\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]))].filter((name) => !own.has(name));
  out = out.replace(spread, `\nconst availableUtils = {\n${used.map((name) => `  ${name}: util.${name},\n`).join('')}`);
  // What is left, without its comments (which still name Graph2d), must not use a name that was cut.
  const live = out.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const name of GRAPH2D_CUTS.flatMap((c) => c.names)) {
    // (A property of the same name, `x.UNGROUPED` or `UNGROUPED: …`, is not the cut variable.)
    if (new RegExp(`(?<![\\w$.])${name}(?![\\w$]|\\s*:[^:])`).test(live)) throw new Error(`vis-timeline: ${name} is still used after the Graph2d cut; see vite.config.mts`);
  }
  return out;
}

function timelineWithoutGraph2d(): Plugin {
  return {
    name: 'newsline:timeline-without-graph2d',
    apply: 'build',
    transform(code, id) {
      if (!/vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.mjs$/.test(id.split('?')[0])) return null;
      return { code: cutGraph2d(code), map: null };
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [preloadStartChunk(), timelineWithoutGraph2d()],
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
