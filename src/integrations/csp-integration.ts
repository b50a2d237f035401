import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspHeaderFor, hoistIslandStyle, withCspMeta } from './csp';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * After the build, moves Astro's island style into <head> and gives every page a CSP meta tag with the hashes of its own inline scripts, and writes a
 * `_headers` file (read by Netlify and Cloudflare Pages) with the same policy for hosts that send headers.
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'glossary-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const all = new Set<string>();
        const files = htmlFiles(out);
        for (const file of files) {
          const { html, hashes } = withCspMeta(hoistIslandStyle(readFileSync(file, 'utf8')));
          hashes.forEach((h) => all.add(h));
          writeFileSync(file, html);
        }
        // `npm start` (scripts/lib/static-server.ts) sends these same headers, read from this file.
        // COOP/COEP make pages cross-origin isolated, so the WASM backend can use threads; the site loads nothing from
        // another origin, and the browser tests check it works with and without them.
        writeFileSync(
          join(out, '_headers'),
          `/*\n  Content-Security-Policy: ${cspHeaderFor([...all])}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n` +
            '  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Embedder-Policy: require-corp\n',
        );
        logger.info(`CSP added to ${files.length} pages (${all.size} distinct inline script hashes)`);
      },
    },
  };
}
