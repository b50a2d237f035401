import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/lib/static-server';

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

  it('serves WebAssembly as application/wasm', async () => {
    expect((await fetch(`${base(plain)}/x.wasm`)).headers.get('content-type')).toBe('application/wasm');
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
