/** The backend check's manifest: `<BackendCheck />` takes no props. */
import { z } from 'zod';
import { defineDemo } from '../shared/demo-manifest';
import { URL_PREFIX } from './limits';

const props = z.object({}).strict();
export type BackendCheckProps = z.output<typeof props>;

export const backendCheck = defineDemo({
  id: 'backend-check',
  tag: 'BackendCheck',
  title: 'Backend check',
  urlPrefix: URL_PREFIX,
  props,
  reservedHeight: { narrow: 650, medium: 650, wide: 635 },
  describe: () => 'Which TensorFlow.js backend (WebGL, WebAssembly or CPU) runs in this browser, and a short benchmark of training steps per second on each.',
});
