import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../../scripts/lib/headers-file';

const FILE = `# written by the build
/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff

/terms/*
  Cache-Control: max-age=60
  X-Content-Type-Options: overridden
/exact.html
  X-Exact: yes
`;

describe('_headers file', () => {
  it('reads path patterns with their indented headers, names lower-cased, values kept whole (colons and quotes)', () => {
    const rules = parseHeadersFile(FILE);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/terms/*', '/exact.html']);
    expect(rules[0]!.headers).toEqual({ 'content-security-policy': "default-src 'self'; frame-ancestors 'none'", 'x-content-type-options': 'nosniff' });
  });

  it('gives a path the headers of every matching rule, later rules winning', () => {
    const rules = parseHeadersFile(FILE);
    expect(headersForPath(rules, '/')).toEqual(rules[0]!.headers);
    expect(headersForPath(rules, '/terms/adam/')).toMatchObject({ 'cache-control': 'max-age=60', 'x-content-type-options': 'overridden' });
    expect(headersForPath(rules, '/exact.html')['x-exact']).toBe('yes');
    expect(headersForPath(rules, '/exactXhtml')['x-exact']).toBeUndefined();
    expect(headersForPath(rules, '/termsx')['cache-control']).toBeUndefined();
  });

  it('reads an empty file as no rules, and CRLF line ends', () => {
    expect(parseHeadersFile('')).toEqual([]);
    expect(parseHeadersFile('/*\r\n  A: b\r\n')).toEqual([{ pattern: '/*', headers: { a: 'b' } }]);
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseHeadersFile('  A: b')).toThrow('_headers line 1: a header before any path pattern');
    expect(() => parseHeadersFile('/*\n  no colon here')).toThrow('_headers line 2: expected "Name: value", got "no colon here"');
  });
});
