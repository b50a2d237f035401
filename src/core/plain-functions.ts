/**
 * 2-D test functions for the loss-surface demos as plain numbers (float64): each with its exact gradient, known
 * minima, a default view and a default start point. No tfjs here, so the page can draw contours without loading it;
 * `functions.ts` adds the tensor form the worker optimizes. Definitions and minima: demos-and-math.md section 2.13.
 */
import { gridPoint, validateGrid, type GridSpec } from './grid';
import type { PlainProblem } from './optimizers/plain-optimizer';

export interface PlainTestFunction {
  name: string;
  label: string;
  f(x: number, y: number): number;
  grad(x: number, y: number): [number, number];
  /** Global minima (empty for the saddle, which has none). */
  minima: [number, number][];
  fMin: number | undefined;
  view: { xMin: number; xMax: number; yMin: number; yMax: number };
  start: [number, number];
  /**
   * Set for an online problem: the t-th gradient the optimizer asks for (t = 0, 1, ...) is that of the component
   * f_t, and `f` / `grad` above are the mean over one period (what the contour shows). plainProblem() follows it.
   */
  online?: { period: number; grad(x: number, y: number, t: number): [number, number] };
}

/** 0.5 (x^2 + kappa y^2): condition number kappa, minimum 0 at the origin. */
export function plainQuadraticBowl(kappa = 10): PlainTestFunction {
  return {
    name: 'quadratic',
    label: `Quadratic bowl (condition number ${kappa})`,
    f: (x, y) => 0.5 * (x * x + kappa * y * y),
    grad: (x, y) => [x, kappa * y],
    minima: [[0, 0]],
    fMin: 0,
    view: { xMin: -2.5, xMax: 2.5, yMin: -2.5, yMax: 2.5 },
    start: [1, -2],
  };
}

export const plainRosenbrock: PlainTestFunction = {
  name: 'rosenbrock',
  label: 'Rosenbrock (a = 1, b = 100)',
  f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  minima: [[1, 1]],
  fMin: 0,
  view: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
  start: [-1.5, 2],
};

export const plainBeale: PlainTestFunction = {
  name: 'beale',
  label: 'Beale',
  f: (x, y) => (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y ** 3) ** 2,
  grad: (x, y) => {
    const t1 = 1.5 - x + x * y;
    const t2 = 2.25 - x + x * y * y;
    const t3 = 2.625 - x + x * y ** 3;
    return [2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y ** 3 - 1), 2 * t1 * x + 4 * t2 * x * y + 6 * t3 * x * y * y];
  },
  minima: [[3, 0.5]],
  fMin: 0,
  view: { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 },
  start: [1, 1.5],
};

export const plainHimmelblau: PlainTestFunction = {
  name: 'himmelblau',
  label: 'Himmelblau',
  f: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
  grad: (x, y) => [4 * x * (x * x + y - 11) + 2 * (x + y * y - 7), 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)],
  minima: [
    [3, 2],
    [-2.805118086952745, 3.131312518250573],
    [-3.779310253377747, -3.2831859912861696],
    [3.5844283403304917, -1.8481265269644036],
  ],
  fMin: 0,
  view: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
  start: [-0.15, 0.67],
};

export const plainRastrigin: PlainTestFunction = {
  name: 'rastrigin',
  label: 'Rastrigin (A = 10)',
  f: (x, y) => 20 + x * x - 10 * Math.cos(2 * Math.PI * x) + y * y - 10 * Math.cos(2 * Math.PI * y),
  grad: (x, y) => [2 * x + 20 * Math.PI * Math.sin(2 * Math.PI * x), 2 * y + 20 * Math.PI * Math.sin(2 * Math.PI * y)],
  minima: [[0, 0]],
  fMin: 0,
  view: { xMin: -5.12, xMax: 5.12, yMin: -5.12, yMax: 5.12 },
  start: [-2, 3.5],
};

export const plainBooth: PlainTestFunction = {
  name: 'booth',
  label: 'Booth',
  f: (x, y) => (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2,
  grad: (x, y) => [2 * (x + 2 * y - 7) + 4 * (2 * x + y - 5), 4 * (x + 2 * y - 7) + 2 * (2 * x + y - 5)],
  minima: [[1, 3]],
  fMin: 0,
  view: { xMin: -10, xMax: 10, yMin: -10, yMax: 10 },
  start: [-5, -5],
};

/** 0.5 (x^2 - y^2): a saddle at the origin and no minimum (descent escapes along y). */
export const plainSaddle: PlainTestFunction = {
  name: 'saddle',
  label: 'Saddle',
  f: (x, y) => 0.5 * (x * x - y * y),
  grad: (x, y) => [x, -y],
  minima: [],
  fMin: undefined,
  view: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
  start: [1.5, 0.01],
};

/** Reddi et al. 2018's constant C: the rare gradient is C, the frequent ones -1 (C > 2 makes the mean slope positive). */
const REDDI_C = 3;
/** Stiffness of the soft wall at |x| = 1 that stands in for the paper's projection onto [-1, 1]. */
const REDDI_WALL = 10;
const reddiWall = (x: number): number => REDDI_WALL * Math.max(0, Math.abs(x) - 1) ** 2;
const reddiWallGrad = (x: number): number => 2 * REDDI_WALL * Math.sign(x) * Math.max(0, Math.abs(x) - 1);
const REDDI_X_MIN = -1 - (REDDI_C - 2) / 3 / (2 * REDDI_WALL);

/**
 * The AMSGrad counterexample of Reddi, Kale and Kumar, "On the Convergence of Adam and Beyond" (ICLR 2018, section 3):
 * the online losses f_t(x) = C x when t mod 3 = 0 and -x otherwise (C = 3) on x in [-1, 1], whose mean x (C - 2) / 3
 * is smallest at x = -1. With beta1 = 0 and beta2 = 1 / (1 + C^2) = 0.1 Adam's second moment forgets the rare large
 * gradient within a step, so the two small ones win and x drifts to +1; AMSGrad keeps the largest second moment
 * and goes to -1. In 2-D: x is the paper's coordinate (a soft wall replaces the projection onto [-1, 1]), and y adds
 * an ordinary bowl 0.5 y^2 so both coordinates move. `f` and `grad` are the mean loss; `online` gives each f_t.
 */
export const plainReddi: PlainTestFunction = {
  name: 'reddi',
  label: 'AMSGrad counterexample (Reddi et al. 2018)',
  f: (x, y) => ((REDDI_C - 2) / 3) * x + reddiWall(x) + 0.5 * y * y,
  grad: (x, y) => [(REDDI_C - 2) / 3 + reddiWallGrad(x), y],
  minima: [[REDDI_X_MIN, 0]],
  fMin: ((REDDI_C - 2) / 3) * REDDI_X_MIN + reddiWall(REDDI_X_MIN),
  view: { xMin: -1.6, xMax: 1.6, yMin: -1.6, yMax: 1.6 },
  start: [0, 1],
  online: { period: 3, grad: (x, y, t) => [(t % 3 === 0 ? REDDI_C : -1) + reddiWallGrad(x), y] },
};

// The table is declared with `satisfies` so its names stay literal (PlainTestFunctionName, for the demos' menus).
const PLAIN_TEST_FUNCTION_TABLE = {
  // Marked pure: a call at module level would otherwise keep this module in the chunk all plain.ts pages share.
  quadratic: /* @__PURE__ */ plainQuadraticBowl(10),
  rosenbrock: plainRosenbrock,
  beale: plainBeale,
  himmelblau: plainHimmelblau,
  rastrigin: plainRastrigin,
  booth: plainBooth,
  saddle: plainSaddle,
  reddi: plainReddi,
} satisfies Readonly<Record<string, PlainTestFunction>>;
export type PlainTestFunctionName = keyof typeof PLAIN_TEST_FUNCTION_TABLE;
export const PLAIN_TEST_FUNCTIONS: Readonly<Record<string, PlainTestFunction>> = PLAIN_TEST_FUNCTION_TABLE;
/**
 * The 2-D test functions' names, in the table's order (the optimizer playground's menu order). A literal, not
 * Object.keys(table): a call at module level would make the bundler keep this module in the chunk every page that
 * loads plain.ts shares. tests/core/plain-functions.test.ts checks it lists the table's keys in order.
 */
export const TEST_FUNCTION_NAMES = ['quadratic', 'rosenbrock', 'beale', 'himmelblau', 'rastrigin', 'booth', 'saddle', 'reddi'] as const satisfies readonly PlainTestFunctionName[];

export function getPlainTestFunction(name: string): PlainTestFunction {
  const fn = PLAIN_TEST_FUNCTIONS[name];
  if (fn === undefined) throw new Error(`unknown test function "${name}"; valid names: ${Object.keys(PLAIN_TEST_FUNCTIONS).join(', ')}`);
  return fn;
}

/**
 * The function as a plain problem over Float64Array [x, y] for createPlainOptimizer. For an online function the
 * gradient follows its components, one per call: each plainProblem() call starts the sequence again at t = 0.
 */
export function plainProblem(fn: PlainTestFunction): PlainProblem {
  const online = fn.online;
  if (online !== undefined) {
    let t = 0;
    return { f: (p) => fn.f(p[0]!, p[1]!), grad: (p) => Float64Array.from(online.grad(p[0]!, p[1]!, t++)) };
  }
  return {
    f: (p) => fn.f(p[0]!, p[1]!),
    grad: (p) => Float64Array.from(fn.grad(p[0]!, p[1]!)),
  };
}

/** f on a grid for contour plots: values[j * nx + i] = f(x_i, y_j). */
export function evaluateGrid(fn: Pick<PlainTestFunction, 'f'>, grid: GridSpec): Float64Array {
  validateGrid(grid);
  const values = new Float64Array(grid.nx * grid.ny);
  for (let j = 0; j < grid.ny; j++) {
    for (let i = 0; i < grid.nx; i++) {
      const [x, y] = gridPoint(grid, i, j);
      values[j * grid.nx + i] = fn.f(x, y);
    }
  }
  return values;
}
