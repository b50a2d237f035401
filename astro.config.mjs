// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { contentCheck } from './src/integrations/content-check-integration.ts';
import { contentSecurityPolicy } from './src/integrations/csp-integration.ts';
import { rehypeBaseLinks } from './src/integrations/rehype-base-links.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { rehypeHeadingAnchors } from './src/integrations/rehype-heading-anchors.ts';
import { tfjsWasmAssets } from './src/integrations/tfjs-wasm-assets.ts';

// The public origin for canonical, OpenGraph and sitemap URLs. Without it those are left out (and the build warns),
// rather than pointing at a local address.
const site = process.env['SITE_URL'] || undefined;
// The path the site is served under, e.g. /glossary/ for https://user.github.io/glossary/ (GitHub project pages).
const base = `/${(process.env['BASE_PATH'] ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const contentDir = process.env['GLOSSARY_CONTENT_DIR'] ?? './content/terms';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  output: 'static',
  trailingSlash: 'always',
  // Inline CSS (site, KaTeX): no render-blocking stylesheet requests, which dominate first paint on mobile.
  build: { inlineStylesheets: 'always' },
  integrations: [
    contentCheck({ dir: contentDir }), siteUrlWarning(), tfjsWasmAssets(),
    // optimize: the static parts of an entry (prose, KaTeX, Shiki) compile to HTML strings, not JSX calls; the same
    // DOM for half the build time of 1,000 entries (bench/build-bench.ts).
    mdx({ optimize: true }),
    // The islands are written against React's API and run on Preact through preact/compat: React 19's runtime alone
    // is 66 KB gzip, more than most of a demo's budget of 80 KB of main-thread JS (issue #16); Preact's is about 11.
    preact({ compat: true }),
    ...(site ? [sitemap()] : []), contentSecurityPolicy(),
  ],
  markdown: {
    // Astro 7 defaults to the Sätteri processor, which runs no remark/rehype plugins; KaTeX needs unified.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeHeadingAnchors, [rehypeBaseLinks, { base }]] }),
    // The high-contrast GitHub themes pass WCAG AA for every token; the plain ones do not.
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false },
  },
  vite: {
    // tfjs-backend-wasm loads its .wasm via URLs we serve from /tfjs/; keep Vite from inlining it.
    assetsInclude: ['**/*.wasm'],
    // ES-module workers may split: the WebGL backend (imported only when backend.ts tries it) becomes its own chunk,
    // so a worker that runs on WASM or CPU never downloads it. Every browser we support runs module workers.
    // Worker chunks are named worker-*: Chromium lists a module worker's imports in the page's resource timeline, and
    // the budget tests and page-weight bench tell the worker's files from the page's by this prefix.
    // The GPU backends' chunks are named for their backend (the bundler would call both "dist", after their folder).
    worker: { format: 'es', rolldownOptions: { output: { chunkFileNames: workerChunkName } } },
    build: {
      rolldownOptions: {
        // Astro 7 emits a "use astro:head-inject" directive in every MDX module that Rolldown warns
        // about; it is harmless and tracked upstream (withastro/astro#18087). Silence only that one.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});

/**
 * worker-<name>-<hash>.js; a chunk holding a tfjs GPU backend is named after it (worker-webgl-…, worker-webgpu-…).
 * @param {{ moduleIds: readonly string[] }} chunk
 */
function workerChunkName(chunk) {
  const backend = chunk.moduleIds.map((id) => /tfjs-backend-(webgpu|webgl)\//.exec(id)?.[1]).find(Boolean);
  return `_astro/worker-${backend ?? '[name]'}-[hash].js`;
}
