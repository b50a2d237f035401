/**
 * Deterministic toy data sets for the training demos: the same seed gives the same points everywhere.
 * Classification sets have 2-D inputs; labels are class indices stored as numbers.
 */
import { createRng, permutation, type Rng, type Seed } from './random';

export type Task = 'binary' | 'multiclass' | 'regression';

export interface Dataset {
  /** Row-major inputs, n * inputDim. */
  x: Float32Array;
  /** One target per row: class index (binary: 0/1, multiclass: 0..numClasses-1) or regression value. */
  y: Float32Array;
  n: number;
  inputDim: number;
  task: Task;
  /** Number of classes for classification, 1 for regression. */
  numClasses: number;
}

export interface DataSplit {
  train: Dataset;
  validation: Dataset;
}

export const DATASET_NAMES = ['spiral', 'moons', 'circles', 'xor', 'blobs', 'linear', 'sine'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export interface DatasetOptions {
  /** Total number of points before the split. Default 400. */
  n?: number;
  /** Noise level; its meaning depends on the generator (std of added Gaussian noise). Default 0.1. */
  noise?: number;
  /** Seed for the points and the split. Default 'data'. */
  seed?: Seed;
  /** Fraction of points held out for validation. Default 0.25. */
  validationFraction?: number;
  /** Number of classes for 'blobs' (default 3) and arms for 'spiral' (default 2). */
  classes?: number;
}

interface Raw {
  x: number[];
  y: number[];
  inputDim: number;
  task: Task;
  numClasses: number;
}

type Generator = (n: number, noise: number, rng: Rng, classes: number) => Raw;

const spiral: Generator = (n, noise, rng, classes) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % classes;
    const r = (Math.floor(i / classes) / Math.ceil(n / classes)) * 5;
    const t = 1.75 * (r / 5) * 2 * Math.PI + (2 * Math.PI * label) / classes;
    x.push(r * Math.sin(t) + rng.normal() * noise, r * Math.cos(t) + rng.normal() * noise);
    y.push(label);
  }
  return { x, y, inputDim: 2, task: classes === 2 ? 'binary' : 'multiclass', numClasses: classes };
};

const moons: Generator = (n, noise, rng) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const t = Math.PI * rng.next();
    const px = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
    const py = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
    x.push(px + rng.normal() * noise, py + rng.normal() * noise);
    y.push(label);
  }
  return { x, y, inputDim: 2, task: 'binary', numClasses: 2 };
};

const circles: Generator = (n, noise, rng) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const t = 2 * Math.PI * rng.next();
    const r = label === 0 ? 1 : 0.5;
    x.push(r * Math.cos(t) + rng.normal() * noise, r * Math.sin(t) + rng.normal() * noise);
    y.push(label);
  }
  return { x, y, inputDim: 2, task: 'binary', numClasses: 2 };
};

const xor: Generator = (n, noise, rng) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    let a = rng.uniform(-1, 1);
    let b = rng.uniform(-1, 1);
    // keep a small margin off the axes so the classes are separable before noise
    a += a > 0 ? 0.05 : -0.05;
    b += b > 0 ? 0.05 : -0.05;
    x.push(a + rng.normal() * noise, b + rng.normal() * noise);
    y.push(a * b > 0 ? 1 : 0);
  }
  return { x, y, inputDim: 2, task: 'binary', numClasses: 2 };
};

const blobs: Generator = (n, noise, rng, classes) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % classes;
    const angle = (2 * Math.PI * label) / classes;
    x.push(Math.cos(angle) + rng.normal() * (0.2 + noise), Math.sin(angle) + rng.normal() * (0.2 + noise));
    y.push(label);
  }
  return { x, y, inputDim: 2, task: classes === 2 ? 'binary' : 'multiclass', numClasses: classes };
};

const linear: Generator = (n, noise, rng) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = rng.uniform(-1, 1);
    x.push(t);
    y.push(0.8 * t - 0.2 + rng.normal() * noise);
  }
  return { x, y, inputDim: 1, task: 'regression', numClasses: 1 };
};

const sine: Generator = (n, noise, rng) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = rng.uniform(-Math.PI, Math.PI);
    x.push(t);
    y.push(Math.sin(t) + rng.normal() * noise);
  }
  return { x, y, inputDim: 1, task: 'regression', numClasses: 1 };
};

const GENERATORS: Record<DatasetName, Generator> = { spiral, moons, circles, xor, blobs, linear, sine };

function take(raw: Raw, rows: Int32Array): Dataset {
  const x = new Float32Array(rows.length * raw.inputDim);
  const y = new Float32Array(rows.length);
  rows.forEach((row, i) => {
    for (let d = 0; d < raw.inputDim; d++) x[i * raw.inputDim + d] = raw.x[row * raw.inputDim + d]!;
    y[i] = raw.y[row]!;
  });
  return { x, y, n: rows.length, inputDim: raw.inputDim, task: raw.task, numClasses: raw.numClasses };
}

/** Generates a named data set and splits it into train and validation parts (shuffled, seeded). */
export function makeDataset(name: DatasetName, options: DatasetOptions = {}): DataSplit {
  const { n = 400, noise = 0.1, seed = 'data', validationFraction = 0.25, classes } = options;
  const generator = GENERATORS[name];
  if (generator === undefined) throw new Error(`dataset must be one of ${DATASET_NAMES.join(', ')} (got "${String(name)}")`);
  if (!Number.isInteger(n) || n < 4) throw new Error(`n must be an integer >= 4 (got ${n}) for dataset "${name}"`);
  if (!Number.isFinite(noise) || noise < 0) throw new Error(`noise must be a finite number >= 0 (got ${noise}) for dataset "${name}"`);
  if (!(validationFraction > 0 && validationFraction < 1)) {
    throw new Error(`validationFraction must be in (0, 1) (got ${validationFraction}) for dataset "${name}"`);
  }
  const rng = createRng(`${String(seed)}/${name}`);
  const raw = generator(n, noise, rng, classes ?? (name === 'blobs' ? 3 : 2));
  const order = permutation(n, rng);
  const nValidation = Math.max(1, Math.round(n * validationFraction));
  return { train: take(raw, order.subarray(nValidation)), validation: take(raw, order.subarray(0, nValidation)) };
}
