import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy. Scripts: only our own files and the inline scripts we hash
 * (theme init, Astro's island loader); 'wasm-unsafe-eval' lets tfjs and Pagefind compile WebAssembly.
 * Styles stay 'unsafe-inline' because KaTeX and the demos set style attributes, which hashes cannot allow.
 */
export function cspFor(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort().map((h) => `'${h}'`)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // Vite inlines small font files (KaTeX) as data: URIs.
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The policy as a response header (`_headers`): the page policy plus `frame-ancestors 'none'`, which forbids framing
 * (clickjacking). Browsers ignore frame-ancestors in a meta tag, so it is only here.
 */
export function cspHeaderFor(scriptHashes: readonly string[]): string {
  return `${cspFor(scriptHashes)}; frame-ancestors 'none'`;
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/** sha256 hashes of the executable inline scripts in a page (JSON-LD and other data blocks are not executed). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const type = /\btype=["']?([^"'\s>]+)/.exec(match[1] ?? '')?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    hashes.push(`sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}`);
  }
  return hashes;
}

/** Inserts the policy right after <meta charset> (which must come first), before any script. */
export function withCspMeta(html: string): { html: string; hashes: string[] } {
  const hashes = inlineScriptHashes(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspFor(hashes)}">`;
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('page already has a CSP meta tag');
  const charset = /<meta charset="?[^">]+"?\s*\/?>/i;
  const out = charset.test(html) ? html.replace(charset, (m) => `${m}${meta}`) : html.replace(/<head>/i, `<head>${meta}`);
  return { html: out, hashes };
}

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

/**
 * Astro writes its island style rule inline at the first island, inside <div>, where <style> is not permitted
 * content (html-validate: element-permitted-content). Move it into <head>, once.
 */
export function hoistIslandStyle(html: string): string {
  const found = html.match(ISLAND_STYLE);
  if (!found) return html;
  return html.replace(ISLAND_STYLE, '').replace(/<\/head>/i, `${found[0]}</head>`);
}
