// A Vite plugin for the build: the page's entry loads chunks with import() after it has sent the first
// requests; a modulepreload link lets the browser fetch such a chunk alongside the entry instead of
// after it.
import type { Plugin } from 'vite';

export function preloadChunks(modules: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'news-graph-preload-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {});
        return modules.map((module) => {
          const chunk = chunks.find(
            (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(module),
          );
          if (!chunk) throw new Error(`preloadChunks: no chunk for ${module}`);
          return {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head' as const,
          };
        });
      },
    },
  };
}
