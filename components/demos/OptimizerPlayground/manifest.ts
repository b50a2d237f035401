/**
 * The optimizer playground's manifest: `<OptimizerPlayground fn="rosenbrock" optimizers="sgd,momentum,adam" lr={0.01} />`.
 * The props are checked here once (at build time, by Embed.astro); the island receives their parsed output.
 */
import { z } from 'zod';
import { getPlainTestFunction, TEST_FUNCTION_NAMES } from '../../../src/core/plain';
import { defineDemo } from '../shared/demo-manifest';
import { listPhrase } from '../shared/list-phrase';
import { OPTIMIZER_MENU, PLAYGROUND_OPTIMIZERS } from '../shared/optimizer-menu';
import { urlEnum, urlEnumList } from '../shared/url-state';
import { URL_PREFIX, MAX_OPTIMIZERS, LR_RANGE } from './limits';

const props = z
  .object({
    fn: z._default(urlEnum(TEST_FUNCTION_NAMES), 'rosenbrock'),
    optimizers: z._default(urlEnumList(PLAYGROUND_OPTIMIZERS, MAX_OPTIMIZERS), ['sgd', 'momentum', 'adam']),
    lr: z.number().gt(LR_RANGE.min).max(LR_RANGE.max).optional(),
  })
  .strict();
export type OptimizerPlaygroundProps = z.output<typeof props>;

export const optimizerPlayground = defineDemo({
  id: 'optimizer-playground',
  tag: 'OptimizerPlayground',
  title: 'Optimizer playground',
  urlPrefix: URL_PREFIX,
  props,
  reservedHeight: { narrow: 3890, medium: 3770, wide: 2490 },
  describe: (p) => {
    const lr = p.lr === undefined ? '' : ` at learning rate ${p.lr}`;
    const names = listPhrase(p.optimizers.map((o) => OPTIMIZER_MENU[o].label));
    return `Optimizer paths on a contour plot, with a loss-versus-step chart. It opens with ${names}${lr} on the surface “${getPlainTestFunction(p.fn).label}”; pick other optimizers and surfaces, set the start point, change the hyper-parameters, and step through the run.`;
  },
});
