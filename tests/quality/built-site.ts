import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const distDir = resolve(process.env['DIST_DIR'] ?? 'dist');

export function requireBuiltSite(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`no built site in ${distDir}: run "npm run build" first`);
}

/** Every HTML page of the built site, as paths relative to it (excluding Pagefind's own files). */
export function builtPages(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : builtPages(full);
    return e.name.endsWith('.html') ? [relative(distDir, full)] : [];
  });
}
