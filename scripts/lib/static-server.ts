import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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

/**
 * Serves a built static site on loopback the way static hosts do: /a/ -> /a/index.html, /a -> redirect to /a/,
 * unknown paths -> 404.html with status 404, and the right MIME types (application/wasm lets browsers
 * compile WebAssembly while it streams). Used by `npm start`, the browser tests and the benchmarks.
 */
export function serveStatic(options: ServeOptions): Promise<Server> {
  const root = resolve(options.dir);
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' };
  if (options.crossOriginIsolated) {
    headers['cross-origin-opener-policy'] = 'same-origin';
    headers['cross-origin-embedder-policy'] = 'require-corp';
    headers['cross-origin-resource-policy'] = 'same-origin';
  }
  const send = async (res: ServerResponse, status: number, file: string) => {
    const body = await readFile(file);
    res.writeHead(status, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const prefix = (options.base ?? '/').replace(/\/*$/, '');
      if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) throw new Error('outside the base path');
      const path = normalize(decodeURIComponent(url.pathname.slice(prefix.length) || '/'));
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
      await send(res, 200, file);
    } catch {
      await send(res, 404, join(root, '404.html')).catch(() => res.writeHead(404, headers).end('Not found'));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => ok(server));
  });
}
