/**
 * Fixed values of this demo that its manifest (at build time) and its island (in the browser) both read: the URL
 * prefix and the limits of its settings. Plain values, no imports, so the island never loads the manifest's props
 * schema and descriptions.
 */
export const URL_PREFIX = 'le';
