import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Where the site serves tfjs-backend-wasm's binaries; the demos pass this to initBackend({ wasmPath }). */
export const WASM_URL_PATH = '/tfjs/';

/**
 * Copies the .wasm binaries (plain, SIMD, threaded SIMD) from the installed package into public/tfjs/, so they
 * are served by this site (never a CDN) in dev and build, always matching the installed tfjs version.
 * public/tfjs/ is git-ignored.
 */
export function tfjsWasmAssets(): AstroIntegration {
  return {
    name: 'glossary-tfjs-wasm-assets',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const require = createRequire(import.meta.url);
        const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
        const from = join(dist, 'dist');
        const to = resolve(new URL(config.publicDir).pathname, WASM_URL_PATH.replace(/^\/|\/$/g, ''));
        mkdirSync(to, { recursive: true });
        for (const file of readdirSync(from).filter((f) => f.endsWith('.wasm'))) copyFileSync(join(from, file), join(to, file));
      },
    },
  };
}
