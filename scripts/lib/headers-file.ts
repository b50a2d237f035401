/**
 * Reads the `_headers` file the build writes (Netlify / Cloudflare Pages format), so the local server sends the
 * same headers as those hosts from one source. Format: a path pattern on its own line (`/*`, `/terms/*`,
 * `/x.html`), then indented `Name: value` lines; `#` starts a comment. `*` matches any run of characters.
 */
export interface HeaderRule {
  pattern: string;
  /** Lower-case header name -> value, in file order. */
  headers: Record<string, string>;
}

/** Parses `_headers` text; throws naming the line for a header line before any path or a line without "Name: value". */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+)\s*:\s*(.*)$/.exec(line);
    if (rule === undefined) throw new Error(`_headers line ${index + 1}: a header before any path pattern ("/*")`);
    if (match === null) throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${line.trim()}"`);
    rule.headers[match[1]!.toLowerCase()] = match[2]!.trim();
  });
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers for a request path (relative to the site's base, starting with "/"): every matching rule, later ones win. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.pattern, path)) Object.assign(out, rule.headers);
  return out;
}
