/**
 * gzip / deflate sizes, measured on real bytes. The browser and Node 18+ both provide CompressionStream, which is
 * preferred; otherwise node:zlib is loaded lazily through a specifier bundlers do not follow, so a browser bundle
 * never pulls it in. Callers may inject their own compressor (a fixed level, a test double).
 */

export type CompressionFormat = 'gzip' | 'deflate';

/** Compresses bytes; must not keep or mutate the input. */
export type Compressor = (bytes: Uint8Array) => Promise<Uint8Array>;

export interface CompressOptions {
  /** Container format. Default 'gzip' (what "zip the model" means in the tfmot guides, minus the archive header). */
  format?: CompressionFormat;
  /** Replaces the built-in compressor; `format` is then ignored. */
  compressor?: Compressor;
}

async function viaCompressionStream(bytes: Uint8Array, format: CompressionFormat): Promise<Uint8Array> {
  const stream = new CompressionStream(format);
  const writer = stream.writable.getWriter();
  // Writing is not awaited before reading starts: the stream's back-pressure would otherwise deadlock.
  // The copy gives the stream an ArrayBuffer-backed view it may transfer, whatever backs `bytes`.
  const written = writer.write(new Uint8Array(bytes)).then(() => writer.close());
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  await written;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

interface ZlibLike {
  gzipSync(bytes: Uint8Array): Uint8Array;
  deflateSync(bytes: Uint8Array): Uint8Array;
}

async function viaNodeZlib(bytes: Uint8Array, format: CompressionFormat): Promise<Uint8Array> {
  // A variable specifier keeps Vite/Rollup from trying to resolve node:zlib for the browser.
  const specifier = 'node:zlib';
  const zlib = (await import(/* @vite-ignore */ specifier)) as ZlibLike;
  return format === 'gzip' ? zlib.gzipSync(bytes) : zlib.deflateSync(bytes);
}

/** The compressor this environment offers for `format`. */
export function defaultCompressor(format: CompressionFormat = 'gzip'): Compressor {
  if (typeof globalThis.CompressionStream === 'function') return (bytes) => viaCompressionStream(bytes, format);
  return (bytes) => viaNodeZlib(bytes, format);
}

/** Node's zlib explicitly (for tests and benchmarks that want to compare the two paths). */
export function nodeZlibCompressor(format: CompressionFormat = 'gzip'): Compressor {
  return (bytes) => viaNodeZlib(bytes, format);
}

export async function compress(bytes: Uint8Array, options: CompressOptions = {}): Promise<Uint8Array> {
  const format = options.format ?? 'gzip';
  if (format !== 'gzip' && format !== 'deflate') {
    throw new Error(`format must be "gzip" or "deflate" (got ${JSON.stringify(format)}) in compress()`);
  }
  const compressor = options.compressor ?? defaultCompressor(format);
  return compressor(bytes);
}

export interface SizePair {
  /** Bytes as stored, uncompressed. */
  raw: number;
  /** Bytes after gzip (or the chosen format / compressor). */
  compressed: number;
}

export async function measureSize(bytes: Uint8Array, options: CompressOptions = {}): Promise<SizePair> {
  const compressed = await compress(bytes, options);
  return { raw: bytes.length, compressed: compressed.length };
}
