import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspFor, cspHeaderFor, hoistIslandStyle, inlineScriptHashes, withCspMeta } from '../../src/integrations/csp';

const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

describe('content security policy', () => {
  it('hashes inline classic and module scripts, not external ones or JSON-LD', () => {
    const html = '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{"x":1}</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
  });

  it('allows only self, wasm compilation and the given hashes for scripts, and no plugins or base changes', () => {
    const policy = cspFor([sha('a()')]);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' '${sha('a()')}'`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  });

  it('forbids framing in the header policy only (browsers ignore frame-ancestors in a meta tag)', () => {
    expect(cspHeaderFor([sha('a()')])).toBe(`${cspFor([sha('a()')])}; frame-ancestors 'none'`);
    expect(cspFor([])).not.toContain('frame-ancestors');
    expect(withCspMeta('<head></head>').html).not.toContain('frame-ancestors');
  });

  it('puts the meta tag right after the charset, before any script', () => {
    const { html } = withCspMeta('<html><head><meta charset="utf-8"><script>a()</script></head></html>');
    expect(html).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+"><script>/);
    expect(withCspMeta('<head><script>a()</script></head>').html).toMatch(/^<head><meta http-equiv="Content-Security-Policy"/);
  });

  it('refuses to add a second policy', () => {
    const once = withCspMeta('<head></head>').html;
    expect(() => withCspMeta(once)).toThrow('already has a CSP');
  });
});

describe('island style hoisting', () => {
  const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
  it('moves Astro\'s island style from the body into head', () => {
    expect(hoistIslandStyle(`<head></head><body><div>${style}<p>x</p></div></body>`)).toBe(`<head>${style}</head><body><div><p>x</p></div></body>`);
  });
  it('leaves pages without islands alone', () => {
    expect(hoistIslandStyle('<head></head><body></body>')).toBe('<head></head><body></body>');
  });
});
