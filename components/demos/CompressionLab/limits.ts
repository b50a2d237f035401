/**
 * Fixed values of this demo that its manifest (at build time) and its island (in the browser) both read: the URL
 * prefix and the limits of its settings. Plain values, no imports, so the island never loads the manifest's props
 * schema and descriptions.
 */
export const URL_PREFIX = 'cl';
/** The lab's tabs, in order; also the values of the `mode` prop and of the URL's cl.mode. */
export const COMPRESSION_MODES = ['quantize', 'prune', 'distill'] as const;
export type CompressionMode = (typeof COMPRESSION_MODES)[number];
