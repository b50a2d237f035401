import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/lib/static-server';

const CSP = "default-src 'self'; frame-ancestors 'none'";
const dir = mkdtempSync(join(tmpdir(), 'serve-'));
let plain: Server;
let isolated: Server;
let prefixed: Server;
const base = (s: Server) => `http://127.0.0.1:${(s.address() as { port: number }).port}`;

beforeAll(async () => {
  mkdirSync(join(dir, 'terms/adam'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dir, 'terms/adam/index.html'), '<h1>adam</h1>');
  writeFileSync(join(dir, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(dir, 'x.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(dir, '_headers'), `/*\n  Content-Security-Policy: ${CSP}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Embedder-Policy: require-corp\n`);
  writeFileSync(join(dir, '_redirects'), '/old /new 301\n');
  plain = await serveStatic({ dir, port: 0 });
  isolated = await serveStatic({ dir, port: 0, crossOriginIsolated: true });
  prefixed = await serveStatic({ dir, port: 0, base: '/glossary/' });
});
afterAll(() => {
  plain.close();
  isolated.close();
  prefixed.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server for the built site', () => {
  it('serves a folder\'s index.html', async () => {
    const res = await fetch(`${base(plain)}/terms/adam/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<h1>adam</h1>');
  });

  it('redirects a folder without its trailing slash', async () => {
    const res = await fetch(`${base(plain)}/terms/adam`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/terms/adam/');
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    const res = await fetch(`${base(plain)}/nope/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('not found');
  });

  it('does not serve files outside the folder', async () => {
    const res = await fetch(`${base(plain)}/..%2f..%2fetc/passwd`);
    expect(res.status).toBe(404);
  });

  it('sends text gzip-compressed to a client that accepts it, as static hosts do, and plain to one that does not', async () => {
    const { request } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    const get = (encoding: string | undefined) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
        const req = request(`${base(plain)}/terms/adam/`, { headers: encoding === undefined ? {} : { 'accept-encoding': encoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(parts) }));
        });
        req.on('error', fail);
        req.end();
      });
    const zipped = await get('gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe('<h1>adam</h1>');
    const identity = await get(undefined);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe('<h1>adam</h1>');
    // A rebuild while the server runs: the new file is sent, not the compressed copy of the old one.
    writeFileSync(join(dir, 'terms/adam/index.html'), '<h1>adam, rebuilt</h1>');
    expect(gunzipSync((await get('gzip')).body).toString()).toBe('<h1>adam, rebuilt</h1>');
    writeFileSync(join(dir, 'terms/adam/index.html'), '<h1>adam</h1>');
  });

  it('serves WebAssembly as application/wasm', async () => {
    expect((await fetch(`${base(plain)}/x.wasm`)).headers.get('content-type')).toBe('application/wasm');
  });

  it('sends the built _headers file\'s headers on pages, files and 404s', async () => {
    for (const path of ['/', '/terms/adam/', '/x.wasm', '/nope/']) {
      const res = await fetch(`${base(plain)}${path}`);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
    expect((await fetch(`${base(prefixed)}/glossary/terms/adam/`)).headers.get('content-security-policy')).toBe(CSP);
  });

  it('does not serve the host configuration files (_headers, _redirects), in any spelling', async () => {
    for (const path of ['/_headers', '/_redirects', '/%5Fheaders', '/terms/../_headers', '/terms/%2E%2E/_headers']) {
      const res = await fetch(`${base(plain)}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('not found');
    }
    expect((await fetch(`${base(prefixed)}/glossary/_headers`)).status).toBe(404);
  });

  it('adds COOP/COEP only when asked', async () => {
    expect((await fetch(`${base(plain)}/`)).headers.get('cross-origin-opener-policy')).toBeNull();
    const res = await fetch(`${base(isolated)}/`);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  it('serves a BASE_PATH build only under its prefix, as a project-page host does', async () => {
    expect(await (await fetch(`${base(prefixed)}/glossary/terms/adam/`)).text()).toBe('<h1>adam</h1>');
    expect((await fetch(`${base(prefixed)}/glossary/`)).status).toBe(200);
    const outside = await fetch(`${base(prefixed)}/terms/adam/`);
    expect(outside.status).toBe(404);
    const bare = await fetch(`${base(prefixed)}/glossary/terms/adam`, { redirect: 'manual' });
    expect(bare.headers.get('location')).toBe('/glossary/terms/adam/');
  });
});
