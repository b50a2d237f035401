import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile, type HeaderRule } from './headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.pf_meta': 'application/octet-stream',
};

export interface ServeOptions {
  /** The built site folder. */
  dir: string;
  port: number;
  host?: string;
  /** Send COOP/COEP so the page is cross-origin isolated (SharedArrayBuffer, threaded WASM). */
  crossOriginIsolated?: boolean;
  /** Serve the site under this path prefix (a BASE_PATH build), e.g. "/glossary/"; other paths answer 404. */
  base?: string;
}

/** Text (and WebAssembly) that static hosts send gzip-compressed; Pagefind's index files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.xml', '.txt', '.md']);

/** Host configuration files in the site folder: read by the host, never served (a static host answers 404). */
const HOST_FILES = new Set(['/_headers', '/_redirects']);
const ISOLATION = ['cross-origin-opener-policy', 'cross-origin-embedder-policy', 'cross-origin-resource-policy'];

/**
 * The response headers for a path: the built `_headers` file's (CSP, nosniff, referrer policy), so `npm start`
 * matches Netlify/Cloudflare from one source, except that COOP/COEP are sent only when asked for (`--isolated`):
 * the default local site is the one GitHub Pages serves, without them.
 */
export function responseHeaders(rules: readonly HeaderRule[], path: string, crossOriginIsolated: boolean): Record<string, string> {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff', ...headersForPath(rules, path) };
  for (const name of ISOLATION) delete headers[name];
  if (crossOriginIsolated) {
    headers['cross-origin-opener-policy'] = 'same-origin';
    headers['cross-origin-embedder-policy'] = 'require-corp';
    headers['cross-origin-resource-policy'] = 'same-origin';
  }
  return headers;
}

/**
 * Serves a built static site on loopback the way static hosts do: /a/ -> /a/index.html, /a -> redirect to /a/,
 * unknown paths -> 404.html with status 404, and the right MIME types (application/wasm lets browsers
 * compile WebAssembly while it streams). Used by `npm start`, the browser tests and the benchmarks.
 */
export async function serveStatic(options: ServeOptions): Promise<Server> {
  const root = resolve(options.dir);
  const headersFile = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const rules = parseHeadersFile(headersFile);
  const isolated = options.crossOriginIsolated === true;
  // Compressed bodies, made once per version of a file (a rebuild while the server runs changes its mtime or size).
  const gzipped = new Map<string, Buffer>();
  const send = async (res: ServerResponse, status: number, file: string, headers: Record<string, string>, acceptsGzip: boolean) => {
    let body: Buffer = await readFile(file);
    const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (!COMPRESSIBLE.has(extname(file))) {
      res.writeHead(status, { ...headers, ...type, 'content-length': body.length });
      res.end(body);
      return;
    }
    // As GitHub Pages, Netlify and Cloudflare do: gzip for clients that accept it, so local page-load figures
    // (Lighthouse, the benches) see the bytes a reader downloads.
    if (acceptsGzip) {
      const { mtimeMs, size } = await stat(file);
      const key = `${file}\0${mtimeMs}\0${size}`;
      const raw = body;
      body = gzipped.get(key) ?? gzipSync(raw);
      gzipped.set(key, body);
    }
    res.writeHead(status, { ...headers, ...type, vary: 'Accept-Encoding', ...(acceptsGzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': body.length });
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    // Paths outside the base or undecodable get the site-wide headers ("/*").
    let headers = responseHeaders(rules, '/', isolated);
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const prefix = (options.base ?? '/').replace(/\/*$/, '');
      if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) throw new Error('outside the base path');
      const path = normalize(decodeURIComponent(url.pathname.slice(prefix.length) || '/'));
      headers = responseHeaders(rules, path, isolated);
      if (HOST_FILES.has(path)) throw new Error('host configuration, not a page');
      let file = join(root, path);
      if (!file.startsWith(root)) throw new Error('outside root');
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { ...headers, location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      await send(res, 200, file, headers, acceptsGzip);
    } catch {
      await send(res, 404, join(root, '404.html'), headers, acceptsGzip).catch(() => res.writeHead(404, headers).end('Not found'));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => ok(server));
  });
}
