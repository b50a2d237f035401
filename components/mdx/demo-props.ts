import { z } from 'zod';

/**
 * What an author may write on each demo tag in MDX. A wrong prop fails the build with the component's
 * name, the prop and the allowed values (see `parseDemoProps`).
 */
export const TEST_FUNCTIONS = ['quadratic', 'rosenbrock', 'beale', 'himmelblau', 'rastrigin', 'booth', 'saddle'] as const;
export const PLAYGROUND_OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam', 'lion', 'newton', 'lbfgs'] as const;
export const DATASETS = ['moons', 'spiral', 'circles', 'xor', 'regression'] as const;
export const SCHEDULES = ['constant', 'step', 'exponential', 'cosine', 'sgdr', 'warmup-cosine', 'one-cycle'] as const;
export const LOSSES = ['mse', 'mae', 'huber', 'cross-entropy', 'hinge'] as const;
export const COMPRESSION_MODES = ['quantize', 'prune', 'distill'] as const;

const commaList = <T extends string>(allowed: readonly T[], max: number) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(allowed as [T, ...T[]], { error: `use names from: ${allowed.join(', ')}` })).min(1).max(max, `at most ${max} names`));

// Zod 4 numbers are finite by default (NaN and Infinity are rejected).
const positive = z.number().positive();

export const DemoPropSchemas = {
  OptimizerPlayground: z.object({
    fn: z.enum(TEST_FUNCTIONS).default('rosenbrock'),
    optimizers: commaList(PLAYGROUND_OPTIMIZERS, 4).default(['sgd', 'momentum', 'adam']),
    lr: positive.optional(),
  }).strict(),
  TrainingPlayground: z.object({
    dataset: z.enum(DATASETS).default('moons'),
    hidden: z.string().regex(/^\d+(,\d+)*$/, 'hidden layer sizes as a comma list, e.g. "16,16"').optional(),
    optimizer: z.enum(PLAYGROUND_OPTIMIZERS).optional(),
    lr: positive.optional(),
    batchSize: z.number().int().positive().optional(),
    epochs: z.number().int().positive().optional(),
    l2: z.number().min(0).optional(),
  }).strict(),
  ScheduleViewer: z.object({ schedule: z.enum(SCHEDULES).default('warmup-cosine') }).strict(),
  CompressionLab: z.object({ mode: z.enum(COMPRESSION_MODES).default('quantize') }).strict(),
  LossExplorer: z.object({ losses: commaList(LOSSES, 5).default(['mse', 'mae', 'huber']) }).strict(),
  BackendCheck: z.object({}).strict(),
} as const;

export type DemoName = keyof typeof DemoPropSchemas;
export type DemoProps<N extends DemoName> = z.output<(typeof DemoPropSchemas)[N]>;

/** Parses an MDX tag's props; throws `<OptimizerPlayground>: prop "fn": ...` on the first bad one. */
export function parseDemoProps<N extends DemoName>(name: N, props: Record<string, unknown>, file?: string): DemoProps<N> {
  const { class: _class, ...rest } = props;
  const result = DemoPropSchemas[name].safeParse(rest);
  if (result.success) return result.data as DemoProps<N>;
  const issue = result.error.issues[0];
  const prop = issue?.path.join('.') || (issue && 'keys' in issue ? String((issue as { keys: string[] }).keys[0]) : '?');
  throw new Error(`${file ? `${file}: ` : ''}<${name}>: prop "${prop}": ${issue?.message ?? 'invalid'}. Fix: see components/mdx/demo-props.ts for the allowed props and values`);
}
