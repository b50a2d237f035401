/**
 * The one place in the project that chooses and initialises a tfjs backend.
 *
 * Order of preference by model size: below WEBGL_MIN_PARAMETERS parameters WASM, then CPU, then WebGL (per-op
 * overhead dominates small models, and a GPU-less browser renders WebGL in software); from it on WebGPU (where
 * `navigator.gpu` gives an adapter), then WebGL, WASM, CPU. The threshold is measured by bench/mlp-bench.ts. A caller may put one backend first
 * (`preferred`, e.g. from a `?backend=` URL parameter). The result says which backend runs, why it was first
 * (`why`, with the measured numbers) and why any backend ahead of it was skipped, so a demo can show it.
 * The WebGPU and WebGL backends are imported only when they are tried, so a worker that never tries one never
 * downloads it (each is a chunk of its own).
 *
 * Epsilon: the core never reads `tf.backend().epsilon()` (1e-7, or 1e-4 on float16 WebGL); every optimizer and
 * loss passes its epsilon explicitly, so results do not depend on the backend chosen here.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { defaultBackendOrder, type OrderedBackend } from './backend-threshold';

export const BACKEND_NAMES = ['webgl', 'wasm', 'cpu', 'webgpu'] as const satisfies readonly OrderedBackend[];
export type BackendName = (typeof BACKEND_NAMES)[number];

export interface BackendChoice {
  /** The backend that is now active. */
  name: BackendName;
  /** One sentence per backend that was tried or skipped before `name`, e.g. "webgl skipped: no WebGL in this environment". */
  reasons: string[];
  /** Why the order started where it did, e.g. "wasm first: a model of 337 parameters is below the 50,000 ...". */
  why: string;
}

export interface InitBackendOptions {
  /** Backend to try first; the others follow in the default order. Default: none (the order by `parameters`). */
  preferred?: BackendName | undefined;
  /**
   * Directory URL (ending in '/') that serves tfjs-backend-wasm's .wasm files from this site. In Node, a file-system
   * path to `node_modules/@tensorflow/tfjs-backend-wasm/dist/`. Without it WASM is skipped.
   */
  wasmPath?: string | undefined;
  /** Backends never to use, e.g. ['webgl'] for tests. Default: none. */
  exclude?: readonly BackendName[] | undefined;
  /** Parameter count of the largest model this session trains; picks the default order. Default: a small model (0). */
  parameters?: number | undefined;
}

export function isBackendName(value: unknown): value is BackendName {
  return typeof value === 'string' && (BACKEND_NAMES as readonly string[]).includes(value);
}

interface GlobalProbe {
  WebAssembly?: unknown;
  crossOriginIsolated?: unknown;
  'navigator'?: { gpu?: { requestAdapter?: () => Promise<unknown> } };
}

const probe = globalThis as GlobalProbe;

function webglUnsupportedReason(): string | undefined {
  // Probed by name so this file stays free of DOM types: it also runs in Node and in workers.
  const hasCanvas = 'document' in globalThis || 'OffscreenCanvas' in globalThis;
  return hasCanvas ? undefined : 'no canvas or OffscreenCanvas in this environment (WebGL needs a browser)';
}

function webgpuUnsupportedReason(): string | undefined {
  const gpu = probe.navigator?.gpu;
  return typeof gpu?.requestAdapter === 'function' ? undefined : 'navigator.gpu is not available in this environment (WebGPU needs a browser that enables it)';
}

function wasmUnsupportedReason(wasmPath: string | undefined): string | undefined {
  if (typeof probe.WebAssembly === 'undefined') return 'WebAssembly is not available';
  if (wasmPath === undefined) return 'no wasmPath was given, so the .wasm binaries cannot be located';
  if (!wasmPath.endsWith('/')) return `wasmPath must end with '/' (got "${wasmPath}")`;
  return undefined;
}

async function tryWasm(wasmPath: string): Promise<boolean> {
  // Threads need SharedArrayBuffer, which browsers only give cross-origin-isolated pages (COOP/COEP headers).
  if (probe.crossOriginIsolated !== true) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  // setWasmPaths throws once the backend has been initialised; a second initBackend call must not re-set it.
  if (tf.engine().registry['wasm'] === undefined) setWasmPaths(wasmPath);
  return tf.setBackend('wasm');
}

async function tryWebgl(): Promise<boolean> {
  // Imported only here, so Node (tests, bench) never loads the WebGL backend.
  await import('@tensorflow/tfjs-backend-webgl');
  return tf.setBackend('webgl');
}

async function tryWebgpu(): Promise<boolean> {
  // Asked first, because Chromium exposes navigator.gpu even where it has no adapter (a GPU-less or blocklisted
  // machine), and tfjs's own factory would then fail on a null adapter with a message that names neither.
  const adapter = await probe.navigator!.gpu!.requestAdapter!();
  if (adapter === null || adapter === undefined) throw new Error('navigator.gpu gave no adapter (no usable GPU, or WebGPU is disabled in this browser)');
  // Imported only here, like WebGL: the backend registers itself on import, and only where navigator.gpu exists.
  await import('@tensorflow/tfjs-backend-webgpu');
  if (!(await tf.setBackend('webgpu'))) return false;
  if (webgpuReadBack === 'unchecked') webgpuReadBack = checkSyncReadBack();
  // A failed check leaves webgpu active until initBackend's next candidate takes over.
  if (webgpuReadBack !== undefined) throw new Error(webgpuReadBack);
  return true;
}

/** WebGPU's synchronous read-back, checked once per worker: undefined if it works, else why it does not. */
let webgpuReadBack: string | undefined = 'unchecked';

/**
 * The core reads values with dataSync (losses, weights, grids), which WebGPU can only do by drawing its buffer onto
 * a canvas; headless Chromium on SwiftShader reads zeros that way (async reads work), so every loss would show 0.
 * One small known matrix product, read synchronously, tells a working device from that.
 */
function checkSyncReadBack(): string | undefined {
  // A matrix product: tfjs-webgpu runs small element-wise ops on the CPU (reading those back proves nothing).
  const expected = [7, 10, 15, 22];
  const got = tf.tidy(() => {
    const m = tf.tensor2d([1, 2, 3, 4], [2, 2]);
    return tf.matMul(m, m).dataSync();
  });
  const same = expected.every((v, i) => got[i] === v);
  return same ? undefined : `synchronous read-back (dataSync) gave [${Array.from(got).join(', ')}] for [${expected.join(', ')}], and the core reads values synchronously`;
}

function unsupportedReason(name: BackendName, wasmPath: string | undefined): string | undefined {
  if (name === 'webgpu') return webgpuUnsupportedReason();
  if (name === 'webgl') return webglUnsupportedReason();
  return name === 'wasm' ? wasmUnsupportedReason(wasmPath) : undefined;
}

function tryBackend(name: BackendName, wasmPath: string): Promise<boolean> {
  if (name === 'webgpu') return tryWebgpu();
  if (name === 'webgl') return tryWebgl();
  return name === 'wasm' ? tryWasm(wasmPath) : tf.setBackend('cpu');
}

/** Picks, initialises and activates a backend. Safe to call again to switch backends. */
export async function initBackend(options: InitBackendOptions = {}): Promise<BackendChoice> {
  const { preferred, wasmPath, exclude = [], parameters = 0 } = options;
  if (preferred !== undefined && !isBackendName(preferred)) {
    throw new Error(`backend must be one of ${BACKEND_NAMES.join(', ')} (got "${String(preferred)}")`);
  }
  if (!(Number.isFinite(parameters) && parameters >= 0)) {
    throw new Error(`parameters must be a finite number >= 0 (got ${parameters}) in initBackend; pass the model's parameter count`);
  }
  const sized = defaultBackendOrder(parameters);
  const order: BackendName[] = preferred === undefined ? sized.order : [preferred, ...sized.order.filter((b) => b !== preferred)];
  const why = preferred === undefined ? sized.why : `${preferred} first: the caller asked for it (on a page, ?backend=${preferred})`;
  const reasons: string[] = [];
  for (const name of order) {
    if (exclude.includes(name)) {
      reasons.push(`${name} skipped: excluded by the caller`);
      continue;
    }
    const unsupported = unsupportedReason(name, wasmPath);
    if (unsupported !== undefined) {
      reasons.push(`${name} skipped: ${unsupported}`);
      continue;
    }
    try {
      const ok = await tryBackend(name, wasmPath ?? '');
      if (ok) {
        await tf.ready();
        return { name, reasons, why };
      }
      reasons.push(`${name} skipped: initialisation returned false`);
    } catch (error) {
      reasons.push(`${name} skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new Error(`no tfjs backend could be initialised: ${reasons.join('; ')}`);
}

/** The name of the active backend (after initBackend). */
export function activeBackend(): string {
  return tf.getBackend();
}
