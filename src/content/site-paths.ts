/**
 * Internal URLs under the configured base path (BASE_PATH, Astro's `base`): the site may be served from a
 * sub-path such as https://user.github.io/glossary/, so no page may write a root-absolute link by hand.
 */

/** The base path with one trailing slash, e.g. "/" or "/glossary/". */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** `path` ("/terms/adam/", "terms/adam/") under the base path: "/glossary/terms/adam/". */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return basePath(base) + path.replace(/^\//, '');
}

/** The URL path of an entry's page. */
export function termPath(slug: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(`terms/${slug}/`, base);
}
