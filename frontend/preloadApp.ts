// A Vite plugin for the build: the page's entry loads the app chunk with import() after it has sent the
// first requests; a modulepreload link lets the browser fetch that chunk alongside the entry instead of
// after it.
import type { Plugin } from 'vite';

export function preloadAppChunk(appModule: string): Plugin {
  let base = '/';
  return {
    name: 'news-graph-preload-app-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(appModule),
        );
        if (!chunk) throw new Error(`preloadAppChunk: no chunk for ${appModule}`);
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
